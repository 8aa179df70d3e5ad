/** PostgreSQL error codes the services translate into clear messages. */
export const PgCode = { uniqueViolation: '23505', foreignKeyViolation: '23503' } as const;

export function pgErrorCode(error: unknown): string | undefined {
  // drizzle wraps driver errors; PGlite and postgres.js both expose `code` on the cause.
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
