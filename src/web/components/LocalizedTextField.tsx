import { useTranslation } from 'react-i18next';
import { languages } from '../../shared/api/index';
import type { Language } from '../../shared/api/index';
import type { FormIssue } from '../lib/form-issues';
import { fieldId } from '../lib/form-issues';
import type { LocalizedDraft } from '../lib/localized-draft';
import { FieldError, FormField } from './FormField';

/**
 * One text in nl, en and zh plus the language it was written in; that language's input comes
 * first, the translations after it. A missing original (`<path>.original`) is shown under the
 * input of that language, where it has to be typed.
 */
export function LocalizedTextField({
  path,
  label,
  value,
  onChange,
  issues,
  required = false,
  multiline = false,
}: {
  path: string;
  label: string;
  value: LocalizedDraft;
  onChange: (value: LocalizedDraft) => void;
  issues: ReadonlyMap<string, FormIssue>;
  required?: boolean;
  multiline?: boolean;
}) {
  const { t } = useTranslation();
  const originalIssue = issues.get(`${path}.original`);
  const wholeIssue = issues.get(path);
  const issueFor = (lang: Language) => issues.get(`${path}.${lang}`) ?? (lang === value.original ? originalIssue : undefined);
  return (
    <fieldset className={wholeIssue || originalIssue ? 'localized-field has-error' : 'localized-field'} id={fieldId(path)}>
      <legend>
        {label}
        {required && <span className="required-mark"> ({t('form.required')})</span>}
      </legend>
      <FieldError path={path} issue={wholeIssue} />
      <div className="field">
        <label htmlFor={fieldId(`${path}.original`)}>{t('form.originalLanguage')}</label>
        <select id={fieldId(`${path}.original`)} value={value.original} onChange={(event) => onChange({ ...value, original: event.target.value as Language })}>
          {languages.map((lang) => (
            <option key={lang} value={lang}>
              {t(`language.name.${lang}`)}
            </option>
          ))}
        </select>
      </div>
      {[value.original, ...languages.filter((lang) => lang !== value.original)].map((lang) => (
        <FormField
          key={lang}
          path={`${path}.${lang}`}
          label={t('form.textIn', { name: t(`language.name.${lang}`) })}
          issue={issueFor(lang)}
          required={required && lang === value.original}
        >
          {(control) => {
            const props = {
              ...control,
              lang,
              value: value[lang],
              onChange: (event: { target: { value: string } }) => onChange({ ...value, [lang]: event.target.value }),
            };
            return multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />;
          }}
        </FormField>
      ))}
    </fieldset>
  );
}
