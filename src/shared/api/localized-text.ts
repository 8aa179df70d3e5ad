import { z } from 'zod';
import { languages } from './plain';

export { allTexts, languages, pickText } from './plain';
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

/** One language version of a text, as a translation adds it (the same limits as LocalizedText's). */
const TranslatedText = z.string().trim().min(1).max(10_000);

/** Where a translation goes: the record and the language added (never the original's). */
export const TranslationParams = z.object({ id: z.string().min(1).max(100), lang: Language });

/**
 * An opportunity's title and/or description in one more language (issue #11): the original and
 * the other versions stay as they are; the added language is a translation, as every language
 * other than `original` is.
 */
export const OpportunityTranslation = z
  .object({ title: TranslatedText.optional(), description: TranslatedText.optional() })
  .strict()
  .refine((t) => t.title !== undefined || t.description !== undefined, { message: 'give the title, the description or both', path: ['title'] })
  .meta({ id: 'OpportunityTranslation' });

/** A project's title and/or purpose in one more language (programme managers). */
export const ProjectTranslation = z
  .object({ title: TranslatedText.optional(), purpose: TranslatedText.optional() })
  .strict()
  .refine((t) => t.title !== undefined || t.purpose !== undefined, { message: 'give the title, the purpose or both', path: ['title'] })
  .meta({ id: 'ProjectTranslation' });

/** An organisation's description in one more language (its name is a name, not translated). */
export const OrganisationTranslation = z.object({ description: TranslatedText }).strict().meta({ id: 'OrganisationTranslation' });

/** Only records with a text that has no version in this language: "missing a Chinese version". */
export const MissingLanguage = Language.optional().describe('only records with a text (title or description) that has no version in this language');

/**
 * `text` with `value` as its `lang` version; 'original' when `lang` is the language it was written
 * in (edit the record instead), 'missing' when there is no text to translate.
 */
export function withTranslation<T extends LocalizedText>(text: T | null | undefined, lang: Language, value: string): T | 'original' | 'missing' {
  if (!text) return 'missing';
  if (text.original === lang) return 'original';
  return { ...text, [lang]: value };
}
