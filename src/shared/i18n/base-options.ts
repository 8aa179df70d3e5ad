/**
 * The i18next options the web and the server share. Without the texts: the server adds the whole
 * catalogue (index.ts), the web the reader's language only (src/web/i18n), so that the first
 * visit does not carry two languages it does not show.
 */
export const baseI18nextOptions = {
  fallbackLng: 'en',
  supportedLngs: ['nl', 'en', 'zh'],
  defaultNS: 'common',
  // React escapes what it renders, and e-mails/PDFs are not HTML: i18next must not escape.
  interpolation: { escapeValue: false },
};
