import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FormField';
import type { FormIssue } from '../../lib/form-issues';
import { fieldId } from '../../lib/form-issues';
import type { EventDraft } from './event-draft';

type TablesDraft = Pick<EventDraft, 'tablesMode' | 'tableCount' | 'tables'>;

/** Numbered tables (a count) or named tables, each optionally in a room. */
export function TablesEditor({
  draft,
  issues,
  onChange,
}: {
  draft: TablesDraft;
  issues: ReadonlyMap<string, FormIssue>;
  onChange: (patch: Partial<TablesDraft>) => void;
}) {
  const { t } = useTranslation();
  const setTable = (i: number, patch: Partial<TablesDraft['tables'][number]>) =>
    onChange({ tables: draft.tables.map((t, k) => (k === i ? { ...t, ...patch } : t)) });
  return (
    <fieldset className="tables-editor" id={fieldId('tables')}>
      <legend>{t('events:tablesHeading')}</legend>
      <label>
        <input type="radio" name="tablesMode" checked={draft.tablesMode === 'count'} onChange={() => onChange({ tablesMode: 'count' })} />{' '}
        {t('events:tablesCount')}
      </label>{' '}
      <label>
        <input
          type="radio"
          name="tablesMode"
          checked={draft.tablesMode === 'named'}
          onChange={() => onChange({ tablesMode: 'named', tables: draft.tables.length > 0 ? draft.tables : [{ name: 'A1', room: '' }] })}
        />{' '}
        {t('events:tablesNamed')}
      </label>
      {draft.tablesMode === 'count' ? (
        <p>
          <label>
            {t('events:tableCount')}{' '}
            <input
              type="number"
              min={1}
              max={2000}
              aria-invalid={issues.has('tables')}
              value={draft.tableCount}
              onChange={(e) => onChange({ tableCount: e.target.value })}
            />
          </label>
        </p>
      ) : (
        <ul>
          {draft.tables.map((table, i) => (
            <li key={i}>
              <label>
                {t('events:tableName')} <input id={fieldId(`tables.${i}.name`)} value={table.name} onChange={(e) => setTable(i, { name: e.target.value })} />
              </label>{' '}
              <label>
                {t('events:room')} <input value={table.room} onChange={(e) => setTable(i, { room: e.target.value })} />
              </label>{' '}
              <button type="button" onClick={() => onChange({ tables: draft.tables.filter((_, k) => k !== i) })}>
                {t('events:remove')}
              </button>
              <FieldError path={`tables.${i}.name`} issue={issues.get(`tables.${i}.name`)} />
            </li>
          ))}
          <li>
            <button
              type="button"
              onClick={() => onChange({ tables: [...draft.tables, { name: `A${draft.tables.length + 1}`, room: draft.tables.at(-1)?.room ?? '' }] })}
            >
              {t('events:addTable')}
            </button>
          </li>
        </ul>
      )}
      <FieldError path="tables" issue={issues.get('tables')} />
    </fieldset>
  );
}
