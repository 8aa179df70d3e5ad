import { useTranslation } from 'react-i18next';
import { type Language, languages } from '../../shared/api/index';

/** A list filter by language (nl, en, zh by their names in the reader's language), or any. */
export function LanguageFilter({
  id,
  label,
  anyLabel,
  value,
  onChange,
}: {
  id: string;
  label: string;
  anyLabel: string;
  value: Language | undefined;
  onChange: (lang: Language | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange((event.target.value || undefined) as Language | undefined)}>
        <option value="">{anyLabel}</option>
        {languages.map((lang) => (
          <option key={lang} value={lang}>
            {t(`language.name.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
