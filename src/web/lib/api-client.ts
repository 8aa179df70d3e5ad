import type { ErrorParams, Issue, Me } from '../../shared/api/index';

/**
 * A failed API call: its stable `code` and `params` (shown from the catalogue by formatApiError),
 * the English `message`, and for 400s the `issues` of each dotted field path (e.g. `title.nl`).
 */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly Issue[] = [],
    readonly params: ErrorParams = {},
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Query values: arrays become the comma-separated lists the API expects; empty values are left out. */
export type QueryValue = string | number | readonly string[] | undefined | null;

export function toQueryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The session's CSRF token, which cookie-authenticated writes must send. Asked for just before the
 * first write (not on page load), so visitors who only read never call /api/auth/me.
 */
let csrfToken: Promise<string | null> | null = null;

function sessionCsrfToken(): Promise<string | null> {
  csrfToken ??= send<Me>('GET', '/auth/me', undefined, {})
    .then((me) => me.csrfToken)
    .catch(() => {
      csrfToken = null; // not signed in (yet): ask again on the next write
      return null;
    });
  return csrfToken;
}

/** After signing in or out the session, and so its CSRF token, changes: ask again on the next write. */
export function forgetCsrfToken(): void {
  csrfToken = null;
}

async function send<T>(method: string, path: string, body: unknown, extraHeaders: Record<string, string>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      // Sessions are HttpOnly cookies; same-origin keeps them off other hosts.
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...extraHeaders,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'network_error', 'network error');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw await toRequestError(response.status, payload);
  return payload as T;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  if (method === 'GET') return send<T>(method, path, body, {});
  const token = await sessionCsrfToken();
  return send<T>(method, path, body, token ? { 'x-csrf-token': token } : {});
}

/**
 * The error body read through the contract's `ApiError` schema. zod comes with the first failed
 * call (or the first page that validates a form), not with the first load: decision 025.
 */
async function toRequestError(status: number, payload: unknown): Promise<ApiRequestError> {
  const { ApiError } = await import('../../shared/api/common');
  const parsed = ApiError.safeParse(payload);
  if (!parsed.success) return new ApiRequestError(status, 'internal_error', `HTTP ${status}`);
  const { error, code, message, issues = [], params = {} } = parsed.data;
  return new ApiRequestError(status, code ?? error, message, issues as Issue[], params as ErrorParams);
}

export const api = {
  get: <T>(path: string, query: Record<string, QueryValue> = {}) => request<T>('GET', path + toQueryString(query)),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};
