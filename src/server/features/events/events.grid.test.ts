// Moving meetings by hand: every kind of conflict is named, nothing moves on a refusal, and a
// moved meeting is locked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthHeaders } from '../../../../test/accounts';
import { buildCast } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { systemActor } from '../../actor';
import { createOrganisation } from '../organisations/organisations.service';
import { eventsApi, type Json } from './events.test-api';

let t: TestApp;
let pm: AuthHeaders;
/** The cast's organisations A and B. */
let orgA: string, orgB: string;

beforeAll(async () => {
  t = await createTestApp();
  const cast = await buildCast(t);
  pm = cast.headers['programme-manager'];
  [orgA, orgB] = [cast.organisations.a.id, cast.organisations.b.id];
  const base = { type: 'company' as const, country: 'NL', homeRegionId: null, website: null, description: null, visibility: 'public' as const, notes: null };
  for (const id of ['org-c', 'org-d', 'org-e']) await createOrganisation(t.database.db, systemActor('test'), { ...base, id, name: id });
}, 60_000);
afterAll(() => t.close());

const { call, ok } = eventsApi(() => t);
const slots = [0, 1, 2].map((i) => {
  const start = Date.UTC(2030, 4, 12, 9) + i * 30 * 60_000;
  return { id: `s${i + 1}`, start: new Date(start).toISOString(), end: new Date(start + 25 * 60_000).toISOString() };
});

describe('moving a meeting on the grid', () => {
  it('names participant, availability, table and interpreter conflicts, and locks what it moves', async () => {
    await ok('POST', '/api/events', pm, { id: 'grid', title: 'Grid', languages: ['en', 'zh'], slots, tables: 2, interpreters: { 'en-zh': 1 } });
    const reg = async (org: string, name: string, extra: Json = {}) =>
      (
        await ok('POST', '/api/events/grid/registrations', pm, {
          organisationId: org,
          delegateName: name,
          delegateEmail: `${name}@x.example`,
          languages: ['en'],
          ...extra,
        })
      ).json().id as string;
    const [a, b, c] = [
      await reg(orgA, 'anna'),
      await reg(orgB, 'bram', { languages: ['zh'], blockedSlots: ['s3'] }),
      await reg('org-c', 'chen', { languages: ['zh'] }),
    ];
    const [d, e] = [await reg('org-d', 'dirk'), await reg('org-e', 'eva')];
    const accepted = async (from: string, to: string) => {
      const r = (await ok('POST', '/api/events/grid/requests', pm, { from, to: [to] })).json();
      await ok('POST', `/api/events/grid/requests/${r.id}/response`, pm, { registrationId: to, answer: 'accept' });
      return r.id as string;
    };
    const ab = await accepted(a, b); // interpreted en-zh
    const dc = await accepted(d, c); // interpreted en-zh
    const ae = await accepted(a, e);
    await ok('POST', '/api/events/grid/schedule', pm, { timeLimitSeconds: 1 });
    const where = async () => new Map(((await ok('GET', '/api/events/grid/meetings', pm)).json().items as Json[]).map((m) => [m.requestId, m]));
    const placed = await where();
    const [pab, pdc, pae] = [placed.get(ab)!, placed.get(dc)!, placed.get(ae)!];
    expect(new Set([pab.slotId, pdc.slotId, pae.slotId]).size).toBeGreaterThanOrEqual(2);

    const refuse = async (requestId: string, to: Json) => {
      const res = await call('POST', `/api/events/grid/meetings/${requestId}/move`, pm, to);
      expect(res.status).toBe(409);
      expect(res.json().error).toBe('meeting_conflict');
      return (res.json().issues as Json[]).map((i) => i.path);
    };
    // Anna–Bram into Anna–Eva's slot and table: Anna is busy, the table is taken.
    expect(await refuse(ab, { slotId: pae.slotId, table: pae.table })).toEqual(expect.arrayContaining(['participant', 'table']));
    // Anna–Bram into s3: Bram blocked it.
    if (pab.slotId !== 's3') expect(await refuse(ab, { slotId: 's3', table: pab.table === 1 ? 2 : 1 })).toContain('availability');
    // Dirk–Chen beside Anna–Bram: one en-zh interpreter only.
    const freeTable = pdc.slotId === pab.slotId ? pdc.table : pab.table === 1 ? 2 : 1;
    if (pdc.slotId !== pab.slotId) expect(await refuse(dc, { slotId: pab.slotId, table: freeTable })).toContain('interpreter');
    expect(await where()).toEqual(placed);

    expect((await call('POST', `/api/events/grid/meetings/${ae}/move`, pm, { slotId: 'nope', table: 1 })).json().issues).toMatchObject([
      { path: 'slotId', message: 'the event has no meeting slot "nope"' },
    ]);
    expect((await call('POST', `/api/events/grid/meetings/${ae}/move`, pm, { slotId: 's1', table: 3 })).status).toBe(400);

    // A free place: moved and locked.
    const busy = new Set([pab.slotId, pdc.slotId].filter((s, i) => [pab, pdc][i]!.requestId !== ae));
    const target = slots.map((s) => s.id).find((s) => !busy.has(s) && s !== pae.slotId) ?? pae.slotId;
    const table = [...placed.values()].some((m) => m.slotId === target && m.table === 1 && m.requestId !== ae) ? 2 : 1;
    await ok('POST', `/api/events/grid/meetings/${ae}/move`, pm, { slotId: target, table });
    expect((await where()).get(ae)).toMatchObject({ slotId: target, table, locked: true });
  });
});
