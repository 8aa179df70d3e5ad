/** Machine-readable error codes shared by server and web. */
export const ErrorCode = {
  validation: 'validation_failed',
  notFound: 'not_found',
  conflict: 'conflict',
  /** 409: the record changed since the client read it (optimistic concurrency); reload and redo. */
  stale: 'stale_revision',
  /** 409: a meeting moved by hand would clash; `issues` name each conflict (participant, table, interpreter, availability). */
  meetingConflict: 'meeting_conflict',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  rateLimited: 'rate_limited',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
