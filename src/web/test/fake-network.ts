import { vi } from 'vitest';
import type { ApiError } from '../../shared/api/index';
import type { z } from 'zod';

/** A request the page sent, as the server would have received it. */
interface SentRequest {
  method: string;
  url: URL;
  /** The parsed JSON body (undefined for none). */
  body: unknown;
  /** The `:name` segments of the route that answered it. */
  params: Record<string, string>;
}

/** An answer other than 200 with the handler's value as JSON. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {}
}

/** A refusal as the server words it (`ApiError` of the contract). */
export function refusal(status: number, error: z.input<typeof ApiError>): Reply {
  return new Reply(status, error);
}

/**
 * `'METHOD /api/path/:param'` → the answer: a JSON value, a `Reply`, or a function of the request
 * returning either (possibly async).
 */
type FakeRoutes = Record<`${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /api/${string}`, unknown>;

function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = got[i] ?? '';
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(actual);
    else if (segment !== actual) return null;
  }
  return params;
}

async function readRequest(input: RequestInfo | URL, init: RequestInit | undefined): Promise<Omit<SentRequest, 'params'>> {
  if (input instanceof Request) {
    const text = await input.text();
    return { method: input.method.toUpperCase(), url: new URL(input.url, location.href), body: text ? JSON.parse(text) : undefined };
  }
  const text = typeof init?.body === 'string' ? init.body : undefined;
  return { method: (init?.method ?? 'GET').toUpperCase(), url: new URL(String(input), location.href), body: text ? JSON.parse(text) : undefined };
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * The server, faked at the network boundary: `globalThis.fetch` answers the routes given (JSON
 * shaped by the contract in src/shared/api) and records every request, so a test can check what a
 * page sent without knowing how the page's code calls the API. Anything else gets the server's 404.
 * The stub is undone after each test (`unstubGlobals` in vitest.config.ts).
 */
export function fakeNetwork(routes: FakeRoutes) {
  const sent: SentRequest[] = [];
  const entries = Object.entries(routes).map(([key, answer]) => {
    const [method, pattern] = key.split(' ') as [string, string];
    return { method, pattern, answer };
  });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = await readRequest(input, init);
    for (const { method, pattern, answer } of entries) {
      const params = method === request.method ? matchPath(pattern, request.url.pathname) : null;
      if (!params) continue;
      const recorded = { ...request, params };
      sent.push(recorded);
      const value: unknown = typeof answer === 'function' ? await (answer as (r: SentRequest) => unknown)(recorded) : answer;
      return value instanceof Reply ? json(value.status, value.body) : json(200, value);
    }
    sent.push({ ...request, params: {} });
    return json(404, { error: 'not_found', code: 'not_found', message: `no fake route for ${request.method} ${request.url.pathname}` });
  });
  return {
    /** Every request so far, in order. */
    sent,
    /** The requests to one route, e.g. `'GET /api/organisations'`. */
    sentTo: (route: string) => {
      const [method, path] = route.split(' ');
      return sent.filter((request) => request.method === method && request.url.pathname === path);
    },
  };
}

/**
 * A list endpoint over `total` records (`itemAt(i)` is the i-th, from 0) that answers whatever page
 * and page size the request asks for, as every list of the API does.
 */
export function pagedList<T>(total: number, itemAt: (index: number) => T) {
  return ({ url }: SentRequest) => {
    const page = Number(url.searchParams.get('page') ?? 1);
    const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
    const first = (page - 1) * pageSize;
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - first)) }, (_, i) => itemAt(first + i));
    return { items, total, page, pageSize };
  };
}
