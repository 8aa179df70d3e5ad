import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Indicator, Language, MultilingualText } from '../../../core/projects/model';
import { useLanguage } from '../../i18n/index';
import { api, type BodyOf, dataOf } from '../../lib/api-client';
import { FormProblem } from './FormProblem';
import { InlineForm } from './InlineForm';
import { useProjectChange, useText, withLanguage } from './project-data';

type Period = Indicator['periods'][number];
type Measured = { value?: number; comment?: MultilingualText };

/** A measured value as typed: a number and a comment, either of which may be empty. */
interface MeasuredDraft {
  value: string;
  comment: string;
}

const measuredDraft = (measured: Measured | undefined, text: (t: MultilingualText | undefined) => string): MeasuredDraft => ({
  value: measured?.value === undefined ? '' : String(measured.value),
  comment: text(measured?.comment),
});

function measuredFromDraft(draft: MeasuredDraft, lang: Language, previous?: Measured): Measured {
  return {
    ...(draft.value.trim() !== '' ? { value: Number(draft.value) } : {}),
    ...(draft.comment.trim() !== '' ? { comment: withLanguage(lang, draft.comment, previous?.comment) } : {}),
  };
}

/** A number (not for qualitative indicators) and a comment: the shape of both targets and actuals.
 *  `required`: the number, or for a qualitative indicator the comment, must be given. */
function MeasuredValueFields({
  idPrefix,
  indicator,
  labels,
  value,
  onChange,
  required,
}: {
  idPrefix: string;
  indicator: Indicator;
  labels: { value: string; comment: string };
  value: MeasuredDraft;
  onChange: (value: MeasuredDraft) => void;
  required: boolean;
}) {
  const qualitative = indicator.measure === 'qualitative';
  return (
    <>
      {!qualitative && (
        <div className="field">
          <label htmlFor={`${idPrefix}-value`}>{labels.value}</label>
          <input
            id={`${idPrefix}-value`}
            type="number"
            step="any"
            required={required}
            value={value.value}
            onChange={(e) => onChange({ ...value, value: e.target.value })}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${idPrefix}-comment`}>{labels.comment}</label>
        <textarea
          id={`${idPrefix}-comment`}
          rows={2}
          required={required && qualitative}
          value={value.comment}
          onChange={(e) => onChange({ ...value, comment: e.target.value })}
        />
      </div>
    </>
  );
}

/** A programme manager records the measured value (or, for qualitative indicators, a comment). */
export function ActualForm({ projectId, indicator }: { projectId: string; indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [periodId, setPeriodId] = useState(indicator.periods[0]?.id ?? '');
  const [actual, setActual] = useState<MeasuredDraft>({ value: '', comment: '' });
  const [open, setOpen] = useState(false);
  const change = useProjectChange(
    projectId,
    (body: Measured) =>
      dataOf(
        api.PUT('/api/projects/{id}/indicators/{indicatorId}/periods/{periodId}/actual', {
          params: { path: { id: projectId, indicatorId: indicator.id, periodId } },
          body,
        }),
      ),
    () => setOpen(false),
  );
  const idBase = `actual-${indicator.id}`;
  return (
    <InlineForm summary={t('projects:recordActual')} open={open} onOpenChange={setOpen}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate(measuredFromDraft(actual, lang));
        }}
      >
        <div className="field">
          <label htmlFor={`${idBase}-period`}>{t('projects:period')}</label>
          <select id={`${idBase}-period`} value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
            {indicator.periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.start} – {p.end}
              </option>
            ))}
          </select>
        </div>
        <MeasuredValueFields
          idPrefix={idBase}
          indicator={indicator}
          labels={{ value: t('projects:value'), comment: t('projects:comment') }}
          value={actual}
          onChange={setActual}
          required
        />
        <FormProblem error={change.error} />
        <button type="submit" className="primary" disabled={change.isPending}>
          {t('projects:save')}
        </button>
      </form>
    </InlineForm>
  );
}

/** Adds a reporting period with its target to an indicator, or edits one (its actual stays). */
export function PeriodForm({ projectId, indicator, period }: { projectId: string; indicator: Indicator; period?: Period }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const [start, setStart] = useState(period?.start ?? '');
  const [end, setEnd] = useState(period?.end ?? '');
  const [target, setTarget] = useState(measuredDraft(period?.target, text));
  const [open, setOpen] = useState(false);
  const change = useProjectChange(
    projectId,
    (body: BodyOf<'/api/projects/{id}/indicators/{indicatorId}/periods', 'post'>) =>
      period
        ? dataOf(
            api.PUT('/api/projects/{id}/indicators/{indicatorId}/periods/{periodId}', {
              params: { path: { id: projectId, indicatorId: indicator.id, periodId: period.id } },
              body,
            }),
          )
        : dataOf(api.POST('/api/projects/{id}/indicators/{indicatorId}/periods', { params: { path: { id: projectId, indicatorId: indicator.id } }, body })),
    () => setOpen(false),
  );
  const idBase = period ? `period-${period.id}` : `period-new-${indicator.id}`;
  const summary = period ? t('projects:editPeriod') : t('projects:addPeriod');
  return (
    <InlineForm
      open={open}
      onOpenChange={setOpen}
      summary={
        <>
          {summary}
          <span className="visually-hidden">
            : {text(indicator.title)}
            {period && ` ${period.start} – ${period.end}`}
          </span>
        </>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const measured = measuredFromDraft(target, lang, period?.target);
          change.mutate({ start, end, ...(Object.keys(measured).length > 0 ? { target: measured } : {}) });
        }}
      >
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${idBase}-start`}>{t('projects:periodStart')}</label>
            <input id={`${idBase}-start`} type="date" required value={start} onChange={(e) => setStart(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${idBase}-end`}>{t('projects:periodEnd')}</label>
            <input id={`${idBase}-end`} type="date" required min={start} value={end} onChange={(e) => setEnd(e.target.value)} />
          </div>
        </div>
        <MeasuredValueFields
          idPrefix={`${idBase}-target`}
          indicator={indicator}
          labels={{ value: t('projects:targetValue'), comment: t('projects:targetComment') }}
          value={target}
          onChange={setTarget}
          required={false}
        />
        <FormProblem error={change.error} />
        <button type="submit" className="primary" disabled={change.isPending}>
          {t('projects:save')}
        </button>
      </form>
    </InlineForm>
  );
}
