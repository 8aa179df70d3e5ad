/** Machine-readable error codes shared by server and web. */
export const ErrorCode = {
  validation: 'validation_failed',
  notFound: 'not_found',
  conflict: 'conflict',
  /** 409: the record changed since the client read it (optimistic concurrency); reload and redo. */
  stale: 'stale_revision',
  /** 400: an export would contain nothing (every project named was left out, or there is none). */
  nothingToExport: 'nothing_to_export',
  /** 409: a meeting moved by hand would clash; `issues` name each conflict (participant, table, interpreter, availability). */
  meetingConflict: 'meeting_conflict',
  /** 404: a check-in code that no registration of this event carries (mistyped, forged or of another event). */
  unknownCheckInCode: 'unknown_check_in_code',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  rateLimited: 'rate_limited',
  /** 409: a delete refused because other records still refer to this one (the message names them). */
  referencedRecord: 'referenced_record',
  /** 503 with Retry-After: the database cannot be reached just now (connection lost, failover). */
  databaseUnavailable: 'database_unavailable',
  /** 503 with Retry-After: the server is saturated (event loop, memory or database connections). */
  overloaded: 'overloaded',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
