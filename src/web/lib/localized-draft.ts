import type { Language, LocalizedText } from '../../shared/api/index';

/** What a form edits for a LocalizedText: every language as a (possibly empty) string. */
export interface LocalizedDraft {
  original: Language;
  nl: string;
  en: string;
  zh: string;
}

export function emptyDraft(original: Language): LocalizedDraft {
  return { original, nl: '', en: '', zh: '' };
}

export function draftFromText(text: LocalizedText | null | undefined, fallbackOriginal: Language): LocalizedDraft {
  if (!text) return emptyDraft(fallbackOriginal);
  return { original: text.original, nl: text.nl ?? '', en: text.en ?? '', zh: text.zh ?? '' };
}

/** Blank languages are left out, so a missing original is reported by the schema. */
export function textFromDraft(draft: LocalizedDraft): LocalizedText {
  const text: LocalizedText = { original: draft.original };
  for (const lang of ['nl', 'en', 'zh'] as const) {
    const value = draft[lang].trim();
    if (value !== '') text[lang] = value;
  }
  return text;
}

/** For optional texts: a draft with nothing typed in means "no text" (null). */
export function optionalTextFromDraft(draft: LocalizedDraft): LocalizedText | null {
  const text = textFromDraft(draft);
  return text.nl === undefined && text.en === undefined && text.zh === undefined ? null : text;
}

/** Number inputs: blank means null; anything else is handed to the schema as a number (NaN is rejected there). */
export function numberFromInput(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}
