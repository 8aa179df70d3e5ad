// The contract's plain lists and helpers, in a module without zod: the web's first load reads them
// (UI language, role names in errors, the text to show of a LocalizedText) without loading zod
// (decision 025). Import them from index.ts like everything else; localized-text.ts and
// accounts.ts build their schemas from the lists.
import { LANGUAGES } from '../../core/languages';
import type { Language, LocalizedText } from './localized-text';

/** The UI and content languages (defined once, in core). */
export const languages = LANGUAGES;

/** Roles, from least to most rights; a visitor (not signed in) has no role. */
export const roles = ['member', 'partner-official', 'programme-manager', 'admin'] as const;

/** The text to show a reader of `lang`, and whether it is the original's fall-back. */
export function pickText(text: LocalizedText, lang: Language): { text: string; lang: Language; isFallback: boolean; isTranslation: boolean } {
  const own = text[lang];
  if (own !== undefined) {
    return { text: own, lang, isFallback: false, isTranslation: lang !== text.original };
  }
  return { text: text[text.original] ?? '', lang: text.original, isFallback: true, isTranslation: false };
}

/** All language versions of a text, original first; used for search documents and exports. */
export function allTexts(text: LocalizedText | null | undefined): { lang: Language; text: string }[] {
  if (!text) return [];
  const order = [text.original, ...languages.filter((l) => l !== text.original)];
  return order.flatMap((lang) => (text[lang] === undefined ? [] : [{ lang, text: text[lang] }]));
}
