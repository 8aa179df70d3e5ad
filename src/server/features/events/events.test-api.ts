// Calling the events API in tests: `call` answers whatever the app says, `ok` insists on success.
import { afterAll, beforeAll } from 'vitest';
import { type AuthHeaders, createAccount, signIn } from '../../../../test/accounts';
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
 * (test/factories.ts `buildCast`): its programme manager, its admin, organisations A and B and their members,
 * and `call`/`ok` against it. Read `cast.pm`, `cast.memberA`, `cast.orgA`… inside tests: they are
 * set once the file starts.
 */
export function useEventsApp() {
  const cast = {} as { t: TestApp; pm: AuthHeaders; admin: AuthHeaders; memberA: AuthHeaders; memberB: AuthHeaders; orgA: string; orgB: string };
  beforeAll(async () => {
    cast.t = await createTestApp();
    const { headers, organisations } = await buildCast(cast.t);
    cast.pm = headers['programme-manager'];
    cast.admin = headers.admin;
    cast.memberA = headers['member-a'];
    cast.memberB = headers['member-b'];
    cast.orgA = organisations.a.id;
    cast.orgB = organisations.b.id;
  }, 60_000);
  afterAll(() => cast.t.close());
  return { cast, ...eventsApi(() => cast.t) };
}

const organisationBase = {
  type: 'company' as const,
  country: 'NL',
  homeRegionId: null,
  website: null,
  description: null,
  visibility: 'public' as const,
  notes: null,
};

/** Organisations (besides the cast's A and B) for delegates who must not share one. */
export async function addOrganisations(t: TestApp, ids: string[]) {
  for (const id of ids) await createOrganisation(t.database.db, systemActor('test'), { ...organisationBase, id, name: id });
}

/** A Chinese organisation, org-z (北京氢能科技有限公司), and its member member-z@example.cn, signed in. */
export async function addChineseMember(t: TestApp): Promise<AuthHeaders> {
  await createOrganisation(t.database.db, systemActor('test'), { ...organisationBase, country: 'CN', id: 'org-z', name: '北京氢能科技有限公司' });
  await createAccount(t, { email: 'member-z@example.cn', role: 'member', organisationId: 'org-z' });
  return signIn(t, 'member-z@example.cn');
}

/** `count` meeting slots of 25 minutes, every half hour from 09:00 UTC on 12 May 2030: s1, s2… */
export const halfHourSlots = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const start = Date.UTC(2030, 4, 12, 9) + i * 30 * 60_000;
    return { id: `s${i + 1}`, start: new Date(start).toISOString(), end: new Date(start + 25 * 60_000).toISOString() };
  });

/**
 * The organiser's steps through a matchmaking event on the file's app: create an event (four
 * half-hour slots and three tables unless `extra` says otherwise), register a delegate, make a
 * request every invitee accepted, schedule, and list the meetings.
 */
export function matchmakingSteps({ cast, ok }: Pick<ReturnType<typeof useEventsApp>, 'cast' | 'ok'>) {
  async function createEvent(id: string, extra: Json = {}) {
    return (
      await ok('POST', '/api/events', cast.pm, { id, title: `Matchmaking ${id}`, languages: ['en', 'zh', 'nl'], slots: halfHourSlots(4), tables: 3, ...extra })
    ).json();
  }
  async function registerAs(headers: AuthHeaders, eventId: string, organisationId: string, name: string, extra: Json = {}) {
    const body = {
      organisationId,
      delegateName: name,
      delegateEmail: `${name.toLowerCase().replace(/\W+/g, '.').replace(/^\.*$/, 'delegate')}@${organisationId}.example`,
      languages: ['en'],
      ...extra,
    };
    return (await ok('POST', `/api/events/${eventId}/registrations`, headers, body)).json();
  }
  /** A request by the organiser on behalf of `from`, accepted by every invitee. */
  async function accepted(eventId: string, from: string, to: string[], priority = 'would-like-to') {
    const r = (await ok('POST', `/api/events/${eventId}/requests`, cast.pm, { from, to, priority })).json();
    for (const registrationId of to) await ok('POST', `/api/events/${eventId}/requests/${r.id}/response`, cast.pm, { registrationId, answer: 'accept' });
    return r.id as string;
  }
  // A limit ample for a busy CI machine: the scheduler answers as soon as it has proven the
  // optimum, and the tests read the proven figures ("3 of at most 3").
  async function schedule(eventId: string, timeLimitSeconds = 20) {
    return (await ok('POST', `/api/events/${eventId}/schedule`, cast.pm, { timeLimitSeconds })).json();
  }
  async function meetings(eventId: string) {
    return (await ok('GET', `/api/events/${eventId}/meetings`, cast.pm)).json().items as Json[];
  }
  return { createEvent, registerAs, accepted, schedule, meetings };
}
