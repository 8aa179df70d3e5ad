import type { DomainError } from '../errors';
import { invalid, referenced } from '../errors';

/** PostgreSQL error codes the services translate into clear messages. */
export const PgCode = { uniqueViolation: '23505', foreignKeyViolation: '23503' } as const;

type PgError = { code: string; message?: string; detail?: string; table?: string };

/** The driver's error inside drizzle's wrapping (PGlite and node-postgres both expose `code` on it). */
function pgError(error: unknown): PgError | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PgError;
  }
  return undefined;
}

export function pgErrorCode(error: unknown): string | undefined {
  return pgError(error)?.code;
}

/**
 * A foreign-key violation as the client's mistake, for any table (the error handler asks):
 * deleting a record others still refer to is a 409 `referenced_record` naming who refers to it;
 * writing a reference to a record that does not exist is a 400 naming the field.
 */
export function foreignKeyError(error: unknown): DomainError | undefined {
  const e = pgError(error);
  if (e?.code !== PgCode.foreignKeyViolation) return undefined;
  const detail = e.detail ?? '';
  const referrer = /^update or delete on table "([^"]+)" violates foreign key constraint "[^"]+" on table "([^"]+)"/.exec(e.message ?? '');
  if (referrer) {
    const key = /^Key \(([^)]+)\)=\((.*)\) is still referenced/.exec(detail);
    const what = key ? `${recordName(referrer[1]!)} "${key[2]}"` : `This ${recordName(referrer[1]!)}`;
    return referenced(`${capitalise(what)} is still referred to by ${tableName(referrer[2]!)}; change or remove those first`);
  }
  const missing = /^Key \(([^)]+)\)=\((.*)\) is not present in table "([^"]+)"/.exec(detail);
  if (missing) {
    return invalid([{ path: camelCase(missing[1]!), message: `there is no ${recordName(missing[3]!)} "${missing[2]}"` }]);
  }
  return invalid([{ path: '(root)', message: 'refers to a record that does not exist' }]);
}

/** Tables as a reader calls their records. */
const TABLE_NAMES: Record<string, string> = {
  users: 'user accounts',
  regions: 'regions',
  organisations: 'organisations',
  opportunities: 'opportunities',
  twinnings: 'twinnings',
  events: 'events',
  event_registrations: 'event registrations',
  meeting_requests: 'meeting requests',
};

const tableName = (table: string) => TABLE_NAMES[table] ?? table.replaceAll('_', ' ');
/** "regions" → "region", "event_registrations" → "event registration". */
const recordName = (table: string) => tableName(table).replace(/ies$/, 'y').replace(/s$/, '');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
