import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, createAccount, signIn } from '../../../../test/accounts';
import { buildCast } from '../../../../test/factories';
import { pdfText } from '../../../../test/pdf-text';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { eventsApi, type Json } from './events.test-api';
import { systemActor } from '../../actor';
import { outbox } from '../../db/schema';
import { createOrganisation } from '../organisations/organisations.service';

let t: TestApp;
let pm: AuthHeaders;
let memberA: AuthHeaders;
let memberB: AuthHeaders;
let memberZ: AuthHeaders;
let admin: AuthHeaders;
/** The organisations of member A and member B. */
let orgA: string, orgB: string;

beforeAll(async () => {
  t = await createTestApp();
  const cast = await buildCast(t);
  [orgA, orgB] = [cast.organisations.a.id, cast.organisations.b.id];
  pm = cast.headers['programme-manager'];
  memberA = cast.headers['member-a'];
  memberB = cast.headers['member-b'];
  admin = cast.headers.admin;
  const base = { type: 'company' as const, country: 'CN', homeRegionId: null, website: null, description: null, visibility: 'public' as const, notes: null };
  for (const [id, name] of [
    ['org-z', '北京氢能科技有限公司'],
    ['org-c', 'Org C'],
    ['org-d', 'Org D'],
    ['org-e', 'Org E'],
    ['org-f', 'Org F'],
    ['org-g', 'Org G'],
  ]) {
    await createOrganisation(t.database.db, systemActor('test'), { ...base, id: id!, name: name! });
  }
  await createAccount(t, { email: 'member-z@example.cn', role: 'member', organisationId: 'org-z' });
  memberZ = await signIn(t, 'member-z@example.cn');
}, 60_000);
afterAll(() => t.close());

const { call, ok } = eventsApi(() => t);

/** Meeting slots of 30 minutes from 09:00 UTC on 12 May 2030, with a break after the second. */
function slots(n: number, withBreak = false) {
  const out: Json[] = [];
  for (let i = 0; i < n; i++) {
    const start = new Date(Date.UTC(2030, 4, 12, 9, 0) + i * 30 * 60_000);
    out.push({ id: `s${i + 1}`, start: start.toISOString(), end: new Date(start.getTime() + 25 * 60_000).toISOString() });
  }
  if (withBreak) out.push({ id: 'coffee', start: '2030-05-12T12:00:00Z', end: '2030-05-12T12:30:00Z', kind: 'break', label: 'Coffee' });
  return out;
}

async function createEvent(id: string, extra: Json = {}) {
  return (await ok('POST', '/api/events', pm, { id, title: `Matchmaking ${id}`, languages: ['en', 'zh', 'nl'], slots: slots(4), tables: 3, ...extra })).json();
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
  const r = (await ok('POST', `/api/events/${eventId}/requests`, pm, { from, to, priority })).json();
  for (const registrationId of to) await ok('POST', `/api/events/${eventId}/requests/${r.id}/response`, pm, { registrationId, answer: 'accept' });
  return r.id as string;
}
async function schedule(eventId: string, timeLimitSeconds = 2) {
  return (await ok('POST', `/api/events/${eventId}/schedule`, pm, { timeLimitSeconds })).json();
}
async function meetings(eventId: string) {
  return (await ok('GET', `/api/events/${eventId}/meetings`, pm)).json().items as Json[];
}

