import { Language } from '../../shared/api/index';

/**
 * The UI language: the reader's own earlier choice, else the first of the browser's languages
 * we support by primary subtag (so `zh-TW`, `zh-CN` and `nl-BE` count), else English.
 */
export function negotiateLanguage(stored: string | null, preferred: readonly string[]): Language {
  const choice = Language.safeParse(stored);
  if (choice.success) return choice.data;
  for (const tag of preferred) {
    const primary = Language.safeParse(tag.split('-')[0]?.toLowerCase());
    if (primary.success) return primary.data;
  }
  return 'en';
}
