// Swapping two meetings by hand: both placements are checked as the event would be afterwards,
// each kind of conflict is named with who or what it concerns, nothing moves on a refusal, and
// what is swapped is locked.
import { beforeAll, describe, expect, it } from 'vitest';
import { insertMeetings } from './events.repository';
import { addOrganisations, halfHourSlots, type Json, useEventsApp } from './events.test-api';

const { cast, call, ok } = useEventsApp();
const slots = halfHourSlots(3);
beforeAll(() => addOrganisations(cast.t, ['org-c', 'org-d', 'org-e', 'org-f', 'org-g', 'org-h', 'org-i', 'org-j', 'org-k']));

describe('swapping two meetings on the grid', () => {
  // s1: Anna–Bram (en-zh) at 1, Fay–Gus at 2 · s2: Anna–Eva at 1, Dirk–Chen (en-zh) at 2 ·
  // s3: Jan–Kim at 1, Hana–Ivo online. One en-zh interpreter; Bram cannot come in s3.
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    await ok('POST', '/api/events', cast.pm, { id: 'swap', title: 'Swap', languages: ['en', 'zh'], slots, tables: 2, interpreters: { 'en-zh': 1 } });
    const reg = async (name: string, org: string, extra: Json = {}) => {
      const body = { organisationId: org, delegateName: name, delegateEmail: `${name.toLowerCase()}@x.example`, languages: ['en'], ...extra };
      ids[name] = (await ok('POST', '/api/events/swap/registrations', cast.pm, body)).json().id as string;
    };
    await reg('Anna', cast.orgA);
    await reg('Bram', cast.orgB, { languages: ['zh'], blockedSlots: ['s3'] });
    await reg('Chen', 'org-c', { languages: ['zh'] });
    for (const [name, org] of [
      ['Dirk', 'org-d'],
      ['Eva', 'org-e'],
      ['Fay', 'org-f'],
      ['Gus', 'org-g'],
      ['Jan', 'org-j'],
      ['Kim', 'org-k'],
    ] as const)
      await reg(name, org);
    await reg('Hana', 'org-h', { attendance: 'online' });
    await reg('Ivo', 'org-i', { attendance: 'online' });
    const meetings: Json[] = [];
    const place = async (from: string, to: string, slotId: string, table: number, interpreterPair: string | null = null) => {
      const r = (await ok('POST', '/api/events/swap/requests', cast.pm, { from: ids[from], to: [ids[to]] })).json();
      await ok('POST', `/api/events/swap/requests/${r.id}/response`, cast.pm, { registrationId: ids[to], answer: 'accept' });
      ids[`${from}${to}`] = r.id as string;
      meetings.push({ eventId: 'swap', requestId: r.id, slotId, table, locked: false, interpreterPair, videoUrl: null });
    };
    await place('Anna', 'Bram', 's1', 1, 'en-zh');
    await place('Fay', 'Gus', 's1', 2);
    await place('Anna', 'Eva', 's2', 1);
    await place('Dirk', 'Chen', 's2', 2, 'en-zh');
    await place('Jan', 'Kim', 's3', 1);
    await place('Hana', 'Ivo', 's3', 0);
    // Laid out exactly as above (the scheduler would choose its own places).
    await insertMeetings(cast.t.database.db, meetings as Parameters<typeof insertMeetings>[1]);
  });
  const where = async () =>
    new Map(
      ((await ok('GET', '/api/events/swap/meetings', cast.pm)).json().items as Json[]).map((m) => [
        m.requestId,
        { slotId: m.slotId, table: m.table, locked: m.locked },
      ]),
    );
  const refused = async (a: string, b: string) => {
    const res = await call('POST', `/api/events/swap/meetings/${ids[a]}/swap`, cast.pm, { with: ids[b] });
    expect(res.status, res.body).toBe(409);
    expect(res.json().error).toBe('meeting_conflict');
    return res.json().issues as Json[];
  };

  it('refuses each kind of conflict, naming the meeting and who or what it concerns, and moves nothing', async () => {
    const before = await where();
    // Anna–Eva into s1, where Anna meets Bram.
    expect(await refused('FayGus', 'AnnaEva')).toEqual([
      {
        path: 'participant',
        code: 'participant_busy',
        params: { requestId: ids.AnnaEva, slotId: 's1', registrationId: ids.Anna, name: 'Anna' },
        message: 'Anna already has a meeting in that slot',
      },
    ]);
    // Dirk–Chen into s1 beside Anna–Bram: the one en-zh interpreter is busy.
    expect(await refused('FayGus', 'DirkChen')).toEqual([
      {
        path: 'interpreter',
        code: 'no_interpreter_free',
        params: { requestId: ids.DirkChen, slotId: 's1', pair: 'en-zh' },
        message: 'no en-zh interpreter is free in that slot',
      },
    ]);
    // With an online meeting the one on site keeps its table: Anna–Eva's table 1 is Jan–Kim's in s3.
    expect(await refused('AnnaEva', 'HanaIvo')).toEqual([
      {
        path: 'table',
        code: 'table_taken',
        params: { requestId: ids.AnnaEva, slotId: 's3', table: 1, tableName: '1' },
        message: 'table 1 is taken in that slot',
      },
    ]);
    // Anna–Bram into s3: Bram cannot come then (and the table is taken too).
    expect(await refused('AnnaBram', 'HanaIvo')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'availability',
          code: 'participant_unavailable',
          params: expect.objectContaining({ registrationId: ids.Bram, name: 'Bram', slotId: 's3' }),
        }),
      ]),
    );
    expect(await where()).toEqual(before);
  });

  it('refuses what is not a pair of scheduled meetings, and callers other than organisers', async () => {
    expect((await call('POST', `/api/events/swap/meetings/${ids.FayGus}/swap`, cast.pm, { with: 'no-such-request' })).json()).toMatchObject({
      error: 'validation_failed',
      issues: [{ path: 'with', code: 'unknown_reference', params: { value: 'no-such-request' } }],
    });
    expect((await call('POST', `/api/events/swap/meetings/${ids.FayGus}/swap`, cast.pm, { with: ids.FayGus })).status).toBe(400);
    expect((await call('POST', '/api/events/swap/meetings/no-such-request/swap', cast.pm, { with: ids.FayGus })).status).toBe(404);
    expect((await call('POST', `/api/events/swap/meetings/${ids.FayGus}/swap`, cast.memberA, { with: ids.JanKim })).status).toBe(403);
  });

  it('swaps slots and tables, locks both and leaves the others', async () => {
    const before = await where();
    await ok('POST', `/api/events/swap/meetings/${ids.FayGus}/swap`, cast.pm, { with: ids.JanKim });
    const after = await where();
    expect(after.get(ids.FayGus!)).toEqual({ slotId: 's3', table: 1, locked: true });
    expect(after.get(ids.JanKim!)).toEqual({ slotId: 's1', table: 2, locked: true });
    for (const id of [ids.AnnaBram, ids.AnnaEva, ids.DirkChen, ids.HanaIvo]) expect(after.get(id!)).toEqual(before.get(id!));
    // On site with online: slots change hands, Fay–Gus keeps table 1 and Hana–Ivo stays online.
    await ok('POST', `/api/events/swap/meetings/${ids.HanaIvo}/swap`, cast.pm, { with: ids.FayGus });
    expect((await where()).get(ids.HanaIvo!)).toEqual({ slotId: 's3', table: 0, locked: true });
  });
});
