// Meeting requests: the invitee's e-mail in their language, mutual and group requests, the deadline.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, signIn } from '../../../../test/accounts';
import { outbox } from '../../db/schema';
import { addChineseMember, addOrganisations, halfHourSlots, type Json, matchmakingSteps, useEventsApp } from './events.test-api';

const { cast, call, ok } = useEventsApp();
const { createEvent, registerAs, accepted, schedule, meetings } = matchmakingSteps({ cast, ok });
beforeAll(async () => {
  await addChineseMember(cast.t);
  await addOrganisations(cast.t, ['org-c', 'org-d', 'org-e']);
});

describe('meeting requests', () => {
  it("e-mails each delegate in the language of their account, the requester's message unchanged", async () => {
    await createEvent('lang');
    await createAccount(cast.t, { email: 'gedeputeerde@org-c.example', role: 'member', organisationId: 'org-c' });
    const dutch = await signIn(cast.t, 'gedeputeerde@org-c.example');
    await ok('PATCH', '/api/auth/me', dutch, { language: 'nl' });
    const nl = await registerAs(cast.pm, 'lang', 'org-c', 'Gedeputeerde', { delegateEmail: 'Gedeputeerde@org-c.example' });
    const zh = await registerAs(cast.pm, 'lang', 'org-z', 'Wang Li');
    await ok('POST', '/api/events/lang/requests', cast.pm, { from: zh.id, to: [nl.id], priority: 'must-meet', message: 'Hydrogen buses?' });

    const [mail] = await cast.t.database.db.select().from(outbox).where(eq(outbox.to, 'gedeputeerde@org-c.example'));
    expect(mail).toMatchObject({ subject: 'Gespreksverzoek van Wang Li' });
    const request = (await ok('GET', `/api/events/lang/requests?registrationId=${nl.id}`, cast.pm)).json().items[0];
    expect(mail!.text).toBe(
      `Wang Li (北京氢能科技有限公司) wil je spreken op Matchmaking lang (moet spreken).\n\nHydrogen buses?\n\nOpen het verzoek:\nhttp://localhost:3000/events/lang#request-${nl.id}-${request.id}`,
    );
    // The in-app notification keeps the English text as its fallback; the web renders it from params.
    const inApp = (await ok('GET', '/api/notifications', dutch)).json().items[0];
    expect(inApp).toMatchObject({ kind: 'request-received', subject: 'Meeting request from Wang Li' });
  });

  it('merges a request back into a mutual one, and schedules group meetings of up to 5', async () => {
    await createEvent('mutual', { slots: halfHourSlots(2), tables: 2 });
    const a = await registerAs(cast.memberA, 'mutual', cast.orgA, 'Ann');
    const b = await registerAs(cast.memberB, 'mutual', cast.orgB, 'Ben');
    const first = (await ok('POST', '/api/events/mutual/requests', cast.memberA, { from: a.id, to: [b.id] })).json();
    const back = (await ok('POST', '/api/events/mutual/requests', cast.memberB, { from: b.id, to: [a.id] })).json();
    expect(back).toMatchObject({ id: first.id, mutual: true, status: 'accepted', weight: 3 });
    // The same request twice is a conflict.
    expect((await call('POST', '/api/events/mutual/requests', cast.memberA, { from: a.id, to: [b.id] })).status).toBe(409);

    const others = [
      await registerAs(cast.pm, 'mutual', 'org-c', 'C'),
      await registerAs(cast.pm, 'mutual', 'org-d', 'D'),
      await registerAs(cast.pm, 'mutual', 'org-e', 'E'),
    ];
    const group = await accepted('mutual', others[0]!.id, [others[1]!.id, others[2]!.id, a.id]);
    const tooBig = await call('POST', '/api/events/mutual/requests', cast.pm, { from: b.id, to: ['x1', 'x2', 'x3', 'x4', 'x5'] });
    expect(tooBig.status).toBe(400);
    expect(tooBig.json().issues.map((i: Json) => i.path)).toContain('to');

    const outcome = await schedule('mutual');
    expect(outcome.run).toMatchObject({ meetings: 2, weight: 4, optimal: true });
    expect(outcome.message).toBe('2 of at most 2 possible meetings scheduled');
    const list = await meetings('mutual');
    expect(list.find((m) => m.requestId === group)?.participants).toHaveLength(4);
    const slotsOf = list.filter((m) => m.participants.some((p: Json) => p.registrationId === a.id)).map((m) => m.slotId);
    expect(new Set(slotsOf).size).toBe(slotsOf.length);
  }, 60_000);

  it('lets unanswered requests expire at the deadline and does not schedule them', async () => {
    const created = await createEvent('expiry', { requestDeadline: '2030-05-01T02:00:00+02:00' });
    expect(created.requestDeadline).toBe('2030-05-01T00:00:00.000Z');
    const a = await registerAs(cast.pm, 'expiry', 'org-c', 'A', { arrivesAt: '2030-05-12T09:00:00Z' });
    expect(a).toMatchObject({ arrivesAt: '2030-05-12T09:00:00.000Z', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) });
    const b = await registerAs(cast.pm, 'expiry', 'org-d', 'B');
    const c = await registerAs(cast.pm, 'expiry', 'org-e', 'C');
    const pending = (await ok('POST', '/api/events/expiry/requests', cast.pm, { from: a.id, to: [b.id] })).json();
    const done = await accepted('expiry', a.id, [c.id]);
    // The organiser moves the deadline into the past.
    await ok('PATCH', '/api/events/expiry', cast.pm, { requestDeadline: '2020-01-01T00:00:00Z' });
    const list = (await ok('GET', '/api/events/expiry/requests', cast.pm)).json().items as Json[];
    expect(list.find((r) => r.id === pending.id)?.status).toBe('expired');
    expect((await call('POST', `/api/events/expiry/requests/${pending.id}/response`, cast.pm, { registrationId: b.id, answer: 'accept' })).status).toBe(409);
    expect((await call('POST', '/api/events/expiry/requests', cast.pm, { from: b.id, to: [c.id] })).status).toBe(409);

    const outcome = await schedule('expiry');
    expect(outcome.run.meetings).toBe(1);
    expect((await meetings('expiry')).map((m) => m.requestId)).toEqual([done]);
    expect((await ok('GET', '/api/events/expiry/dashboard', cast.pm)).json().requests).toMatchObject({ sent: 2, accepted: 1, expired: 1 });
  }, 60_000);
});
