// Reminders to delegates through the job queue: requests waiting and "no meetings yet" before the
// request deadline, "your meeting starts in 15 minutes" once the schedule is published — each once,
// in the delegate's language, never to who switched them off.
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthHeaders } from '../../../../test/accounts';
import { buildCast } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { jobHandlersFor } from '../../app';
import { systemActor } from '../../actor';
import { outbox } from '../../db/schema';
import { rowsOf } from '../../db/rows';
import { drainJobs } from '../jobs/jobs.service';
import { createOrganisation } from '../organisations/organisations.service';
import { queueReminderPass, remindAt } from './event-reminders';
import { eventsApi, type Json } from './events.test-api';

let t: TestApp;
let pm: AuthHeaders;
/** The cast's organisations A and B. */
let orgA: string, orgB: string;
const PUBLIC_URL = 'https://ctb.example.org';

beforeAll(async () => {
  t = await createTestApp({ publicUrl: PUBLIC_URL });
  const cast = await buildCast(t);
  pm = cast.headers['programme-manager'];
  [orgA, orgB] = [cast.organisations.a.id, cast.organisations.b.id];
  const base = { type: 'company' as const, country: 'NL', homeRegionId: null, website: null, description: null, visibility: 'public' as const, notes: null };
  for (const id of ['org-c', 'org-d'])
    await createOrganisation(t.database.db, systemActor('test'), { ...base, id, name: `Organisation ${id.slice(-1).toUpperCase()}` });
}, 60_000);
afterAll(() => t.close());

const { ok } = eventsApi(() => t);
const deadline = new Date('2030-05-10T16:00:00Z');
const firstSlot = Date.UTC(2030, 4, 12, 8); // 10:00 in Amsterdam
const slots = [0, 1].map((i) => {
  const start = firstSlot + i * 30 * 60_000;
  return { id: `s${i + 1}`, start: new Date(start).toISOString(), end: new Date(start + 25 * 60_000).toISOString() };
});
const reminderJobs = async () =>
  rowsOf<{ target: string }>(await t.database.db.execute(sql`select target from jobs where kind = 'remind-events' order by id`)).map((j) => j.target);
const mailsTo = async (email: string) =>
  (
    await t.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.to, email), like(outbox.id, 'reminder-%')))
  ).map((m) => ({ subject: m.subject, text: m.text }));

async function register(organisationId: string, name: string, extra: Json = {}) {
  const body = { organisationId, delegateName: name, delegateEmail: `${name.toLowerCase()}@${organisationId}.example`, languages: ['en'], ...extra };
  return (await ok('POST', '/api/events/expo/registrations', pm, body)).json().id as string;
}

