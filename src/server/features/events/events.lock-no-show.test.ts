// The organiser's hand on a scheduled event: locking one meeting keeps it in place when the event is
// scheduled again, and a no-show takes the delegate's meetings out of the grid and into the counts.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema';
import { addOrganisations, halfHourSlots, type Json, useEventsApp } from './events.test-api';

const { cast, call, ok } = useEventsApp();

async function register(eventId: string, organisationId: string, name: string) {
  const body = { organisationId, delegateName: name, delegateEmail: `${name.toLowerCase()}@${organisationId}.example`, languages: ['en'] };
  return (await ok('POST', `/api/events/${eventId}/registrations`, cast.pm, body)).json().id as string;
}
/** A request made by the organiser for `from`, accepted by the invitee. */
async function accepted(eventId: string, from: string, to: string, priority = 'would-like-to') {
  const request = (await ok('POST', `/api/events/${eventId}/requests`, cast.pm, { from, to: [to], priority })).json();
  await ok('POST', `/api/events/${eventId}/requests/${request.id}/response`, cast.pm, { answer: 'accept' });
  return request.id as string;
}
const schedule = async (eventId: string) => (await ok('POST', `/api/events/${eventId}/schedule`, cast.pm, { timeLimitSeconds: 2 })).json();
const placed = async (eventId: string) =>
  new Map(
    ((await ok('GET', `/api/events/${eventId}/meetings`, cast.pm)).json().items as Json[]).map((m) => [
      m.requestId as string,
      { slotId: m.slotId, table: m.table, locked: m.locked },
    ]),
  );
const dashboard = async (eventId: string) => (await ok('GET', `/api/events/${eventId}/dashboard`, cast.pm)).json();

describe('locking one meeting', () => {
  it('keeps the locked meeting in its place when a weightier request comes in, and gives the place up once unlocked', async () => {
    await addOrganisations(cast.t, ['org-c', 'org-d', 'org-e', 'org-f']);
    // One slot and one table: room for a single meeting.
    await ok('POST', '/api/events', cast.pm, { id: 'lock-one', title: 'Lock one', languages: ['en'], slots: halfHourSlots(1), tables: 1 });
    const [anna, bram, chen, dirk] = [
      await register('lock-one', 'org-c', 'Anna'),
      await register('lock-one', 'org-d', 'Bram'),
      await register('lock-one', 'org-e', 'Chen'),
      await register('lock-one', 'org-f', 'Dirk'),
    ];
    const annaBram = await accepted('lock-one', anna, bram);
    await schedule('lock-one');
    expect(await placed('lock-one')).toEqual(new Map([[annaBram, { slotId: 's1', table: 1, locked: false }]]));

    const url = `/api/events/lock-one/meetings/${annaBram}`;
    expect((await call('PATCH', url, cast.memberA, { locked: true })).status).toBe(403);
    expect((await call('PATCH', '/api/events/lock-one/meetings/no-such-meeting', cast.pm, { locked: true })).status).toBe(404);
    expect((await ok('PATCH', url, cast.pm, { locked: true })).status).toBe(204);
    expect((await dashboard('lock-one')).meetings).toMatchObject({ scheduled: 1, locked: 1 });

    // A "must meet" (weight 2) would take the only place from Anna and Bram's "would like to" (weight 1).
    const chenDirk = await accepted('lock-one', chen, dirk, 'must-meet');
    const kept = await schedule('lock-one');
    expect(kept.run).toMatchObject({ meetings: 1, locked: 1 });
    expect(await placed('lock-one')).toEqual(new Map([[annaBram, { slotId: 's1', table: 1, locked: true }]]));

    await ok('PATCH', url, cast.pm, { locked: false });
    await schedule('lock-one');
    expect(await placed('lock-one')).toEqual(new Map([[chenDirk, { slotId: 's1', table: 1, locked: false }]]));
  });
});

describe('recording a no-show', () => {
  it('is for organisers only; it removes the delegate’s meetings, tells the others and shows in the counts', async () => {
    await addOrganisations(cast.t, ['org-no-show-c']);
    await ok('POST', '/api/events', cast.pm, { id: 'no-show', title: 'No-show day', languages: ['en'], slots: halfHourSlots(2), tables: 1 });
    const anna = (
      await ok('POST', '/api/events/no-show/registrations', cast.memberA, {
        organisationId: cast.orgA,
        delegateName: 'Anna',
        delegateEmail: 'anna@a.example',
        languages: ['en'],
      })
    ).json().id as string;
    const [bram, chen] = [await register('no-show', cast.orgB, 'Bram'), await register('no-show', 'org-no-show-c', 'Chen')];
    const [annaBram, annaChen] = [await accepted('no-show', anna, bram), await accepted('no-show', anna, chen)];
    await schedule('no-show');
    expect([...(await placed('no-show')).keys()].sort()).toEqual([annaBram, annaChen].sort());
    await ok('POST', '/api/events/no-show/publish', cast.pm);

    // Members, of another organisation or of Anna's own, may not: the desk is the organisers'.
    const url = `/api/events/no-show/registrations/${anna}/no-show`;
    expect((await call('POST', url, cast.memberB)).status).toBe(403);
    expect((await call('POST', url, cast.memberA)).status).toBe(403);
    expect((await dashboard('no-show')).registrations.noShows).toBe(0);

    const mailsTo = async (email: string) => (await cast.t.database.db.select().from(outbox).where(eq(outbox.to, email))).length;
    const bramBefore = await mailsTo(`bram@${cast.orgB}.example`);
    const recorded = (await ok('POST', url, cast.pm)).json();
    expect(recorded.noShowAt).not.toBeNull();
    expect(await placed('no-show')).toEqual(new Map());
    const figures = await dashboard('no-show');
    expect(figures.registrations).toMatchObject({ registered: 3, noShows: 1 });
    expect(figures.meetings).toMatchObject({ scheduled: 0 });
    // Bram and Chen are told their agenda changed; a new schedule leaves Anna out.
    expect(await mailsTo(`bram@${cast.orgB}.example`)).toBe(bramBefore + 1);
    expect((await schedule('no-show')).run.meetings).toBe(0);

    // Anna arrives after all: checking her in clears the no-show.
    const arrived = (await ok('POST', `/api/events/no-show/registrations/${anna}/check-in`, cast.pm)).json();
    expect(arrived).toMatchObject({ noShowAt: null });
    expect(arrived.checkedInAt).not.toBeNull();
    expect((await dashboard('no-show')).registrations).toMatchObject({ checkedIn: 1, noShows: 0 });
  });
});
