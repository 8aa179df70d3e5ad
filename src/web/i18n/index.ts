import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from '../../shared/api/index';
import { baseI18nextOptions } from '../../shared/i18n/base-options';
import { asLanguage, negotiateLanguage } from '../../shared/i18n/negotiate';
import { loadTexts } from './texts';

const storageKey = 'ctb.language';

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage can be disabled; the browser languages still apply
  }
}

function applyDocumentLanguage(lang: string): void {
  document.documentElement.lang = lang;
}

/**
 * The reader's language is also a cookie, only so that the server can name that language's text
 * chunks in the page it sends (modulepreload, decision 025); the stored choice above is what counts.
 */
function rememberForServer(lang: Language): void {
  document.cookie = `${storageKey}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/** The texts come a namespace at a time, in the reader's language only (texts.ts). */
export async function initI18n(): Promise<void> {
  const lng = negotiateLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  await i18next.use(initReactI18next).init({
    ...baseI18nextOptions,
    ns: ['common'],
    lng,
    resources: {},
    partialBundledLanguages: true,
    // The catalogue is complete in every language (check:i18n): nothing to fall back to at run time.
    fallbackLng: false,
    react: { useSuspense: false },
  });
  await loadTexts(lng);
  applyDocumentLanguage(lng);
  rememberForServer(lng);
  i18next.on('languageChanged', applyDocumentLanguage);
}

/** Switch language on the reader's explicit choice, and remember it for the next visit. */
export async function chooseLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered, but the switch itself still works.
  }
  await loadTexts(lang);
  rememberForServer(lang);
  await i18next.changeLanguage(lang);
}

/** The current UI language as a contract `Language` (what `pickText` and the API expect). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  // A plain look-up rather than the zod schema: zod is not part of the first load (decision 025).
  return asLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
}
