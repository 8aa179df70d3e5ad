// The languages of the platform's content and interface, defined once: the engines (core), the
// API contract (shared/api builds its zod enum from this list) and the database schema use it.

export const LANGUAGES = ['nl', 'en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
