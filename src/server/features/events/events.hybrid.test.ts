// Hybrid meetings (online participants, video links, no table), declined pairs and pairs that met
// at an earlier event of the same project, through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthHeaders } from '../../../../test/accounts';
import { buildOrganisation, buildProject, buildUser } from '../../../../test/factories';
import { parseIcs } from '../../../../test/ics';
import { pdfText } from '../../../../test/pdf-text';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { eventsApi, type Json } from './events.test-api';

let t: TestApp;
let pm: AuthHeaders;
/** The delegates' organisations A to F, and the project of the events that skip pairs met before. */
const org = {} as Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', string>;
let projectId: string;
const TEMPLATE = 'https://meet.example.org/ctb-{event}-{meeting}';

beforeAll(async () => {
  t = await createTestApp({ eventVideoUrlTemplate: TEMPLATE });
  pm = (await buildUser(t, { role: 'programme-manager' })).headers;
  for (const key of ['a', 'b', 'c', 'd', 'e', 'f'] as const) org[key] = (await buildOrganisation(t, { name: `Org ${key.toUpperCase()}` })).id;
  projectId = (await buildProject(t)).id;
}, 60_000);
afterAll(() => t.close());

const { ok } = eventsApi(() => t);

const slot = (day: number, i: number) => {
  const start = Date.UTC(2030, 4, day, 9) + i * 30 * 60_000;
  return { id: `d${day}s${i + 1}`, start: new Date(start).toISOString(), end: new Date(start + 25 * 60_000).toISOString() };
};
async function createEvent(id: string, extra: Json = {}) {
  return (await ok('POST', '/api/events', pm, { id, title: `Hybrid ${id}`, languages: ['en'], slots: [slot(12, 0), slot(12, 1)], tables: 1, ...extra })).json();
}
async function register(eventId: string, organisationId: string, name: string, attendance = 'on-site') {
  const body = { organisationId, delegateName: name, delegateEmail: `${name.toLowerCase()}@${organisationId}.example`, languages: ['en'], attendance };
  return (await ok('POST', `/api/events/${eventId}/registrations`, pm, body)).json().id as string;
}
async function request(eventId: string, from: string, to: string, answer: 'accept' | 'decline' = 'accept', extra: Json = {}) {
  const r = (await ok('POST', `/api/events/${eventId}/requests`, pm, { from, to: [to], ...extra })).json();
  await ok('POST', `/api/events/${eventId}/requests/${r.id}/response`, pm, { registrationId: to, answer });
  return r.id as string;
}
const schedule = async (eventId: string) => (await ok('POST', `/api/events/${eventId}/schedule`, pm, { timeLimitSeconds: 1 })).json();
const meetingsOf = async (eventId: string) => (await ok('GET', `/api/events/${eventId}/meetings`, pm)).json().items as Json[];

describe('hybrid meetings', () => {
  it('online pairs take no table and get a video link in agendas, PDF and iCal; a hybrid pair sits at a table with a link', async () => {
    await createEvent('hyb');
    const [a, b] = [await register('hyb', org.a, 'Anna'), await register('hyb', org.b, 'Bram')];
    const [c, d] = [await register('hyb', org.c, 'Chen', 'online'), await register('hyb', org.d, 'Dirk', 'either')];
    const [e, f] = [await register('hyb', org.e, 'Eva'), await register('hyb', org.f, 'Fang', 'online')];
    const onSite = await request('hyb', a, b);
    const online = await request('hyb', c, d);
    const hybrid = await request('hyb', e, f);

    // One table and two slots: without the online meeting's table, all three fit.
    const outcome = await schedule('hyb');
    expect(outcome.message).toBe('3 of at most 3 possible meetings scheduled');
    const byRequest = new Map((await meetingsOf('hyb')).map((m) => [m.requestId, m]));
    expect(byRequest.get(online)).toMatchObject({ table: 0, online: true, videoUrl: `https://meet.example.org/ctb-hyb-${online}` });
    expect(byRequest.get(hybrid)).toMatchObject({ table: 1, online: false, videoUrl: `https://meet.example.org/ctb-hyb-${hybrid}` });
    expect(byRequest.get(onSite)).toMatchObject({ table: 1, online: false, videoUrl: null });

    for (const who of [c, d]) {
      const agenda = (await ok('GET', `/api/events/hyb/registrations/${who}/agenda`, pm)).json();
      const item = agenda.items.find((i: Json) => i.meeting);
      expect(item.meeting.videoUrl).toBe(`https://meet.example.org/ctb-hyb-${online}`);
      const [ics] = parseIcs((await ok('GET', `/api/events/hyb/registrations/${who}/agenda.ics`, pm)).body);
      expect(ics!.location).toBe(`https://meet.example.org/ctb-hyb-${online}`);
      expect(ics!.description).toContain('Online (video call)');
      const pdf = await pdfText((await ok('GET', `/api/events/hyb/registrations/${who}/agenda.pdf`, pm)).raw);
      expect(pdf).toContain(`ctb-hyb-${online}`);
    }
  });

  it('a request agreed as a video call needs no table even between on-site delegates', async () => {
    await createEvent('agreed', { slots: [slot(12, 0)] });
    const [a, b, c, d] = [
      await register('agreed', org.a, 'Anna'),
      await register('agreed', org.b, 'Bram'),
      await register('agreed', org.c, 'Chen'),
      await register('agreed', org.d, 'Dirk'),
    ];
    await request('agreed', a, b);
    const call = await request('agreed', c, d, 'accept', { online: true });
    expect((await schedule('agreed')).run.meetings).toBe(2);
    expect((await meetingsOf('agreed')).find((m) => m.requestId === call)).toMatchObject({ table: 0, online: true });
  });
});

describe('pairs the scheduler leaves out', () => {
  it('never pairs delegates when one declined the other, even after a later accepted request', async () => {
    await createEvent('no-thanks');
    const [a, b, c] = [await register('no-thanks', org.a, 'Anna'), await register('no-thanks', org.b, 'Bram'), await register('no-thanks', org.c, 'Chen')];
    await request('no-thanks', a, b, 'decline');
    const again = await request('no-thanks', b, a);
    const fine = await request('no-thanks', a, c);
    const outcome = await schedule('no-thanks');
    expect(outcome.run).toMatchObject({ meetings: 1, excludedPairs: 1, unscheduled: [again] });
    expect((await meetingsOf('no-thanks')).map((m) => m.requestId)).toEqual([fine]);
  });

  it('skips organisations that met at an earlier event of the project when the organiser asks', async () => {
    await createEvent('first', { projectId, slots: [slot(10, 0)] });
    await request('first', await register('first', org.a, 'Anna'), await register('first', org.b, 'Bram'));
    expect((await schedule('first')).run.meetings).toBe(1);

    await createEvent('second', { projectId, skipPairsMetBefore: true });
    const [a, b, c] = [await register('second', org.a, 'Arie'), await register('second', org.b, 'Bo'), await register('second', org.c, 'Chen')];
    const metBefore = await request('second', b, a);
    await request('second', a, c);
    expect((await schedule('second')).run).toMatchObject({ meetings: 1, unscheduled: [metBefore] });

    await ok('PATCH', '/api/events/second', pm, { skipPairsMetBefore: false });
    expect((await schedule('second')).run).toMatchObject({ meetings: 2, unscheduled: [] });
  });
});