describe('event reminders', () => {
  const ids: Record<string, string> = {};
  let chen: string;

  beforeAll(async () => {
    await ok('POST', '/api/events', pm, {
      id: 'expo',
      title: 'Water Expo',
      languages: ['en', 'zh'],
      slots,
      tables: [{ name: 'A', room: 'Zaal 2' }],
      timeZone: 'Europe/Amsterdam',
      requestDeadline: deadline.toISOString(),
    });
    ids.anna = await register(orgA, 'Anna');
    ids.bram = await register(orgB, 'Bram');
    ids.dirk = await register('org-d', 'Dirk', { remindersOptOut: true });
    // A delegate without an account, registered through the public link in Chinese.
    const link = (await ok('PUT', '/api/events/expo/public-registration', pm, { open: true })).json();
    const body = {
      delegateName: '陈伟',
      delegateEmail: 'chen@example.cn',
      organisationName: 'Organisation C',
      country: 'CN',
      languages: ['zh'],
      language: 'zh',
    };
    await ok('POST', `/api/public/events/${link.token}/registrations`, {}, body);
    chen = (await ok('GET', '/api/events/expo/registrations', pm)).json().items.find((r: Json) => r.delegateName === '陈伟').id;
    // Anna asks Bram and Chen; nobody has answered yet. Dirk has no request at all.
    const request = (await ok('POST', '/api/events/expo/requests', pm, { from: ids.anna, to: [ids.bram] })).json();
    ids.annaBram = request.id;
    await ok('POST', '/api/events/expo/requests', pm, { from: ids.anna, to: [chen] });
  });

  it('queues no pass while no event is near its deadline or a meeting, and one per five minutes when one is', async () => {
    await queueReminderPass(t.database.db, new Date(deadline.getTime() - 72 * 3600_000));
    expect(await reminderJobs()).toEqual([]);
    const inWindow = new Date(deadline.getTime() - 24 * 3600_000 + 60_000);
    await queueReminderPass(t.database.db, inWindow);
    await queueReminderPass(t.database.db, new Date(inWindow.getTime() + 60_000));
    expect(await reminderJobs()).toEqual(['2030-05-09T16:00:00.000Z']);
  });

  it('reminds invitees of requests waiting before the deadline, in their language, once; nobody who opted out', async () => {
    await drainJobs(t.database.db, jobHandlersFor(PUBLIC_URL));
    const bram = await mailsTo(`bram@${orgB}.example`);
    expect(bram).toHaveLength(1);
    expect(bram[0]!.subject).toBe('A meeting request waits for your answer: Water Expo');
    expect(bram[0]!.text).toContain('Anna (Org A) asked to meet you at Water Expo. Please accept or decline before 10 May 2030 at 18:00');
    expect(bram[0]!.text).toContain(`${PUBLIC_URL}/events/expo`);

    const chenMails = await mailsTo('chen@example.cn');
    expect(chenMails).toHaveLength(1);
    expect(chenMails[0]!.subject).toBe('有 1 个会面请求等待您答复：Water Expo');
    expect(chenMails[0]!.text).toContain('1 位参会者希望在Water Expo与您会面：Anna (Org A)。请在2030年5月10日 18:00之前接受或拒绝');
    // Without an account, the private link of the registration e-mail is the way in, not the event page.
    expect(chenMails[0]!.text).toContain('专属链接');
    expect(chenMails[0]!.text).not.toContain('/events/expo');

    // Anna has sent requests: nothing waits for her and she has contacts. Dirk has none but opted out.
    expect(await mailsTo(`anna@${orgA}.example`)).toEqual([]);
    expect(await mailsTo('dirk@org-d.example')).toEqual([]);

    // A second pass (another instance, or the next window) sends nothing again.
    await remindAt(t.database.db, new Date(deadline.getTime() - 3600_000), PUBLIC_URL);
    expect(await mailsTo(`bram@${orgB}.example`)).toHaveLength(1);
  });

  it('tells a delegate without any request that they have no meetings yet, and lets them switch reminders off', async () => {
    await register('org-c', 'Eva');
    const hugo = await register('org-c', 'Hugo');
    await ok('PATCH', `/api/events/expo/registrations/${hugo}`, pm, { remindersOptOut: true });
    expect((await ok('GET', '/api/events/expo/registrations', pm)).json().items.find((r: Json) => r.id === hugo).remindersOptOut).toBe(true);
    await remindAt(t.database.db, new Date(deadline.getTime() - 3600_000), PUBLIC_URL);
    const eva = await mailsTo('eva@org-c.example');
    expect(eva.map((m) => m.subject)).toEqual(['You have no meetings yet at Water Expo']);
    expect(eva[0]!.text).toContain('switch off "Reminders by e-mail"');
    expect(await mailsTo('hugo@org-c.example')).toEqual([]);

    // A delegate without an account switches them off on the page of the private link.
    const mails = await t.database.db.select().from(outbox).where(eq(outbox.to, 'chen@example.cn'));
    const token = mails.map((m) => /\/events\/registration\/([A-Za-z0-9_-]{43})/.exec(m.text)?.[1]).find(Boolean);
    const managed = (await ok('PATCH', `/api/public/registrations/${token}`, {}, { remindersOptOut: true })).json();
    expect(managed.remindersOptOut).toBe(true);
  });

  it('reminds both sides of a meeting 10 to 15 minutes before it starts, with the table and room, once', async () => {
    await ok('POST', `/api/events/expo/requests/${ids.annaBram}/response`, pm, { registrationId: ids.bram, answer: 'accept' });
    await ok('POST', '/api/events/expo/schedule', pm, { timeLimitSeconds: 1 });
    await ok('POST', '/api/events/expo/publish', pm);
    const meeting = (await ok('GET', '/api/events/expo/meetings', pm)).json().items.find((m: Json) => m.requestId === ids.annaBram);
    const start = Date.parse(meeting.start);

    await remindAt(t.database.db, new Date(start - 20 * 60_000), PUBLIC_URL);
    expect(await mailsTo(`anna@${orgA}.example`)).toEqual([]);
    await queueReminderPass(t.database.db, new Date(start - 14 * 60_000));
    await drainJobs(t.database.db, jobHandlersFor(PUBLIC_URL));
    await remindAt(t.database.db, new Date(start - 9 * 60_000), PUBLIC_URL);

    const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(new Date(start));
    const anna = await mailsTo(`anna@${orgA}.example`);
    expect(anna).toEqual([expect.objectContaining({ subject: `Your meeting with Bram (Org B) starts at ${time}` })]);
    expect(anna[0]!.text).toContain(`starts at ${time}, at table A (Zaal 2).`);
    const bram = await mailsTo(`bram@${orgB}.example`);
    expect(bram.map((m) => m.subject)).toContain(`Your meeting with Anna (Org A) starts at ${time}`);
    const sent = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from event_reminders where kind = 'meeting-soon'`));
    expect(sent[0]!.n).toBe(2);
  });
});
