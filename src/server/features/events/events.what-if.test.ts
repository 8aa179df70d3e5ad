// "What if": the scheduler re-run with one more interpreter per pair, one more table, one more
// slot says how many more meetings each would give, on events where one resource is the bottleneck.
import { beforeAll, describe, expect, it } from 'vitest';
import { addOrganisations, halfHourSlots, type Json, useEventsApp } from './events.test-api';
import { withOneMore } from './what-if';

const { cast, call, ok } = useEventsApp();
const slots = halfHourSlots(2);
beforeAll(() => addOrganisations(cast.t, ['org-w']));

/** An event with `pairs` accepted requests between delegates who meet nobody else. */
async function eventWith(id: string, extra: Json, pairs: [string[], string[]][]) {
  await ok('POST', '/api/events', cast.pm, { id, title: id, languages: ['en', 'nl', 'zh'], slots, ...extra });
  let n = 0;
  for (const [from, to] of pairs) {
    const reg = async (languages: string[]) => {
      const body = { organisationId: n % 2 ? cast.orgA : 'org-w', delegateName: `d${++n}`, delegateEmail: `d${n}@${id}.example`, languages };
      return (await ok('POST', `/api/events/${id}/registrations`, cast.pm, body)).json().id as string;
    };
    const [a, b] = [await reg(from), await reg(to)];
    const r = (await ok('POST', `/api/events/${id}/requests`, cast.pm, { from: a, to: [b] })).json();
    await ok('POST', `/api/events/${id}/requests/${r.id}/response`, cast.pm, { registrationId: b, answer: 'accept' });
  }
}
const report = async (id: string) => (await ok('POST', `/api/events/${id}/what-if`, cast.pm, { timeLimitSeconds: 10 })).json();
const option = (r: Json, resource: string, pair: string | null = null) => (r.options as Json[]).find((o) => o.resource === resource && o.pair === pair);

describe('what if', () => {
  it('one more table gives more meetings where tables are the bottleneck', async () => {
    // One table, two slots, four requests of four different pairs of people: two meetings.
    const en = ['en'];
    await eventWith('tables', { tables: 1 }, [
      [en, en],
      [en, en],
      [en, en],
      [en, en],
    ]);
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
    expect((await ok('GET', '/api/events/interpreters/meetings', cast.pm)).json().items).toEqual([]);
  }, 60_000);

  it('is for organisers, of events that exist', async () => {
    expect((await call('POST', '/api/events/tables/what-if', cast.memberA, {})).status).toBe(403);
    expect((await call('POST', '/api/events/no-such-event/what-if', cast.pm, {})).status).toBe(404);
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
