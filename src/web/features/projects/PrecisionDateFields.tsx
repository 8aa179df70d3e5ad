import { useTranslation } from 'react-i18next';
import type { PrecisionDate } from '../../../core/projects/model';

type Precision = PrecisionDate['precision'];

/** The date fields of every precision, kept while the user switches between them. */
export interface DateDraft {
  precision: Precision;
  start: string;
  end: string;
  year: string;
  month: string;
  quarter: string;
}

export function dateDraft(date: PrecisionDate | undefined): DateDraft {
  const draft: DateDraft = { precision: date?.precision ?? 'day', start: '', end: '', year: '', month: '1', quarter: '1' };
  if (date?.precision === 'day') return { ...draft, start: date.start, end: date.end ?? '' };
  if (date?.precision === 'month') return { ...draft, year: String(date.year), month: String(date.month) };
  if (date?.precision === 'quarter') return { ...draft, year: String(date.year), quarter: String(date.quarter) };
  if (date?.precision === 'year') return { ...draft, year: String(date.year) };
  return draft;
}

export function dateFromDraft(d: DateDraft): PrecisionDate {
  switch (d.precision) {
    case 'day':
      return d.end ? { precision: 'day', start: d.start, end: d.end } : { precision: 'day', start: d.start };
    case 'month':
      return { precision: 'month', year: Number(d.year), month: Number(d.month) };
    case 'quarter':
      return { precision: 'quarter', year: Number(d.year), quarter: Number(d.quarter) };
    case 'year':
      return { precision: 'year', year: Number(d.year) };
    case 'undetermined':
      return { precision: 'undetermined' };
  }
}

/** A date as precise as it is known ("18–22 Sept 2011", "November 2011", "Q1 2012", a year or
 *  not yet known): the precision first, then the fields it needs. `children` go inside the fieldset. */
export function PrecisionDateFields({
  idPrefix,
  legend,
  value,
  onChange,
  children,
}: {
  idPrefix: string;
  legend: string;
  value: DateDraft;
  onChange: (value: DateDraft) => void;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<DateDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={`${idPrefix}-precision`}>{t('projects:precision')}</label>
        <select id={`${idPrefix}-precision`} value={value.precision} onChange={(e) => set({ precision: e.target.value as Precision })}>
          {(['day', 'month', 'quarter', 'year', 'undetermined'] as const).map((p) => (
            <option key={p} value={p}>
              {t(`projects:precisions.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {value.precision === 'day' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${idPrefix}-start`}>{t('projects:from')}</label>
            <input id={`${idPrefix}-start`} type="date" required value={value.start} onChange={(e) => set({ start: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-end`}>{t('projects:to')}</label>
            <input id={`${idPrefix}-end`} type="date" value={value.end} min={value.start} onChange={(e) => set({ end: e.target.value })} />
          </div>
        </div>
      )}
      {(value.precision === 'month' || value.precision === 'quarter' || value.precision === 'year') && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${idPrefix}-year`}>{t('projects:year')}</label>
            <input id={`${idPrefix}-year`} type="number" required min={1990} max={2100} value={value.year} onChange={(e) => set({ year: e.target.value })} />
          </div>
          {value.precision === 'month' && (
            <div className="field">
              <label htmlFor={`${idPrefix}-month`}>{t('projects:month')}</label>
              <input id={`${idPrefix}-month`} type="number" required min={1} max={12} value={value.month} onChange={(e) => set({ month: e.target.value })} />
            </div>
          )}
          {value.precision === 'quarter' && (
            <div className="field">
              <label htmlFor={`${idPrefix}-quarter`}>{t('projects:quarter')}</label>
              <select id={`${idPrefix}-quarter`} value={value.quarter} onChange={(e) => set({ quarter: e.target.value })}>
                {[1, 2, 3, 4].map((q) => (
                  <option key={q} value={q}>
                    Q{q}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}
      {children}
    </fieldset>
  );
}
