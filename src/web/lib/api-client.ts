import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { ErrorParams, Issue } from '../../shared/api/index';
import type { paths } from './api-paths';

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
export function toQueryString(query: Readonly<Record<string, unknown>>): string {
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

/** The query parameters of `GET path`, as the OpenAPI document declares them. */
export type QueryOf<Path extends keyof paths> = paths[Path] extends { get: { parameters: { query?: infer Query } } } ? NonNullable<Query> : never;

/** The JSON body of `method path`, as the OpenAPI document declares it (for forms that build it before sending). */
export type BodyOf<Path extends keyof paths, Method extends 'post' | 'put' | 'patch'> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** The API's client: `GET`, `POST`, … typed by the OpenAPI document (`api-paths.d.ts`, generated). */
export type ApiClient = Client<paths> & {
  /** After signing in or out the session, and so its CSRF token, changes: ask again on the next write. */
  forgetCsrfToken(): void;
};

/** A client of the API; `baseUrl` and `fetch` are for tests (the web calls its own origin). */
export function createApiClient(options: { baseUrl?: string; fetch?: (request: Request) => Promise<Response> } = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    // The window's fetch as it is at each call, not as it was when this module loaded (openapi-fetch
    // keeps the one it is given): what the page sends goes through whatever fetch the page has.
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
    // Sessions are HttpOnly cookies; same-origin keeps them off other hosts.
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    querySerializer: toQueryString,
  });
  const csrf = sessionCsrf(client);
  client.use(csrf.middleware, networkErrors);
  return Object.assign(client, { forgetCsrfToken: csrf.forget });
}

/**
 * Cookie-authenticated writes send the session's CSRF token. It is asked for just before the first
 * write (not on page load), so visitors who only read never call /api/auth/me.
 */
function sessionCsrf(client: Client<paths>): { middleware: Middleware; forget: () => void } {
  let token: Promise<string | null> | null = null;
  const forget = () => {
    token = null;
  };
  const sessionToken = (): Promise<string | null> => {
    if (token) return token;
    const asked: Promise<string | null> = client
      .GET('/api/auth/me')
      .then(
        ({ data }) => data?.csrfToken ?? null,
        () => null,
      )
      .then((csrfToken) => {
        // Not signed in (yet): ask again on the next write, unless a newer question replaced this one.
        if (csrfToken === null && token === asked) forget();
        return csrfToken;
      });
    token = asked;
    return asked;
  };
  return {
    middleware: {
      async onRequest({ request }) {
        if (request.method === 'GET') return;
        const csrfToken = await sessionToken();
        if (csrfToken) request.headers.set('x-csrf-token', csrfToken);
      },
    },
    forget,
  };
}

const networkErrors: Middleware = {
  onError: () => new ApiRequestError(0, 'network_error', 'network error'),
};

/**
 * The answer of a call made with the client: its data on success (typed by the path and method),
 * an ApiRequestError otherwise.
 */
export async function dataOf<Answer extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<Answer>,
): Promise<Exclude<Answer, { error: unknown }>['data']> {
  const answer = await call;
  if (!succeeded(answer)) throw await toRequestError(answer.response.status, answer.error);
  return answer.data;
}

/** openapi-fetch answers with `data` on a 2xx status and with `error` on any other. */
function succeeded<Answer extends { response: Response }>(answer: Answer): answer is Exclude<Answer, { error: unknown }> {
  return answer.response.ok;
}

/**
 * The error body read through the contract's `ApiError` schema. zod comes with the first failed
 * call (or the first page that validates a form), not with the first load: decision 025.
 */
async function toRequestError(status: number, payload: unknown): Promise<ApiRequestError> {
  const [{ ApiError }, { errorParams, issueOf }] = await Promise.all([import('../../shared/api/common'), import('./error-params')]);
  const parsed = ApiError.safeParse(payload);
  if (!parsed.success) return new ApiRequestError(status, 'internal_error', `HTTP ${status}`);
  const { error, code, message, issues = [], params } = parsed.data;
  return new ApiRequestError(status, code ?? error, message, issues.map(issueOf), errorParams(params));
}

/**
 * Whether trying again may help: no answer, or a server that could not serve (5xx, e.g. a 503 of
 * back-pressure); a 4xx says the request itself was refused and will be again.
 */
export function isTransientFailure(error: unknown): boolean {
  return !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500);
}

/** The web's client: same origin. */
export const api = createApiClient();
