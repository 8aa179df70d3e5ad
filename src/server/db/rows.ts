import { sql } from 'drizzle-orm';

/** Rows of a raw `db.execute` result: PGlite and node-postgres return `{ rows }`, some drivers an array. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}

/** Timestamps as ISO 8601 (the database answers "2030-05-12 09:00:00+00"). */
export function isoFields<T extends Record<string, unknown>>(row: T, keys: readonly (keyof T)[]): T {
  const out = { ...row };
  for (const key of keys) {
    const value = out[key];
    if (typeof value === 'string') out[key] = new Date(value).toISOString() as T[keyof T];
  }
  return out;
}

/** A text[] parameter as one array literal: one bound value however many elements (for `= any`, `&&`, unnest). */
export const pgTextArray = (values: readonly string[]) => sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`}::text[]`;
