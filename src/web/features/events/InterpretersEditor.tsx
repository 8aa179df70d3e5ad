import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FormField';
import { useLanguage } from '../../i18n/index';
import type { FormIssue } from '../../lib/form-issues';
import { fieldId } from '../../lib/form-issues';
import { languageOptionsOf } from '../../lib/spoken-languages';
import type { EventDraft, InterpreterDraft } from './event-draft';
import { newInterpreterPair } from './event-draft';

/** Interpreters per language pair: each pair is two of the event's languages picked by name. */
export function InterpretersEditor({
  languages,
  interpreters,
  issues,
  onChange,
}: {
  languages: readonly string[];
  interpreters: EventDraft['interpreters'];
  issues: ReadonlyMap<string, FormIssue>;
  onChange: (interpreters: InterpreterDraft[]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const setRow = (i: number, patch: Partial<InterpreterDraft>) => onChange(interpreters.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const picker = (i: number, side: 'from' | 'to', label: string) => {
    const row = interpreters[i]!;
    return (
      <label>
        {label}{' '}
        <select value={row[side]} onChange={(e) => setRow(i, { [side]: e.target.value })}>
          {languageOptionsOf(languages, [row.from, row.to], lang).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    );
  };
  return (
    <fieldset className="interpreters-editor" id={fieldId('interpreters')}>
      <legend>{t('events:interpreters')}</legend>
      <FieldError path="interpreters" issue={issues.get('interpreters')} />
      {interpreters.map((row, i) => {
        const path = `interpreters.${row.from}-${row.to}`;
        return (
          <fieldset key={i} className="interpreter-pair" id={fieldId(path)}>
            <legend>{t('events:pair')}</legend>
            {picker(i, 'from', t('events:pairFirst'))} {picker(i, 'to', t('events:pairSecond'))}{' '}
            <label>
              {t('events:interpreterCount')} <input type="number" min={0} max={100} value={row.count} onChange={(e) => setRow(i, { count: e.target.value })} />
            </label>{' '}
            <button type="button" onClick={() => onChange(interpreters.filter((_, k) => k !== i))}>
              {t('events:remove')}
            </button>
            <FieldError path={path} issue={issues.get(path)} />
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...interpreters, newInterpreterPair(languages)])}>
        {t('events:addPair')}
      </button>
    </fieldset>
  );
}