describe('matchmaking events', () => {
  it('runs the whole flow: register, request, accept, schedule, agendas, .ics, PDF and XLSX', async () => {
    const event = await createEvent('flow', {
      slots: slots(3, true),
      tables: [
        { name: 'A1', room: 'Hall A' },
        { name: 'A2', room: 'Hall A' },
      ],
      interpreters: { 'zh-en': 1 },
      place: 'Utrecht',
    });
    expect(event.tables).toEqual([
      { number: 1, name: 'A1', room: 'Hall A' },
      { number: 2, name: 'A2', room: 'Hall A' },
    ]);
    expect(event.interpreters).toEqual({ 'en-zh': 1 });
    expect(event.days).toEqual(['2030-05-12']);

    const a = await registerAs(memberA, 'flow', orgA, 'Anna de Vries', {
      profile: 'Electrolysers',
      offers: [{ type: 'technology-offer', title: 'PEM electrolyser stacks', description: '5 MW' }],
    });
    const z = await registerAs(memberZ, 'flow', 'org-z', '王芳', { languages: ['zh'], offers: [{ type: 'business-request', title: '寻找电解槽合作伙伴' }] });
    expect(a.delegateEmail).toBe(`anna.de.vries@${orgA}.example`);
    // Others see the participant, not the e-mail address.
    const listed = (await ok('GET', '/api/events/flow/registrations', memberB)).json().items as Json[];
    expect(listed.find((r) => r.id === a.id)?.delegateEmail).toBeNull();

    const market = (await ok('GET', '/api/events/flow/marketplace?type=technology-offer', memberZ)).json().items as Json[];
    expect(market.map((m) => m.title)).toEqual(['PEM electrolyser stacks']);

    const suggested = (await ok('GET', `/api/events/flow/registrations/${z.id}/suggestions`, memberZ)).json().items as Json[];
    expect(suggested[0]).toMatchObject({ registrationId: a.id, organisationName: 'Org A' });
    expect((await call('GET', `/api/events/flow/registrations/${z.id}/suggestions`, memberA)).status).toBe(403);

    const request = (await ok('POST', '/api/events/flow/requests', memberA, { from: a.id, to: [z.id], message: 'Let us talk', priority: 'must-meet' })).json();
    expect(request).toMatchObject({ status: 'pending', weight: 2, priority: 'must-meet' });
    const inbox = (await ok('GET', '/api/notifications', memberZ)).json().items as Json[];
    expect(inbox[0]).toMatchObject({
      kind: 'request-received',
      eventId: 'flow',
      readAt: null,
      params: { requestId: request.id, registrationId: z.id, name: 'Anna de Vries', organisation: 'Org A', priority: 'must-meet', message: 'Let us talk' },
    });
    // Only the invitee answers.
    expect((await call('POST', `/api/events/flow/requests/${request.id}/response`, memberA, { answer: 'accept' })).status).toBe(403);
    const answered = (await ok('POST', `/api/events/flow/requests/${request.id}/response`, memberZ, { answer: 'accept' })).json();
    expect(answered.status).toBe('accepted');
    const answer = (await ok('GET', '/api/notifications', memberA)).json().items[0] as Json;
    expect(answer).toMatchObject({ kind: 'request-answered', params: { requestId: request.id, answer: 'accepted', name: '王芳', registrationId: a.id } });
    // Marking one read leaves the others unread; nobody marks another user's notifications.
    await ok('POST', '/api/notifications/read', memberZ, { ids: [answer.id as string] });
    expect((await ok('GET', '/api/notifications', memberA)).json().items[0].readAt).toBeNull();
    await ok('POST', '/api/notifications/read', memberA, { ids: [answer.id as string] });
    expect((await ok('GET', '/api/notifications', memberA)).json().items[0].readAt).not.toBeNull();
    await ok('POST', '/api/notifications/read', memberZ, {});
    expect(((await ok('GET', '/api/notifications', memberZ)).json().items as Json[]).filter((n) => n.readAt === null)).toEqual([]);

    // Members may not schedule.
    expect((await call('POST', '/api/events/flow/schedule', memberA, {})).status).toBe(403);
    const outcome = await schedule('flow');
    expect(outcome.message).toBe('1 of at most 1 possible meetings scheduled');
    expect(outcome.run).toMatchObject({ meetings: 1, possible: 1, weight: 2, upperBound: 2, optimal: true });

    for (const [who, headers, other] of [
      [a, memberA, '王芳'],
      [z, memberZ, 'Anna de Vries'],
    ] as const) {
      const agenda = (await ok('GET', `/api/events/flow/registrations/${who.id}/agenda`, headers)).json();
      const withMeeting = (agenda.items as Json[]).filter((i) => i.meeting);
      expect(withMeeting).toHaveLength(1);
      expect(withMeeting[0]!.meeting.participants.map((p: Json) => p.delegateName)).toContain(other);
      expect(withMeeting[0]!.meeting).toMatchObject({ room: 'Hall A', interpreterPair: 'en-zh' });
      expect((agenda.items as Json[]).some((i) => i.kind === 'break' && i.label === 'Coffee')).toBe(true);

      const ics = await ok('GET', `/api/events/flow/registrations/${who.id}/agenda.ics`, headers);
      expect(ics.headers['content-type']).toMatch(/text\/calendar/);
      const slot = event.slots.find((s: Json) => s.id === withMeeting[0]!.slotId);
      const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
      const text = ics.body.replace(/\r\n /g, '');
      expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(text).toContain('BEGIN:VEVENT');
      expect(text).toContain(`DTSTART:${stamp(slot.start)}`);
      expect(text).toContain(`DTEND:${stamp(slot.end)}`);
      expect(text).toContain('END:VCALENDAR');
    }
    // Someone else's agenda is not yours.
    expect((await call('GET', `/api/events/flow/registrations/${z.id}/agenda`, memberB)).status).toBe(403);

    const pdf = await ok('GET', `/api/events/flow/registrations/${a.id}/agenda.pdf`, memberA);
    expect(pdf.raw.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.raw.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(await pdfText(pdf.raw)).toContain('王芳');

    const plan = await ok('GET', '/api/events/flow/table-plan.pdf', pm);
    expect(plan.raw.subarray(0, 4).toString()).toBe('%PDF');
    expect(await pdfText(plan.raw)).toContain('北京氢能科技有限公司');

    const xlsx = await ok('GET', '/api/events/flow/table-plan.xlsx', pm);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Table plan')!;
    expect(sheet.rowCount).toBe(2);
    expect(String(sheet.getRow(2).getCell(6).value)).toContain('王芳');
    expect(sheet.getRow(2).getCell(4).value).toBe('A1');

    // A Chinese reader (?lang=zh): the agenda and the table plan speak Chinese around the names.
    const zhAgenda = await pdfText((await ok('GET', `/api/events/flow/registrations/${a.id}/agenda.pdf?lang=zh`, memberA)).raw);
    expect(zhAgenda).toContain('王芳');
    expect(zhAgenda).toMatch(/日程/);
    expect(zhAgenda).toMatch(/\d{4}年\d{1,2}月\d{1,2}日星期./);
    expect(zhAgenda).toMatch(/号桌|线上/);
    expect(zhAgenda).not.toMatch(/Agenda|Table|Times in|Interpreter|Europe\//);
    expect(zhAgenda).toContain('时间均为中欧时间');
    const zhPlan = await pdfText((await ok('GET', '/api/events/flow/table-plan.pdf?lang=zh', pm)).raw);
    expect(zhPlan).toContain('北京氢能科技有限公司');
    expect(zhPlan).toContain('桌位安排');
    expect(zhPlan).not.toMatch(/Table plan|Times in|no meetings/);
    const zhBook = new ExcelJS.Workbook();
    await zhBook.xlsx.load((await ok('GET', '/api/events/flow/table-plan.xlsx?lang=zh', pm)).raw as unknown as ArrayBuffer);
    expect(zhBook.getWorksheet('桌位安排')!.getRow(1).values).toEqual(expect.arrayContaining(['日期', '桌号', '参会者', '翻译']));
    const zhIcs = (await ok('GET', `/api/events/flow/registrations/${a.id}/agenda.ics?lang=zh`, memberA)).body.replace(/\r\n /g, '');
    expect(zhIcs).toContain('SUMMARY:会谈：');

    const dashboard = (await ok('GET', '/api/events/flow/dashboard', pm)).json();
    expect(dashboard.requests).toMatchObject({ sent: 1, accepted: 1, pending: 0, expired: 0 });
    expect(dashboard.meetings).toMatchObject({ scheduled: 1, possible: 1, locked: 0 });
    expect(dashboard.load.find((l: Json) => l.registrationId === a.id)).toMatchObject({ requested: 1, accepted: 1, meetings: 1, available: 3 });

    await ok('POST', `/api/events/flow/registrations/${a.id}/check-in`, pm);
    expect((await ok('GET', '/api/events/flow/dashboard', pm)).json().registrations).toMatchObject({ registered: 2, checkedIn: 1 });
  }, 60_000);

  it('respects availability: late arrival, early departure and blocked slots', async () => {
    await createEvent('avail', { slots: slots(4) });
    const late = await registerAs(pm, 'avail', 'org-c', 'Late', { arrivesAt: '2030-05-12T10:00:00Z' }); // s3, s4
    const early = await registerAs(pm, 'avail', 'org-d', 'Early', { leavesAt: '2030-05-12T10:30:00Z', blockedSlots: ['s3'] }); // s1, s2 (s3 blocked)
    const free = await registerAs(pm, 'avail', 'org-e', 'Free', { blockedSlots: ['s1', 's2', 's3'] }); // s4
    const flex = await registerAs(pm, 'avail', 'org-f', 'Flex');
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
    await createEvent('interp', { slots: slots(2), tables: 5, interpreters: { 'en-zh': 1 } });
    const zh = [];
    const en = [];
    for (const i of [1, 2, 3]) {
      zh.push(await registerAs(pm, 'interp', 'org-z', `zh${i}`, { languages: ['zh'] }));
      en.push(await registerAs(pm, 'interp', i === 1 ? 'org-c' : i === 2 ? 'org-d' : 'org-e', `en${i}`, { languages: ['en'] }));
    }
    const bilingual = await registerAs(pm, 'interp', 'org-g', 'Bilingual', { languages: ['en', 'zh'] });
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
    await createEvent('lock', { slots: slots(3), tables: 1 });
    const [a, b, c, d] = [
      await registerAs(pm, 'lock', 'org-c', 'Alice'),
      await registerAs(pm, 'lock', 'org-d', 'Bob'),
      await registerAs(pm, 'lock', 'org-e', 'Carol'),
      await registerAs(pm, 'lock', 'org-f', 'Dave'),
    ];
    const ab = await accepted('lock', a.id, [b.id]);
    const cd = await accepted('lock', c.id, [d.id]);
    const ac = await accepted('lock', a.id, [c.id]);
    expect((await schedule('lock')).run.meetings).toBe(3);
    await ok('POST', '/api/events/lock/publish', pm);
    const before = new Map((await meetings('lock')).map((m) => [m.requestId, m]));
    expect([...before.values()].every((m) => m.locked)).toBe(true);
    // Bob has no account: the publication reaches him by e-mail through the outbox.
    const mail = await t.database.db.select().from(outbox).where(eq(outbox.to, b.delegateEmail));
    expect(mail.map((m) => m.subject)).toContain('Your agenda for Matchmaking lock');

    // Dave cancels: his locked meeting goes, the others stay exactly where they were.
    await ok('DELETE', `/api/events/lock/registrations/${d.id}`, pm);
    const e = await registerAs(pm, 'lock', 'org-g', 'Eve');
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

  it("e-mails each delegate in the language of their account, the requester's message unchanged", async () => {
    await createEvent('lang');
    await createAccount(t, { email: 'gedeputeerde@org-c.example', role: 'member', organisationId: 'org-c' });
    const dutch = await signIn(t, 'gedeputeerde@org-c.example');
    await ok('PATCH', '/api/auth/me', dutch, { language: 'nl' });
    const nl = await registerAs(pm, 'lang', 'org-c', 'Gedeputeerde', { delegateEmail: 'Gedeputeerde@org-c.example' });
    const zh = await registerAs(pm, 'lang', 'org-z', 'Wang Li');
    await ok('POST', '/api/events/lang/requests', pm, { from: zh.id, to: [nl.id], priority: 'must-meet', message: 'Hydrogen buses?' });

    const [mail] = await t.database.db.select().from(outbox).where(eq(outbox.to, 'gedeputeerde@org-c.example'));
    expect(mail).toMatchObject({ subject: 'Gespreksverzoek van Wang Li' });
    const request = (await ok('GET', `/api/events/lang/requests?registrationId=${nl.id}`, pm)).json().items[0];
    expect(mail!.text).toBe(
      `Wang Li (北京氢能科技有限公司) wil je spreken op Matchmaking lang (moet spreken).\n\nHydrogen buses?\n\nOpen het verzoek:\nhttp://localhost:3000/events/lang#request-${nl.id}-${request.id}`,
    );
    // The in-app notification keeps the English text as its fallback; the web renders it from params.
    const inApp = (await ok('GET', '/api/notifications', dutch)).json().items[0];
    expect(inApp).toMatchObject({ kind: 'request-received', subject: 'Meeting request from Wang Li' });
  });

  it('merges a request back into a mutual one, and schedules group meetings of up to 5', async () => {
    await createEvent('mutual', { slots: slots(2), tables: 2 });
    const a = await registerAs(memberA, 'mutual', orgA, 'Ann');
    const b = await registerAs(memberB, 'mutual', orgB, 'Ben');
    const first = (await ok('POST', '/api/events/mutual/requests', memberA, { from: a.id, to: [b.id] })).json();
    const back = (await ok('POST', '/api/events/mutual/requests', memberB, { from: b.id, to: [a.id] })).json();
    expect(back).toMatchObject({ id: first.id, mutual: true, status: 'accepted', weight: 3 });
    // The same request twice is a conflict.
    expect((await call('POST', '/api/events/mutual/requests', memberA, { from: a.id, to: [b.id] })).status).toBe(409);

    const others = [await registerAs(pm, 'mutual', 'org-c', 'C'), await registerAs(pm, 'mutual', 'org-d', 'D'), await registerAs(pm, 'mutual', 'org-e', 'E')];
    const group = await accepted('mutual', others[0]!.id, [others[1]!.id, others[2]!.id, a.id]);
    const tooBig = await call('POST', '/api/events/mutual/requests', pm, { from: b.id, to: ['x1', 'x2', 'x3', 'x4', 'x5'] });
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
    const a = await registerAs(pm, 'expiry', 'org-c', 'A', { arrivesAt: '2030-05-12T09:00:00Z' });
    expect(a).toMatchObject({ arrivesAt: '2030-05-12T09:00:00.000Z', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) });
    const b = await registerAs(pm, 'expiry', 'org-d', 'B');
    const c = await registerAs(pm, 'expiry', 'org-e', 'C');
    const pending = (await ok('POST', '/api/events/expiry/requests', pm, { from: a.id, to: [b.id] })).json();
    const done = await accepted('expiry', a.id, [c.id]);
    // The organiser moves the deadline into the past.
    await ok('PATCH', '/api/events/expiry', pm, { requestDeadline: '2020-01-01T00:00:00Z' });
    const list = (await ok('GET', '/api/events/expiry/requests', pm)).json().items as Json[];
    expect(list.find((r) => r.id === pending.id)?.status).toBe('expired');
    expect((await call('POST', `/api/events/expiry/requests/${pending.id}/response`, pm, { registrationId: b.id, answer: 'accept' })).status).toBe(409);
    expect((await call('POST', '/api/events/expiry/requests', pm, { from: b.id, to: [c.id] })).status).toBe(409);

    const outcome = await schedule('expiry');
    expect(outcome.run.meetings).toBe(1);
    expect((await meetings('expiry')).map((m) => m.requestId)).toEqual([done]);
    expect((await ok('GET', '/api/events/expiry/dashboard', pm)).json().requests).toMatchObject({ sent: 2, accepted: 1, expired: 1 });
  }, 60_000);

  it('names the bad fields in 400s and checks who may act', async () => {
    const bad = await call('POST', '/api/events', pm, { id: 'Bad Id', title: '', languages: [], slots: [], tables: 0 });
    expect(bad.status).toBe(400);
    const paths = bad.json().issues.map((i: Json) => i.path);
    for (const p of ['id', 'title', 'languages', 'slots', 'tables']) expect(paths).toContain(p);

    const swapped = await call('POST', '/api/events', pm, {
      id: 'swapped',
      title: 'x',
      languages: ['en'],
      tables: 1,
      slots: [{ id: 's1', start: '2030-05-12T10:00:00Z', end: '2030-05-12T09:00:00Z' }],
    });
    expect(swapped.status).toBe(400);
    expect(swapped.json().issues).toMatchObject([{ path: 'slots.0.end', message: 'must be after start' }]);

    await createEvent('rules');
    // Nothing to schedule yet: an empty, valid answer.
    expect((await schedule('rules', 0.5)).message).toBe('0 of at most 0 possible meetings scheduled');
    const blocked = await call('POST', '/api/events/rules/registrations', memberA, {
      organisationId: orgA,
      delegateName: 'X',
      delegateEmail: 'not-an-email',
      languages: ['en'],
      blockedSlots: ['nope'],
    });
    expect(blocked.status).toBe(400);
    expect(blocked.json().issues.map((i: Json) => i.path)).toContain('delegateEmail');
    const unknownSlot = await call('POST', '/api/events/rules/registrations', memberA, {
      organisationId: orgA,
      delegateName: 'X',
      delegateEmail: 'x@a.example',
      languages: ['en'],
      blockedSlots: ['nope'],
    });
    expect(unknownSlot.json().issues).toMatchObject([{ path: 'blockedSlots.0', message: 'the event has no slot "nope"' }]);
    // Members register for their own organisation only; visitors not at all.
    expect(
      (
        await call('POST', '/api/events/rules/registrations', memberA, {
          organisationId: orgB,
          delegateName: 'X',
          delegateEmail: 'x@b.example',
          languages: ['en'],
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('POST', '/api/events/rules/registrations', {}, { organisationId: orgA, delegateName: 'X', delegateEmail: 'x@a.example', languages: ['en'] }))
        .status,
    ).toBe(401);
    const a = await registerAs(memberA, 'rules', orgA, 'Ann');
    const b = await registerAs(memberB, 'rules', orgB, 'Ben');
    // Members request for their own registrations only.
    expect((await call('POST', '/api/events/rules/requests', memberB, { from: a.id, to: [b.id] })).status).toBe(403);
    const self = await call('POST', '/api/events/rules/requests', memberA, { from: a.id, to: [a.id] });
    expect(self.json().issues).toMatchObject([{ path: 'to.0', message: 'you cannot request a meeting with yourself' }]);
    expect((await call('GET', '/api/events/rules/table-plan', memberA)).status).toBe(403);
    expect((await call('GET', '/api/events/nope', {})).status).toBe(404);

    // Every write left an audit entry.
    const audit = (await ok('GET', '/api/audit?entityType=event-registration', admin)).json();
    expect(audit.items.length).toBeGreaterThan(0);
  }, 60_000);
});
