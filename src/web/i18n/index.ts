import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from '../../shared/api/index';
import { baseI18nextOptions } from '../../shared/i18n/base-options';
import { asLanguage, negotiateLanguage } from './negotiate';

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
 * Each language of the catalogue is a chunk of its own: a visit loads the reader's language only
 * (decision 025's first-load budget), another one when the reader switches to it.
 */
const languageChunks: Record<Language, () => Promise<Record<string, object>>> = {
  nl: () => import('../../shared/i18n/nl/index').then((m) => m.nl),
  en: () => import('../../shared/i18n/en/index').then((m) => m.en),
  zh: () => import('../../shared/i18n/zh/index').then((m) => m.zh),
};

async function loadLanguage(lang: Language): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'common')) return;
  for (const [namespace, texts] of Object.entries(await languageChunks[lang]())) i18next.addResourceBundle(lang, namespace, texts);
}

export async function initI18n(): Promise<void> {
  const lng = negotiateLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  const texts = await languageChunks[lng]();
  await i18next.use(initReactI18next).init({
    ...baseI18nextOptions,
    ns: Object.keys(texts),
    lng,
    resources: { [lng]: texts },
    // The catalogue is complete in every language (check:i18n): nothing to fall back to at run time.
    fallbackLng: false,
    react: { useSuspense: false },
  });
  applyDocumentLanguage(lng);
  i18next.on('languageChanged', applyDocumentLanguage);
}

/** Switch language on the reader's explicit choice, and remember it for the next visit. */
export async function chooseLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered, but the switch itself still works.
  }
  await loadLanguage(lang);
  await i18next.changeLanguage(lang);
}

/** The current UI language as a contract `Language` (what `pickText` and the API expect). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  // A plain look-up rather than the zod schema: zod is not part of the first load (decision 025).
  return asLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
}
