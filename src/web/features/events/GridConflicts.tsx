import { useTranslation } from 'react-i18next';
import type { EventDetail, Issue } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';
import { displayName } from '../../lib/format';
import { slotTime } from './event-queries';

const kinds = ['participant_busy', 'participant_unavailable', 'table_taken', 'no_interpreter_free'] as const;

/** "Dirk · Chen: no English–Chinese interpreter is free at 09:00": a pair as its languages' names, never as codes. */
export function usePairName() {
  const lang = useLanguage();
  return (pair: string) =>
    pair
      .split('-')
      .map((code) => displayName(code, 'language', lang))
      .join('–');
}

/**
 * Why the server refused a move or a swap: each conflict of the 409 `meeting_conflict`, worded
 * from its code and params (the meeting, who, the slot's time, the table, the pair).
 */
export function GridConflicts({
  event,
  issues,
  title,
  labelOf,
}: {
  event: EventDetail;
  issues: readonly Issue[];
  title: string;
  labelOf: (requestId: string) => string;
}) {
  const { t } = useTranslation();
  const pairName = usePairName();
  const word = (issue: Issue) => {
    const p = issue.params ?? {};
    const kind = kinds.find((k) => k === issue.code);
    const slot = event.slots.find((s) => s.id === p.slotId);
    const values = {
      name: String(p.name ?? ''),
      time: slot ? slotTime(slot.start, slot.end, event.timeZone) : '',
      table: String(p.tableName ?? ''),
      pair: typeof p.pair === 'string' ? pairName(p.pair) : '',
    };
    const conflict = kind ? t(`events:grid.conflict.${kind}`, values) : t('errors:issue.invalid');
    return t('events:grid.conflictOf', { meeting: labelOf(String(p.requestId ?? '')), conflict });
  };
  return (
    <div role="alert">
      <p>{title}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{word(issue)}</li>
        ))}
      </ul>
    </div>
  );
}
