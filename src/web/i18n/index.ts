import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from '../../shared/api/index';
import { i18nextOptions } from '../../shared/i18n/index';
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

export async function initI18n(): Promise<void> {
  const lng = negotiateLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  await i18next.use(initReactI18next).init({
    ...i18nextOptions,
    lng,
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
  await i18next.changeLanguage(lang);
}

/** The current UI language as a contract `Language` (what `pickText` and the API expect). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  // A plain look-up rather than the zod schema: zod is not part of the first load (decision 025).
  return asLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
}
