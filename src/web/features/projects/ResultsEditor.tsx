import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../core/projects/api';
import { type Indicator, indicatorSchema, type Result, resultSchema } from '../../../core/projects/model';
import { useLanguage } from '../../i18n/index';
import { type FieldsProps, InputField, RowsField, type SectionControls, useSectionEditor } from './SectionEditor';
import { SelectField } from './SelectField';
import { newId, useText, withLanguage } from './project-data';

interface IndicatorDraft {
  id: string;
  title: string;
  measure: Indicator['measure'];
  ascending: boolean;
  baselineYear: string;
  baselineValue: string;
  previous?: Indicator;
}

interface ResultDraft {
  type: Result['type'];
  title: string;
  indicators: IndicatorDraft[];
}

const newIndicator = (prefix: string): IndicatorDraft => ({
  id: newId(`${prefix}-indicator`),
  title: '',
  measure: 'unit',
  ascending: true,
  baselineYear: '',
  baselineValue: '',
});

function ResultFields({ draft, set, prefix }: FieldsProps<ResultDraft>) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        id={`${prefix}-type`}
        label={t('projects:type')}
        value={draft.type}
        options={resultSchema.shape.type.options.map((type) => ({ value: type, label: t(`projects:resultTypes.${type}`) }))}
        onChange={(type) => set({ type })}
      />
      <InputField id={`${prefix}-title`} label={t('projects:resultTitle')} required value={draft.title} onChange={(title) => set({ title })} />
      {/* Periods with targets and actuals are added in the results table, per indicator. */}
      <RowsField
        legend={t('projects:indicators')}
        rows={draft.indicators}
        onChange={(indicators) => set({ indicators })}
        newRow={() => newIndicator(prefix)}
        addLabel={t('projects:addIndicator')}
        removeLabel={(n) => t('projects:removeIndicator', { n })}
      >
        {(x, update, i) => {
          const ip = `${prefix}-indicator-${i}`;
          return (
            <>
              <InputField
                id={`${ip}-title`}
                label={t('projects:indicatorTitle', { n: i + 1 })}
                required
                value={x.title}
                onChange={(title) => update({ title })}
              />
              <SelectField
                id={`${ip}-measure`}
                label={t('projects:measure')}
                value={x.measure}
                options={indicatorSchema.shape.measure.options.map((m) => ({ value: m, label: t(`projects:measures.${m}`) }))}
                onChange={(measure) => update({ measure })}
              />
              <label className="inline-choice">
                <input type="checkbox" checked={x.ascending} onChange={(e) => update({ ascending: e.target.checked })} /> {t('projects:ascending')}
              </label>
              <InputField
                id={`${ip}-baseline-year`}
                label={t('projects:baselineYear')}
                type="number"
                value={x.baselineYear}
                onChange={(baselineYear) => update({ baselineYear })}
              />
              <InputField
                id={`${ip}-baseline-value`}
                label={t('projects:baselineValue')}
                type="number"
                step="any"
                value={x.baselineValue}
                onChange={(baselineValue) => update({ baselineValue })}
              />
            </>
          );
        }}
      </RowsField>
    </>
  );
}

/** Expected results (output, outcome, impact) with their indicators and baselines. */
export function useResultsEditor(project: ProjectView, enabled: boolean): SectionControls {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  return useSectionEditor(
    project,
    {
      key: 'result',
      items: project.results,
      name: (r) => text(r.title),
      consequence: (r) => {
        const periods = r.indicators.reduce((n, i) => n + i.periods.length, 0);
        return t('projects:confirm.resultConsequence', { count: r.indicators.length, periods });
      },
      addLabel: t('projects:addResult'),
      editLabel: t('projects:editResult'),
      draftOf: (r): ResultDraft => ({
        type: r?.type ?? 'output',
        title: text(r?.title),
        indicators: r
          ? r.indicators.map((i) => ({
              id: i.id,
              title: text(i.title),
              measure: i.measure,
              ascending: i.ascending,
              baselineYear: i.baseline ? String(i.baseline.year) : '',
              baselineValue: i.baseline?.value === undefined ? '' : String(i.baseline.value),
              previous: i,
            }))
          : [newIndicator(`${project.id}-result`)],
      }),
      itemOf: (d, id, previous): Result => ({
        ...previous,
        id,
        type: d.type,
        title: withLanguage(lang, d.title, previous?.title),
        indicators: d.indicators.map((x) => {
          // Periods (targets, actuals), the description and a baseline comment are kept.
          const { baseline, ...kept } = x.previous ?? { periods: [] };
          const year = x.baselineYear || (x.baselineValue ? String(new Date().getFullYear()) : '');
          return {
            ...kept,
            id: x.id,
            title: withLanguage(lang, x.title, x.previous?.title),
            measure: x.measure,
            ascending: x.ascending,
            ...(year
              ? {
                  baseline: {
                    ...(baseline?.comment ? { comment: baseline.comment } : {}),
                    year: Number(year),
                    ...(x.baselineValue ? { value: Number(x.baselineValue) } : {}),
                  },
                }
              : {}),
          };
        }),
      }),
      Fields: ResultFields,
      save: (results) => ({ results }),
    },
    enabled,
  );
}
