// The whole matchmaking flow through the API, and the validation and authorisation around it.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthHeaders } from '../../../../test/accounts';
import { pdfText } from '../../../../test/pdf-text';
import { addChineseMember, halfHourSlots, type Json, matchmakingSteps, useEventsApp } from './events.test-api';

const { cast, call, ok } = useEventsApp();
const { createEvent, registerAs, schedule } = matchmakingSteps({ cast, ok });
let memberZ: AuthHeaders;
beforeAll(async () => {
  memberZ = await addChineseMember(cast.t);
});

describe('matchmaking events', () => {
  it('runs the whole flow: register, request, accept, schedule, agendas, .ics, PDF and XLSX', async () => {
    const event = await createEvent('flow', {
      slots: [...halfHourSlots(3), { id: 'coffee', start: '2030-05-12T12:00:00Z', end: '2030-05-12T12:30:00Z', kind: 'break', label: 'Coffee' }],
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

    const a = await registerAs(cast.memberA, 'flow', cast.orgA, 'Anna de Vries', {
      profile: 'Electrolysers',
      offers: [{ type: 'technology-offer', title: 'PEM electrolyser stacks', description: '5 MW' }],
    });
    const z = await registerAs(memberZ, 'flow', 'org-z', '王芳', { languages: ['zh'], offers: [{ type: 'business-request', title: '寻找电解槽合作伙伴' }] });
    expect(a.delegateEmail).toBe(`anna.de.vries@${cast.orgA}.example`);
    // Others see the participant, not the e-mail address.
    const listed = (await ok('GET', '/api/events/flow/registrations', cast.memberB)).json().items as Json[];
    expect(listed.find((r) => r.id === a.id)?.delegateEmail).toBeNull();

    const market = (await ok('GET', '/api/events/flow/marketplace?type=technology-offer', memberZ)).json().items as Json[];
    expect(market.map((m) => m.title)).toEqual(['PEM electrolyser stacks']);

    const suggested = (await ok('GET', `/api/events/flow/registrations/${z.id}/suggestions`, memberZ)).json().items as Json[];
    expect(suggested[0]).toMatchObject({ registrationId: a.id, organisationName: 'Org A' });
    expect((await call('GET', `/api/events/flow/registrations/${z.id}/suggestions`, cast.memberA)).status).toBe(403);

    const request = (
      await ok('POST', '/api/events/flow/requests', cast.memberA, { from: a.id, to: [z.id], message: 'Let us talk', priority: 'must-meet' })
    ).json();
    expect(request).toMatchObject({ status: 'pending', weight: 2, priority: 'must-meet' });
    const inbox = (await ok('GET', '/api/notifications', memberZ)).json().items as Json[];
    expect(inbox[0]).toMatchObject({
      kind: 'request-received',
      eventId: 'flow',
      readAt: null,
      params: { requestId: request.id, registrationId: z.id, name: 'Anna de Vries', organisation: 'Org A', priority: 'must-meet', message: 'Let us talk' },
    });
    // Only the invitee answers.
    expect((await call('POST', `/api/events/flow/requests/${request.id}/response`, cast.memberA, { answer: 'accept' })).status).toBe(403);
    const answered = (await ok('POST', `/api/events/flow/requests/${request.id}/response`, memberZ, { answer: 'accept' })).json();
    expect(answered.status).toBe('accepted');
    const answer = (await ok('GET', '/api/notifications', cast.memberA)).json().items[0] as Json;
    expect(answer).toMatchObject({ kind: 'request-answered', params: { requestId: request.id, answer: 'accepted', name: '王芳', registrationId: a.id } });
    // Marking one read leaves the others unread; nobody marks another user's notifications.
    await ok('POST', '/api/notifications/read', memberZ, { ids: [answer.id as string] });
    expect((await ok('GET', '/api/notifications', cast.memberA)).json().items[0].readAt).toBeNull();
    await ok('POST', '/api/notifications/read', cast.memberA, { ids: [answer.id as string] });
    expect((await ok('GET', '/api/notifications', cast.memberA)).json().items[0].readAt).not.toBeNull();
    await ok('POST', '/api/notifications/read', memberZ, {});
    expect(((await ok('GET', '/api/notifications', memberZ)).json().items as Json[]).filter((n) => n.readAt === null)).toEqual([]);

    // Members may not schedule.
    expect((await call('POST', '/api/events/flow/schedule', cast.memberA, {})).status).toBe(403);
    const outcome = await schedule('flow');
    expect(outcome.message).toBe('1 of at most 1 possible meetings scheduled');
    expect(outcome.run).toMatchObject({ meetings: 1, possible: 1, weight: 2, upperBound: 2, optimal: true });

    for (const [who, headers, other] of [
      [a, cast.memberA, '王芳'],
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
    expect((await call('GET', `/api/events/flow/registrations/${z.id}/agenda`, cast.memberB)).status).toBe(403);

    const pdf = await ok('GET', `/api/events/flow/registrations/${a.id}/agenda.pdf`, cast.memberA);
    expect(pdf.raw.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.raw.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(await pdfText(pdf.raw)).toContain('王芳');

    const plan = await ok('GET', '/api/events/flow/table-plan.pdf', cast.pm);
    expect(plan.raw.subarray(0, 4).toString()).toBe('%PDF');
    expect(await pdfText(plan.raw)).toContain('北京氢能科技有限公司');

    const xlsx = await ok('GET', '/api/events/flow/table-plan.xlsx', cast.pm);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Table plan')!;
    expect(sheet.rowCount).toBe(2);
    expect(String(sheet.getRow(2).getCell(6).value)).toContain('王芳');
    expect(sheet.getRow(2).getCell(4).value).toBe('A1');

    // A Chinese reader (?lang=zh): the agenda and the table plan speak Chinese around the names.
    const zhAgenda = await pdfText((await ok('GET', `/api/events/flow/registrations/${a.id}/agenda.pdf?lang=zh`, cast.memberA)).raw);
    expect(zhAgenda).toContain('王芳');
    expect(zhAgenda).toMatch(/日程/);
    expect(zhAgenda).toMatch(/\d{4}年\d{1,2}月\d{1,2}日星期./);
    expect(zhAgenda).toMatch(/号桌|线上/);
    expect(zhAgenda).not.toMatch(/Agenda|Table|Times in|Interpreter|Europe\//);
    expect(zhAgenda).toContain('时间均为中欧时间');
    const zhPlan = await pdfText((await ok('GET', '/api/events/flow/table-plan.pdf?lang=zh', cast.pm)).raw);
    expect(zhPlan).toContain('北京氢能科技有限公司');
    expect(zhPlan).toContain('桌位安排');
    expect(zhPlan).not.toMatch(/Table plan|Times in|no meetings/);
    const zhBook = new ExcelJS.Workbook();
    await zhBook.xlsx.load((await ok('GET', '/api/events/flow/table-plan.xlsx?lang=zh', cast.pm)).raw as unknown as ArrayBuffer);
    expect(zhBook.getWorksheet('桌位安排')!.getRow(1).values).toEqual(expect.arrayContaining(['日期', '桌号', '参会者', '翻译']));
    const zhIcs = (await ok('GET', `/api/events/flow/registrations/${a.id}/agenda.ics?lang=zh`, cast.memberA)).body.replace(/\r\n /g, '');
    expect(zhIcs).toContain('SUMMARY:会谈：');

    const dashboard = (await ok('GET', '/api/events/flow/dashboard', cast.pm)).json();
    expect(dashboard.requests).toMatchObject({ sent: 1, accepted: 1, pending: 0, expired: 0 });
    expect(dashboard.meetings).toMatchObject({ scheduled: 1, possible: 1, locked: 0 });
    expect(dashboard.load.find((l: Json) => l.registrationId === a.id)).toMatchObject({ requested: 1, accepted: 1, meetings: 1, available: 3 });

    await ok('POST', `/api/events/flow/registrations/${a.id}/check-in`, cast.pm);
    expect((await ok('GET', '/api/events/flow/dashboard', cast.pm)).json().registrations).toMatchObject({ registered: 2, checkedIn: 1 });
  }, 60_000);

  it('names the bad fields in 400s and checks who may act', async () => {
    const bad = await call('POST', '/api/events', cast.pm, { id: 'Bad Id', title: '', languages: [], slots: [], tables: 0 });
    expect(bad.status).toBe(400);
    const paths = bad.json().issues.map((i: Json) => i.path);
    for (const p of ['id', 'title', 'languages', 'slots', 'tables']) expect(paths).toContain(p);

    const swapped = await call('POST', '/api/events', cast.pm, {
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
    const blocked = await call('POST', '/api/events/rules/registrations', cast.memberA, {
      organisationId: cast.orgA,
      delegateName: 'X',
      delegateEmail: 'not-an-email',
      languages: ['en'],
      blockedSlots: ['nope'],
    });
    expect(blocked.status).toBe(400);
    expect(blocked.json().issues.map((i: Json) => i.path)).toContain('delegateEmail');
    const unknownSlot = await call('POST', '/api/events/rules/registrations', cast.memberA, {
      organisationId: cast.orgA,
      delegateName: 'X',
      delegateEmail: 'x@a.example',
      languages: ['en'],
      blockedSlots: ['nope'],
    });
    expect(unknownSlot.json().issues).toMatchObject([{ path: 'blockedSlots.0', message: 'the event has no slot "nope"' }]);
    // Members register for their own organisation only; visitors not at all.
    expect(
      (
        await call('POST', '/api/events/rules/registrations', cast.memberA, {
          organisationId: cast.orgB,
          delegateName: 'X',
          delegateEmail: 'x@b.example',
          languages: ['en'],
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(
          'POST',
          '/api/events/rules/registrations',
          {},
          { organisationId: cast.orgA, delegateName: 'X', delegateEmail: 'x@a.example', languages: ['en'] },
        )
      ).status,
    ).toBe(401);
    const a = await registerAs(cast.memberA, 'rules', cast.orgA, 'Ann');
    const b = await registerAs(cast.memberB, 'rules', cast.orgB, 'Ben');
    // Members request for their own registrations only.
    expect((await call('POST', '/api/events/rules/requests', cast.memberB, { from: a.id, to: [b.id] })).status).toBe(403);
    const self = await call('POST', '/api/events/rules/requests', cast.memberA, { from: a.id, to: [a.id] });
    expect(self.json().issues).toMatchObject([{ path: 'to.0', message: 'you cannot request a meeting with yourself' }]);
    expect((await call('GET', '/api/events/rules/table-plan', cast.memberA)).status).toBe(403);
    expect((await call('GET', '/api/events/nope', {})).status).toBe(404);

    // Every write left an audit entry.
    const audit = (await ok('GET', '/api/audit?entityType=event-registration', cast.admin)).json();
    expect(audit.items.length).toBeGreaterThan(0);
  }, 60_000);
});
