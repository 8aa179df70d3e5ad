import { languages } from '../../../shared/api/index';
import type { Language } from '../../../shared/api/index';
import { ownNames } from '../../components/LanguageSwitch';

/** A choice of the languages the platform writes in, each named in itself. */
export function LanguageSelect({ id, name, defaultValue, label }: { id: string; name: string; defaultValue: Language; label?: string }) {
  return (
    <select id={id} name={name} defaultValue={defaultValue} aria-label={label}>
      {languages.map((lang) => (
        <option key={lang} value={lang} lang={lang}>
          {ownNames[lang]}
        </option>
      ))}
    </select>
  );
}
