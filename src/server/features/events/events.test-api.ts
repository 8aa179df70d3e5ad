// Calling the events API in tests: `call` answers whatever the app says, `ok` insists on success.
import { afterAll, beforeAll } from 'vitest';
import { type AuthHeaders, createCast } from '../../../../test/accounts';
import { createTestApp, type TestApp } from '../../../../test/test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of the API, checked by the assertions
export type Json = Record<string, any>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export function eventsApi(app: () => TestApp) {
  async function call(method: Method, url: string, headers: AuthHeaders = {}, payload?: unknown) {
    const res = await app().app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as Json } : {}) });
    return { status: res.statusCode, body: res.body, json: () => res.json() as Json, raw: res.rawPayload, headers: res.headers };
  }
  async function ok(method: Method, url: string, headers: AuthHeaders, payload?: unknown, status = [200, 201, 204]) {
    const res = await call(method, url, headers, payload);
    if (!status.includes(res.status)) throw new Error(`${method} ${url}: ${res.status} ${res.body}`);
    return res;
  }
  return { call, ok };
}

/**
 * A test app for the file (made before its tests, closed after them) with the cast's programme
 * manager and the members of organisations A and B, and `call`/`ok` against it. Read `cast.pm`,
 * `cast.memberA`, `cast.memberB` inside tests: they are set once the file starts.
 */
export function useEventsApp() {
  const cast = {} as { t: TestApp; pm: AuthHeaders; memberA: AuthHeaders; memberB: AuthHeaders };
  beforeAll(async () => {
    cast.t = await createTestApp();
    const { headers } = await createCast(cast.t);
    cast.pm = headers['programme-manager'];
    cast.memberA = headers['member-a'];
    cast.memberB = headers['member-b'];
  }, 60_000);
  afterAll(() => cast.t.close());
  return { cast, ...eventsApi(() => cast.t) };
}
