import { z } from 'zod';

export const languages = ['nl', 'en', 'zh'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

/**
 * Human text in up to three languages. `original` names the language the author wrote;
 * every other language present is a translation, and the UI says so.
 */
export const LocalizedText = z
  .object({
    original: Language,
    nl: z.string().trim().min(1).max(10_000).optional(),
    en: z.string().trim().min(1).max(10_000).optional(),
    zh: z.string().trim().min(1).max(10_000).optional(),
  })
  .superRefine((t, ctx) => {
    if (t[t.original] === undefined) {
      ctx.addIssue({ code: 'custom', path: [t.original], message: 'the text in the original language is required' });
    }
  })
  .meta({ id: 'LocalizedText' });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The text to show a reader of `lang`, and whether it is the original's fall-back. */
export function pickText(
  text: LocalizedText,
  lang: Language,
): { text: string; lang: Language; isFallback: boolean; isTranslation: boolean } {
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
