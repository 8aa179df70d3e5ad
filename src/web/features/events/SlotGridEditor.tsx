import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FormField';
import type { FormIssue } from '../../lib/form-issues';
import { fieldId } from '../../lib/form-issues';
import type { SlotDraft, SlotPattern } from './event-draft';
import { defaultPattern, slotId, slotsOf, sortSlots } from './event-draft';
import { useLanguage } from '../../i18n/index';
import { zoneName } from '../../lib/format';

/**
 * The event's slots per day as wall-clock times in its time zone: fill a day with meeting slots
 * of a chosen length, then adjust single rows, turn one into a break or add breaks.
 */
export function SlotGridEditor({
  slots,
  timeZone,
  issues,
  onChange,
}: {
  slots: SlotDraft[];
  timeZone: string;
  issues: ReadonlyMap<string, FormIssue>;
  onChange: (slots: SlotDraft[]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const lastDay = slots.at(-1)?.day;
  const [pattern, setPattern] = useState<SlotPattern>(() => defaultPattern(lastDay ?? new Date().toISOString().slice(0, 10)));
  const setRow = (i: number, patch: Partial<SlotDraft>) => onChange(slots.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  const addDay = () => {
    const taken = new Set(slots.map((s) => s.id));
    onChange(sortSlots([...slots, ...slotsOf(pattern).filter((s) => !taken.has(s.id))]));
  };
  const addBreak = () => {
    const day = lastDay ?? pattern.day;
    onChange(sortSlots([...slots, { id: `${slotId(day, '1200')}-break-${slots.length + 1}`, day, start: '12:00', end: '13:00', kind: 'break', label: '' }]));
  };
  const cell = (i: number, key: 'day' | 'start' | 'end', type: 'date' | 'time', label: string) => {
    const path = `slots.${i}.${key === 'day' ? 'start' : key}`;
    return (
      <td>
        <input
          type={type}
          id={key === 'day' ? undefined : fieldId(path)}
          aria-label={`${label} ${i + 1}`}
          aria-invalid={issues.has(path)}
          value={slots[i]![key]}
          onChange={(e) => setRow(i, { [key]: e.target.value })}
        />
        {key !== 'day' && <FieldError path={path} issue={issues.get(path)} />}
      </td>
    );
  };
  return (
    <fieldset className="slot-grid" id={fieldId('slots')}>
      <legend>{t('events:slotGrid')}</legend>
      <p>{t('events:timesIn', { zone: zoneName(timeZone, lang) })}</p>
      <FieldError path="slots" issue={issues.get('slots')} />
      {slots.length === 0 ? (
        <p>{t('events:noSlots')}</p>
      ) : (
        // On a phone the grid scrolls in its own region instead of widening the form.
        <div className="event-table-scroll" role="region" aria-label={t('events:slotGrid')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('events:day')}</th>
                <th scope="col">{t('events:start')}</th>
                <th scope="col">{t('events:end')}</th>
                <th scope="col">{t('events:kind')}</th>
                <th scope="col">{t('events:label')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {slots.map((s, i) => (
                <tr key={s.id}>
                  {cell(i, 'day', 'date', t('events:day'))}
                  {cell(i, 'start', 'time', t('events:start'))}
                  {cell(i, 'end', 'time', t('events:end'))}
                  <td>
                    <select
                      aria-label={`${t('events:kind')} ${i + 1}`}
                      value={s.kind}
                      onChange={(e) => setRow(i, { kind: e.target.value as SlotDraft['kind'] })}
                    >
                      <option value="meeting">{t('events:kinds.meeting')}</option>
                      <option value="break">{t('events:kinds.break')}</option>
                    </select>
                  </td>
                  <td>
                    <input aria-label={`${t('events:label')} ${i + 1}`} value={s.label} onChange={(e) => setRow(i, { label: e.target.value })} />
                  </td>
                  <td>
                    <button type="button" onClick={() => onChange(slots.filter((_, k) => k !== i))}>
                      {t('events:remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <fieldset className="slot-pattern">
        <legend>{t('events:fillDay')}</legend>
        <label>
          {t('events:day')} <input type="date" value={pattern.day} onChange={(e) => setPattern({ ...pattern, day: e.target.value })} />
        </label>
        <label>
          {t('events:slotFrom')} <input type="time" value={pattern.from} onChange={(e) => setPattern({ ...pattern, from: e.target.value })} />
        </label>
        <label>
          {t('events:slotUntil')} <input type="time" value={pattern.until} onChange={(e) => setPattern({ ...pattern, until: e.target.value })} />
        </label>
        <label>
          {t('events:minutes')}{' '}
          <input type="number" min={5} max={240} value={pattern.minutes} onChange={(e) => setPattern({ ...pattern, minutes: Number(e.target.value) })} />
        </label>
        <label>
          {t('events:pause')}{' '}
          <input type="number" min={0} max={120} value={pattern.pause} onChange={(e) => setPattern({ ...pattern, pause: Number(e.target.value) })} />
        </label>
        <button type="button" onClick={addDay}>
          {t('events:addSlots')}
        </button>{' '}
        <button type="button" onClick={addBreak}>
          {t('events:addBreak')}
        </button>
      </fieldset>
    </fieldset>
  );
}
