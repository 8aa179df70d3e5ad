import { type Language, languages } from '../../shared/api/index';

/** `value` as a UI language, if it is one. A plain look-up: zod is not part of the first load (decision 025). */
export function asLanguage(value: string | null | undefined): Language | undefined {
  return languages.find((known) => known === value);
}

/**
 * The UI language: the reader's own earlier choice, else the first of the browser's languages
 * we support by primary subtag (so `zh-TW`, `zh-CN` and `nl-BE` count), else English.
 */
export function negotiateLanguage(stored: string | null, preferred: readonly string[]): Language {
  const choice = asLanguage(stored);
  if (choice) return choice;
  for (const tag of preferred) {
    const primary = asLanguage(tag.split('-')[0]?.toLowerCase());
    if (primary) return primary;
  }
  return 'en';
}
