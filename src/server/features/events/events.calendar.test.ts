import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../../test/ics';
import type { AuthHeaders } from '../../../../test/accounts';
import { type Json, useEventsApp } from './events.test-api';
import { instantOf, localTime } from '../../../shared/event-time';

// Time zones of events and the subscribable calendar feed of an agenda.
const { cast, call, ok } = useEventsApp();

/** A Shanghai event in winter with slots at 09:00 and 09:30 local time, and A and B meeting. */
async function shanghaiEventWithMeeting(id: string) {
  const zone = 'Asia/Shanghai';
  const slot = (sid: string, from: string, to: string) => ({ id: sid, start: instantOf('2030-01-15', from, zone), end: instantOf('2030-01-15', to, zone) });
  const event = (
    await ok('POST', '/api/events', cast.pm, {
      id,
      title: 'Chengdu matchmaking',
      timeZone: zone,
      languages: ['en'],
      tables: 2,
      slots: [slot('s1', '09:00', '09:20'), slot('s2', '09:30', '09:50')],
    })
  ).json();
  const reg = async (headers: AuthHeaders, organisationId: string, name: string) =>
    (
      await ok('POST', `/api/events/${id}/registrations`, headers, {
        organisationId,
        delegateName: name,
        delegateEmail: `${name.toLowerCase()}@${organisationId}.example`,
        languages: ['en'],
        blockedSlots: ['s2'],
      })
    ).json();
  const a = await reg(cast.memberA, cast.orgA, 'Anna');
  const b = await reg(cast.memberB, cast.orgB, 'Bo');
  const request = (await ok('POST', `/api/events/${id}/requests`, cast.memberA, { from: a.id, to: [b.id] })).json();
  await ok('POST', `/api/events/${id}/requests/${request.id}/response`, cast.memberB, { answer: 'accept' });
  await ok('POST', `/api/events/${id}/schedule`, cast.pm, { timeLimitSeconds: 1 });
  return { event, a, b };
}

describe('event time zones', () => {
  it('shows a 09:00 slot in Asia/Shanghai as 09:00 in the agenda and as 01:00Z in the .ics', async () => {
    const { event, a } = await shanghaiEventWithMeeting('sha');
    expect(event).toMatchObject({ timeZone: 'Asia/Shanghai', days: ['2030-01-15'] });
    expect(event.slots[0].start).toBe('2030-01-15T01:00:00.000Z');

    const agenda = (await ok('GET', `/api/events/sha/registrations/${a.id}/agenda`, cast.memberA)).json();
    expect(agenda.timeZone).toBe('Asia/Shanghai');
    const meeting = (agenda.items as Json[]).find((i) => i.meeting)!;
    expect(localTime(meeting.start, agenda.timeZone)).toBe('09:00');

    const ics = parseIcs((await ok('GET', `/api/events/sha/registrations/${a.id}/agenda.ics`, cast.memberA)).body);
    expect(ics).toHaveLength(1);
    expect(ics[0]).toMatchObject({ start: '2030-01-15T01:00:00.000Z', end: '2030-01-15T01:20:00.000Z' });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await ok('GET', '/api/events/sha/table-plan.xlsx', cast.pm)).raw as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Table plan')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Start (Asia/Shanghai)');
    expect(sheet.getRow(2).getCell(1).value).toBe('2030-01-15');
    expect(sheet.getRow(2).getCell(2).value).toBe('09:00');
  }, 60_000);

  it('names a time zone it does not know, and keeps the fields a change leaves out', async () => {
    const bad = await call('POST', '/api/events', cast.pm, {
      id: 'mars',
      title: 'Mars',
      timeZone: 'Mars/Olympus',
      languages: ['en'],
      tables: 1,
      slots: [{ id: 's1', start: '2030-01-15T01:00:00Z', end: '2030-01-15T01:20:00Z' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.json().issues).toMatchObject([expect.objectContaining({ path: 'timeZone', message: expect.stringContaining('IANA') })]);

    await ok('POST', '/api/events', cast.pm, {
      id: 'keep',
      title: 'Keep',
      place: 'Utrecht',
      description: 'Hydrogen',
      languages: ['en'],
      tables: 1,
      interpreters: { 'en-zh': 1 },
      slots: [{ id: 's1', start: '2030-01-15T08:00:00Z', end: '2030-01-15T08:20:00Z' }],
    });
    const changed = (await ok('PATCH', '/api/events/keep', cast.pm, { title: 'Kept' })).json();
    expect(changed).toMatchObject({ title: 'Kept', place: 'Utrecht', description: 'Hydrogen', timeZone: 'Europe/Amsterdam', interpreters: { 'en-zh': 1 } });
  });
});

describe('calendar feeds', () => {
  it('serves the agenda at a secret address without a session, follows a re-schedule and ends when revoked', async () => {
    const { a, b } = await shanghaiEventWithMeeting('feed');
    // Only the delegate's organisation (or the organiser) makes the address.
    expect((await call('POST', `/api/events/feed/registrations/${a.id}/feed`, cast.memberB)).status).toBe(403);
    const link = (await ok('POST', `/api/events/feed/registrations/${a.id}/feed`, cast.memberA)).json();
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/api\/events\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(link.url).pathname;
    const registration = (await ok('GET', '/api/events/feed/registrations', cast.memberA)).json().items.find((r: Json) => r.id === a.id);
    expect(registration.feedCreatedAt).toBe(link.createdAt);
    expect((await ok('GET', '/api/events/feed/registrations', cast.memberB)).json().items.find((r: Json) => r.id === a.id).feedCreatedAt).toBeNull();

    const before = await call('GET', path);
    expect(before.status).toBe(200);
    expect(before.headers['content-type']).toMatch(/text\/calendar/);
    expect(before.body).not.toContain('@org-'); // no e-mail addresses
    expect(parseIcs(before.body).map((e) => e.start)).toEqual(['2030-01-15T01:00:00.000Z']);

    // B can now only meet at 09:30: the re-schedule moves the meeting, and the feed follows.
    await ok('PATCH', `/api/events/feed/registrations/${a.id}`, cast.memberA, { blockedSlots: [] });
    await ok('PATCH', `/api/events/feed/registrations/${b.id}`, cast.memberB, { blockedSlots: ['s1'] });
    await ok('POST', '/api/events/feed/schedule', cast.pm, { timeLimitSeconds: 1 });
    expect(parseIcs((await call('GET', path)).body).map((e) => e.start)).toEqual(['2030-01-15T01:30:00.000Z']);

    // A new address ends the old one; revoking ends the new one.
    const renewed = (await ok('POST', `/api/events/feed/registrations/${a.id}/feed`, cast.pm)).json();
    expect((await call('GET', path)).status).toBe(404);
    const renewedPath = new URL(renewed.url).pathname;
    expect((await call('GET', renewedPath)).status).toBe(200);
    await ok('DELETE', `/api/events/feed/registrations/${a.id}/feed`, cast.memberA);
    expect((await call('GET', renewedPath)).status).toBe(404);
    expect((await call('GET', '/api/events/feeds/not-a-token.ics')).status).toBe(404);
  }, 60_000);
});
