import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/index';
import type { FormIssue } from '../lib/form-issues';
import { emptyDraft } from '../lib/localized-draft';
import type { LocalizedDraft } from '../lib/localized-draft';
import { LocalizedTextField } from './LocalizedTextField';

/** A list of multilingual texts (a region's facts or industries): add, edit, remove. */
export function LocalizedListField({
  path,
  label,
  itemLabel,
  items,
  onChange,
  issues,
}: {
  path: string;
  label: string;
  itemLabel: string;
  items: readonly LocalizedDraft[];
  onChange: (items: LocalizedDraft[]) => void;
  issues: ReadonlyMap<string, FormIssue>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <fieldset className="repeating-field">
      <legend>{label}</legend>
      {items.map((item, index) => (
        <div key={index} className="repeating-item">
          <LocalizedTextField
            path={`${path}.${index}`}
            label={`${itemLabel} ${index + 1}`}
            value={item}
            onChange={(next) => onChange(items.map((old, i) => (i === index ? next : old)))}
            issues={issues}
            required
          />
          <button type="button" onClick={() => onChange(items.filter((_, i) => i !== index))}>
            {t('form.removeItem', { name: itemLabel, number: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...items, emptyDraft(lang)])}>
        {t('form.add')}: {itemLabel}
      </button>
    </fieldset>
  );
}
