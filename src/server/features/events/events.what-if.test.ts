// "What if": the scheduler re-run with one more interpreter per pair, one more table, one more
// slot says how many more meetings each would give, on events where one resource is the bottleneck.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, createCast } from '../../../../test/accounts';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { systemActor } from '../../actor';
import { createOrganisation } from '../organisations/organisations.service';
import { eventsApi, type Json } from './events.test-api';
import { withOneMore } from './what-if';

let t: TestApp;
let pm: AuthHeaders;
let member: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  const cast = await createCast(t);
  pm = cast.headers['programme-manager'];
  member = cast.headers['member-a'];
  const base = { type: 'company' as const, country: 'NL', homeRegionId: null, website: null, description: null, visibility: 'public' as const, notes: null };
  await createOrganisation(t.database.db, systemActor('test'), { ...base, id: 'org-w', name: 'W' });
}, 60_000);
afterAll(() => t.close());

const { call, ok } = eventsApi(() => t);
const slots = [0, 1].map((i) => {
  const start = Date.UTC(2030, 4, 12, 9) + i * 30 * 60_000;
  return { id: `s${i + 1}`, start: new Date(start).toISOString(), end: new Date(start + 25 * 60_000).toISOString() };
});

/** An event with `pairs` accepted requests between delegates who meet nobody else. */
async function eventWith(id: string, extra: Json, pairs: [string[], string[]][]) {
  await ok('POST', '/api/events', pm, { id, title: id, languages: ['en', 'nl', 'zh'], slots, ...extra });
  let n = 0;
  for (const [from, to] of pairs) {
    const reg = async (languages: string[]) => {
      const body = { organisationId: n % 2 ? 'org-a' : 'org-w', delegateName: `d${++n}`, delegateEmail: `d${n}@${id}.example`, languages };
      return (await ok('POST', `/api/events/${id}/registrations`, pm, body)).json().id as string;
    };
    const [a, b] = [await reg(from), await reg(to)];
    const r = (await ok('POST', `/api/events/${id}/requests`, pm, { from: a, to: [b] })).json();
    await ok('POST', `/api/events/${id}/requests/${r.id}/response`, pm, { registrationId: b, answer: 'accept' });
  }
}
const report = async (id: string) => (await ok('POST', `/api/events/${id}/what-if`, pm, { timeLimitSeconds: 10 })).json();
const option = (r: Json, resource: string, pair: string | null = null) => (r.options as Json[]).find((o) => o.resource === resource && o.pair === pair);

describe('what if', () => {
  it('one more table gives more meetings where tables are the bottleneck', async () => {
    // One table, two slots, four requests of four different pairs of people: two meetings.
    const en = ['en'];
    await eventWith('tables', { tables: 1 }, [[en, en], [en, en], [en, en], [en, en]]);
    const r = await report('tables');
    expect(r).toMatchObject({ requests: 4, current: { meetings: 2, possible: 2 }, pairsLeftOut: 0 });
    expect(option(r, 'table')).toMatchObject({ meetings: 4, possible: 4, gainAtLeast: 2, gainAtMost: 2, exact: true });
    expect(option(r, 'slot')).toMatchObject({ meetings: 3, gainAtLeast: 1, gainAtMost: 1, exact: true });
    expect((r.options as Json[]).filter((o) => o.resource === 'interpreter')).toEqual([]);
  }, 60_000);

  it('one more interpreter gives more meetings for the bottleneck pair only', async () => {
    // Tables to spare; one en-zh interpreter for three en-zh meetings, two nl-zh for one.
    await eventWith('interpreters', { tables: 5, interpreters: { 'en-zh': 1, 'nl-zh': 2 } }, [
      [['en'], ['zh']],
      [['en'], ['zh']],
      [['en'], ['zh']],
      [['nl'], ['zh']],
    ]);
    const r = await report('interpreters');
    expect(r.current).toEqual({ meetings: 3, possible: 3 });
    expect((r.options as Json[]).map((o) => o.pair ?? o.resource)).toEqual(['en-zh', 'nl-zh', 'table', 'slot']);
    expect(option(r, 'interpreter', 'en-zh')).toMatchObject({ meetings: 4, gainAtLeast: 1, gainAtMost: 1, exact: true });
    expect(option(r, 'interpreter', 'nl-zh')).toMatchObject({ meetings: 3, gainAtLeast: 0, gainAtMost: 0, exact: true });
    expect(option(r, 'table')).toMatchObject({ gainAtLeast: 0, exact: true });
    expect(option(r, 'slot')).toMatchObject({ meetings: 4, gainAtLeast: 1 });
    // Nothing was written: no meeting is scheduled.
    expect((await ok('GET', '/api/events/interpreters/meetings', pm)).json().items).toEqual([]);
  }, 60_000);

  it('is for organisers, of events that exist', async () => {
    expect((await call('POST', '/api/events/tables/what-if', member, {})).status).toBe(403);
    expect((await call('POST', '/api/events/no-such-event/what-if', pm, {})).status).toBe(404);
  });

  it('adds the slot after the last one, for those who can attend the last one', () => {
    const event = {
      slots,
      tables: 1,
      participants: [{ id: 'early', available: ['s1'] }, { id: 'late', available: ['s2'] }, { id: 'always' }],
      requests: [],
    };
    const slot = withOneMore(event).options.find((o) => o.resource === 'slot')!.event;
    expect(slot.slots.at(-1)).toEqual({ id: 'what-if-extra-slot', start: '2030-05-12T10:00:00.000Z', end: '2030-05-12T10:25:00.000Z' });
    expect(slot.participants).toEqual([{ id: 'early', available: ['s1'] }, { id: 'late', available: ['s2', 'what-if-extra-slot'] }, { id: 'always' }]);
  });
});
