// Scheduling: availability, interpreters per slot, and locked meetings kept in place on a re-run.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema';
import { addChineseMember, addOrganisations, halfHourSlots, matchmakingSteps, useEventsApp } from './events.test-api';

const { cast, ok } = useEventsApp();
const { createEvent, registerAs, accepted, schedule, meetings } = matchmakingSteps({ cast, ok });
beforeAll(async () => {
  await addChineseMember(cast.t);
  await addOrganisations(cast.t, ['org-c', 'org-d', 'org-e', 'org-f', 'org-g']);
});

describe('scheduling an event', () => {
  it('respects availability: late arrival, early departure and blocked slots', async () => {
    await createEvent('avail', { slots: halfHourSlots(4) });
    const late = await registerAs(cast.pm, 'avail', 'org-c', 'Late', { arrivesAt: '2030-05-12T10:00:00Z' }); // s3, s4
    const early = await registerAs(cast.pm, 'avail', 'org-d', 'Early', { leavesAt: '2030-05-12T10:30:00Z', blockedSlots: ['s3'] }); // s1, s2 (s3 blocked)
    const free = await registerAs(cast.pm, 'avail', 'org-e', 'Free', { blockedSlots: ['s1', 's2', 's3'] }); // s4
    const flex = await registerAs(cast.pm, 'avail', 'org-f', 'Flex');
    const lateFlex = await accepted('avail', late.id, [flex.id]);
    const earlyFlex = await accepted('avail', early.id, [flex.id]);
    const freeFlex = await accepted('avail', free.id, [flex.id]);
    const lateEarly = await accepted('avail', late.id, [early.id]); // no common slot: unschedulable

    const outcome = await schedule('avail');
    expect(outcome.run.meetings).toBe(3);
    expect(outcome.run.unscheduled).toEqual([lateEarly]);
    const placed = new Map((await meetings('avail')).map((m) => [m.requestId, m.slotId]));
    expect(placed.get(freeFlex)).toBe('s4');
    expect(['s3']).toContain(placed.get(lateFlex));
    expect(['s1', 's2']).toContain(placed.get(earlyFlex));
  }, 60_000);

  it('never runs more interpreter-needing meetings in a slot than there are interpreters', async () => {
    await createEvent('interp', { slots: halfHourSlots(2), tables: 5, interpreters: { 'en-zh': 1 } });
    const zh = [];
    const en = [];
    for (const i of [1, 2, 3]) {
      zh.push(await registerAs(cast.pm, 'interp', 'org-z', `zh${i}`, { languages: ['zh'] }));
      en.push(await registerAs(cast.pm, 'interp', i === 1 ? 'org-c' : i === 2 ? 'org-d' : 'org-e', `en${i}`, { languages: ['en'] }));
    }
    const bilingual = await registerAs(cast.pm, 'interp', 'org-g', 'Bilingual', { languages: ['en', 'zh'] });
    for (const i of [0, 1, 2]) await accepted('interp', zh[i]!.id, [en[i]!.id]);
    const direct = await accepted('interp', zh[2]!.id, [bilingual.id]);

    const outcome = await schedule('interp');
    // Two slots, one interpreter: two of the three interpreted meetings, plus the direct one.
    expect(outcome.message).toBe('3 of at most 3 possible meetings scheduled');
    const list = await meetings('interp');
    const perSlot = new Map<string, number>();
    for (const m of list.filter((m) => m.interpreterPair === 'en-zh')) perSlot.set(m.slotId, (perSlot.get(m.slotId) ?? 0) + 1);
    expect([...perSlot.values()].every((n) => n <= 1)).toBe(true);
    expect(list.find((m) => m.requestId === direct)?.interpreterPair).toBeNull();
  }, 60_000);

  it('keeps locked meetings in place when re-scheduling after a cancellation and a new registration', async () => {
    await createEvent('lock', { slots: halfHourSlots(3), tables: 1 });
    const [a, b, c, d] = [
      await registerAs(cast.pm, 'lock', 'org-c', 'Alice'),
      await registerAs(cast.pm, 'lock', 'org-d', 'Bob'),
      await registerAs(cast.pm, 'lock', 'org-e', 'Carol'),
      await registerAs(cast.pm, 'lock', 'org-f', 'Dave'),
    ];
    const ab = await accepted('lock', a.id, [b.id]);
    const cd = await accepted('lock', c.id, [d.id]);
    const ac = await accepted('lock', a.id, [c.id]);
    expect((await schedule('lock')).run.meetings).toBe(3);
    await ok('POST', '/api/events/lock/publish', cast.pm);
    const before = new Map((await meetings('lock')).map((m) => [m.requestId, m]));
    expect([...before.values()].every((m) => m.locked)).toBe(true);
    // Bob has no account: the publication reaches him by e-mail through the outbox.
    const mail = await cast.t.database.db.select().from(outbox).where(eq(outbox.to, b.delegateEmail));
    expect(mail.map((m) => m.subject)).toContain('Your agenda for Matchmaking lock');

    // Dave cancels: his locked meeting goes, the others stay exactly where they were.
    await ok('DELETE', `/api/events/lock/registrations/${d.id}`, cast.pm);
    const e = await registerAs(cast.pm, 'lock', 'org-g', 'Eve');
    const ce = await accepted('lock', c.id, [e.id], 'must-meet');
    const outcome = await schedule('lock');
    expect(outcome.run.locked).toBe(2);
    const after = new Map((await meetings('lock')).map((m) => [m.requestId, m]));
    expect(after.has(cd)).toBe(false);
    for (const id of [ab, ac]) {
      expect(after.get(id)).toMatchObject({ slotId: before.get(id)!.slotId, table: before.get(id)!.table, locked: true });
    }
    // Eve's meeting takes the slot Dave's left free, unlocked until the next publication.
    expect(after.get(ce)).toMatchObject({ slotId: before.get(cd)!.slotId, locked: false });
  }, 60_000);
});
