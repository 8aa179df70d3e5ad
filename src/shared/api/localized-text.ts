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
