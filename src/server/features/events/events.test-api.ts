// Calling the events API in tests: `call` answers whatever the app says, `ok` insists on success.
import type { AuthHeaders } from '../../../../test/accounts';
import type { TestApp } from '../../../../test/test-app';

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
