import { useTranslation } from 'react-i18next';
import { languages } from '../../shared/api/index';
import { chooseLanguage, useLanguage } from '../i18n/index';

/** Each language is named in itself, so a reader who cannot read the current UI still finds theirs. */
export const ownNames = { nl: 'Nederlands', en: 'English', zh: '中文' } as const;

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          onClick={() => void chooseLanguage(lang)}
        >
          {ownNames[lang]}
        </button>
      ))}
    </div>
  );
}
