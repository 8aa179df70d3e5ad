import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiRequestError, createApiClient, dataOf, toQueryString } from './api-client';

// The web's client against a small HTTP server that records what it receives and answers like the
// API: the session's CSRF token from /api/auth/me, a 400 with issues, a 204, a body that is no ApiError.
type Received = { method: string; url: string; csrf: string | undefined; contentType: string | undefined; body: string };
let received: Received[] = [];
let signedIn = true;
let server: Server;
let baseUrl: string;

async function bodyOf(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

/** The API as this test needs it: who is signed in, a refused write, a 204, a gateway's HTML error page. */
async function answer(request: IncomingMessage, response: ServerResponse): Promise<unknown> {
  const url = request.url ?? '';
  received.push({
    method: request.method ?? '',
    url,
    csrf: request.headers['x-csrf-token'] as string | undefined,
    contentType: request.headers['content-type'],
    body: await bodyOf(request),
  });
  const json = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const path = url.split('?')[0];
  if (path === '/api/auth/me') {
    if (!signedIn) return json(401, { error: 'unauthorised', message: 'sign in' });
    return json(200, { user: {}, csrfToken: 'token-1', capabilities: [] });
  }
  if (path === '/api/regions' && request.method === 'POST') {
    return json(400, { error: 'validation_failed', message: 'invalid', issues: [{ path: 'name.nl', message: 'required', code: 'required' }] });
  }
  if (path === '/api/regions/r1' && request.method === 'DELETE') return response.writeHead(204).end();
  if (path === '/api/regions/r2') return response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
  return json(200, { items: [], total: 0, page: 1, pageSize: 20 });
}

beforeAll(async () => {
  server = createServer((request, response) => void answer(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
  signedIn = true;
});

describe('the API client', () => {
  it('sends query arrays comma-separated and leaves empty values out', async () => {
    const api = createApiClient({ baseUrl });
    const page = await dataOf(
      api.GET('/api/opportunities', { params: { query: { q: '', theme: ['energy', 'water'], regionId: [], status: ['open'], page: 2 } } }),
    );
    expect(page.total).toBe(0);
    expect(received.map((r) => r.url)).toEqual(['/api/opportunities?theme=energy%2Cwater&status=open&page=2']);
    expect(toQueryString({ lang: 'zh', format: undefined, pageSize: 1, sort: null })).toBe('?lang=zh&pageSize=1');
  });

  it('asks for the CSRF token before the first write only, and sends it with writes, not reads', async () => {
    const api = createApiClient({ baseUrl });
    await dataOf(api.GET('/api/regions'));
    expect(received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/regions']);
    await dataOf(api.DELETE('/api/regions/{id}', { params: { path: { id: 'r1' } } }));
    await dataOf(api.DELETE('/api/regions/{id}', { params: { path: { id: 'r1' } } }));
    expect(received.map((r) => `${r.method} ${r.url} ${r.csrf ?? '-'}`)).toEqual([
      'GET /api/regions -',
      'GET /api/auth/me -',
      'DELETE /api/regions/r1 token-1',
      'DELETE /api/regions/r1 token-1',
    ]);

    // After signing in or out, the next write asks again.
    api.forgetCsrfToken();
    await dataOf(api.DELETE('/api/regions/{id}', { params: { path: { id: 'r1' } } }));
    expect(received.slice(4).map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/auth/me', 'DELETE /api/regions/r1']);
  });

  it('writes without a token while signed out, and asks again on the next write', async () => {
    signedIn = false;
    const api = createApiClient({ baseUrl });
    await dataOf(api.DELETE('/api/regions/{id}', { params: { path: { id: 'r1' } } }));
    signedIn = true;
    await dataOf(api.DELETE('/api/regions/{id}', { params: { path: { id: 'r1' } } }));
    expect(received.map((r) => `${r.method} ${r.url} ${r.csrf ?? '-'}`)).toEqual([
      'GET /api/auth/me -',
      'DELETE /api/regions/r1 -',
      'GET /api/auth/me -',
      'DELETE /api/regions/r1 token-1',
    ]);
  });

  it('sends JSON bodies and answers a 204 with nothing', async () => {
    const api = createApiClient({ baseUrl });
    await expect(dataOf(api.DELETE('/api/regions/{id}', { params: { path: { id: 'r1' } } }))).resolves.toBeUndefined();
    await dataOf(api.POST('/api/matches/status', { body: { ids: ['m1'], status: 'interested' } })).catch(() => undefined);
    const write = received.find((r) => r.url === '/api/matches/status');
    expect(write?.contentType).toBe('application/json');
    expect(JSON.parse(write?.body ?? '')).toEqual({ ids: ['m1'], status: 'interested' });
  });

  it('turns an error body into an ApiRequestError with its code and issues', async () => {
    const api = createApiClient({ baseUrl });
    const name = { original: 'nl' as const, nl: '' };
    const body = { id: 'r9', side: 'home' as const, level: 'province' as const, name, description: null, country: 'NL', facts: [] };
    const error = await dataOf(api.POST('/api/regions', { body })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'invalid', issues: [{ path: 'name.nl', code: 'required' }] });
  });

  it('answers a body that is no ApiError with internal_error and the status', async () => {
    const api = createApiClient({ baseUrl });
    const error = await dataOf(api.GET('/api/regions/{id}', { params: { path: { id: 'r2' } } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'internal_error', message: 'HTTP 502' });
  });

  it('turns a failed connection into network_error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const api = createApiClient({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await dataOf(api.GET('/api/regions')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 0, code: 'network_error' });
  });
});
