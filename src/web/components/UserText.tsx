import { useTranslation } from 'react-i18next';
import { pickText } from '../../shared/api/index';
import type { LocalizedText } from '../../shared/api/index';
import { useLanguage } from '../i18n/index';

/** Picks user content in the reader's language; for places where badges do not fit (map labels, options). */
export function usePickText(): (text: LocalizedText | null | undefined) => string {
  const lang = useLanguage();
  return (text) => (text ? pickText(text, lang).text : '');
}

/**
 * User content in the reader's language, always as text (never HTML). Says when it falls back to
 * the original language and when it is a translation, so readers know what they are reading.
 * Place names (`isName`) are not marked as translations: "Antwerp" is the English name, not a rendering.
 */
export function UserText({ text, isName = false }: { text: LocalizedText; isName?: boolean }) {
  const { t } = useTranslation();
  const picked = pickText(text, useLanguage());
  const languageName = t(`language.name.${picked.lang}`);
  return (
    <>
      <span lang={picked.lang}>{picked.text}</span>
      {picked.isFallback && (
        <span className="badge badge-original" title={t('text.originalTitle', { name: languageName })}>
          {t('text.original', { code: picked.lang, name: languageName })}
        </span>
      )}
      {picked.isTranslation && !isName && (
        <small className="translation-note" title={t('text.translationTitle', { name: t(`language.name.${text.original}`) })}>
          {t('text.translation')}
        </small>
      )}
    </>
  );
}
