// Calling the events API in tests: `call` answers whatever the app says, `ok` insists on success.
import { afterAll, beforeAll } from 'vitest';
import type { AuthHeaders } from '../../../../test/accounts';
import { buildCast } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { systemActor } from '../../actor';
import { createOrganisation } from '../organisations/organisations.service';

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
 * A test app for the file (made before its tests, closed after them) with the factories' cast
 * (test/factories.ts `buildCast`): its programme manager, organisations A and B and their members,
 * and `call`/`ok` against it. Read `cast.pm`, `cast.memberA`, `cast.orgA`… inside tests: they are
 * set once the file starts.
 */
export function useEventsApp() {
  const cast = {} as { t: TestApp; pm: AuthHeaders; memberA: AuthHeaders; memberB: AuthHeaders; orgA: string; orgB: string };
  beforeAll(async () => {
    cast.t = await createTestApp();
    const { headers, organisations } = await buildCast(cast.t);
    cast.pm = headers['programme-manager'];
    cast.memberA = headers['member-a'];
    cast.memberB = headers['member-b'];
    cast.orgA = organisations.a.id;
    cast.orgB = organisations.b.id;
  }, 60_000);
  afterAll(() => cast.t.close());
  return { cast, ...eventsApi(() => cast.t) };
}

/** Organisations (besides the cast's A and B) for delegates who must not share one. */
export async function addOrganisations(t: TestApp, ids: string[]) {
  const base = { type: 'company' as const, country: 'NL', homeRegionId: null, website: null, description: null, visibility: 'public' as const, notes: null };
  for (const id of ids) await createOrganisation(t.database.db, systemActor('test'), { ...base, id, name: id });
}

/** `count` meeting slots of 25 minutes, every half hour from 09:00 UTC on 12 May 2030: s1, s2… */
export const halfHourSlots = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const start = Date.UTC(2030, 4, 12, 9) + i * 30 * 60_000;
    return { id: `s${i + 1}`, start: new Date(start).toISOString(), end: new Date(start + 25 * 60_000).toISOString() };
  });
