import type { Language } from '../api/localized-text';
import { languages } from '../api/plain';

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

/** The languages of an Accept-Language header, most wanted first (`nl-BE,nl;q=0.9,en;q=0.8`). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { tag: tag.trim(), q: Number.isNaN(q) ? 0 : q };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((entry) => entry.tag);
}
