/**
 * Whether an error means the database could not be reached or the connection was lost mid-query
 * (a failover, a PostgreSQL restart, a pooler reaping idle connections, a network blip), rather
 * than a fault of the request. The app answers those with 503 and Retry-After; the pool opens
 * fresh connections for the next requests.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || NETWORK_ERRNO.has(code))) return true;
    if (typeof message === 'string' && LOST_CONNECTION_MESSAGES.some((m) => message.includes(m))) return true;
  }
  return false;
}

/** Class 08 (connection exception), 57P01–57P03 (administrator or crash shutdown, cannot connect now). */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;

const NETWORK_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** node-postgres reports a lost socket and a full pool by message only. */
const LOST_CONNECTION_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'timeout exceeded when trying to connect',
  'Client was closed and is not queryable',
];
