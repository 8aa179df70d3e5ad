// Registration without an account: the public link, custom questions, capacity and waitlist,
// approval, the private manage link from the e-mail, and the marketplace by that link.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders } from '../../../../test/accounts';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { outbox } from '../../db/schema';
import { eventsApi, type Json } from './events.test-api';
import { buildCast } from '../../../../test/factories';

let t: TestApp;
let pm: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://ctb.example.org' });
  pm = (await buildCast(t)).headers['programme-manager'];
}, 60_000);
afterAll(() => t.close());

const { call, ok } = eventsApi(() => t);
const slots = [0, 1].map((i) => {
  const start = Date.UTC(2030, 4, 12, 9) + i * 30 * 60_000;
  return { id: `s${i + 1}`, start: new Date(start).toISOString(), end: new Date(start + 25 * 60_000).toISOString() };
});
const delegate = (name: string, extra: Json = {}) => ({
  delegateName: name,
  delegateEmail: `${name.toLowerCase()}@example.cn`,
  organisationName: `${name} Ltd`,
  country: 'CN',
  languages: ['zh'],
  answers: { sector: 'hydrogen' },
  ...extra,
});
/** The private link of the last e-mail to `email`. */
async function manageToken(email: string): Promise<string> {
  const mails = await t.database.db.select().from(outbox).where(eq(outbox.to, email));
  const link = mails.map((m) => /\/events\/registration\/([A-Za-z0-9_-]{43})/.exec(m.text)?.[1]).find(Boolean);
  if (!link) throw new Error(`no manage link sent to ${email}`);
  return link;
}

describe('public registration', () => {
  let token: string;

  it('is opened by the organiser with a link that cannot be guessed and is closed by default', async () => {
    await ok('POST', '/api/events', pm, { id: 'open', title: 'Open day', languages: ['en', 'zh'], slots, tables: 2 });
    expect((await ok('GET', '/api/events/open/public-registration', pm)).json()).toMatchObject({ open: false, token: null });
    const link = (
      await ok('PUT', '/api/events/open/public-registration', pm, {
        open: true,
        capacity: 2,
        questions: [{ id: 'sector', text: '您的行业？', required: true }],
      })
    ).json();
    expect(link.url).toBe(`https://ctb.example.org/events/join/${link.token}`);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    token = link.token;
    expect((await call('GET', '/api/events/open')).json().publicToken).toBeUndefined();
    expect((await call('GET', `/api/public/events/${token.replace(/.$/, token.endsWith('A') ? 'B' : 'A')}`)).status).toBe(404);
    expect((await call('GET', `/api/public/events/${token}`)).json()).toMatchObject({
      title: 'Open day',
      full: false,
      questions: [{ id: 'sector', required: true }],
    });
  });

  it('asks the required questions, fills the places, then waitlists, and promotes when someone cancels', async () => {
    const missing = await call('POST', `/api/public/events/${token}/registrations`, {}, delegate('Li', { answers: {} }));
    expect(missing.status).toBe(400);
    expect(missing.json().issues).toMatchObject([{ path: 'answers.sector', message: 'please answer "您的行业？"' }]);

    for (const name of ['Li', 'Wang']) {
      expect((await ok('POST', `/api/public/events/${token}/registrations`, {}, delegate(name, { language: 'zh' }))).json()).toEqual({ status: 'registered' });
    }
    expect((await call('GET', `/api/public/events/${token}`)).json().full).toBe(true);
    expect((await ok('POST', `/api/public/events/${token}/registrations`, {}, delegate('Zhao', { language: 'zh' }))).json()).toEqual({ status: 'waitlisted' });
    const [mail] = await t.database.db.select().from(outbox).where(eq(outbox.to, 'zhao@example.cn'));
    expect(mail!.subject).toBe('您已进入Open day的候补名单');

    const zhao = await manageToken('zhao@example.cn');
    expect((await ok('GET', `/api/public/registrations/${zhao}`, {})).json()).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
      answers: { sector: 'hydrogen' },
    });
    expect((await call('GET', `/api/public/registrations/${zhao}/marketplace`)).status).toBe(409);

    await ok('DELETE', `/api/public/registrations/${await manageToken('wang@example.cn')}`, {});
    expect((await ok('GET', `/api/public/registrations/${zhao}`, {})).json()).toMatchObject({ status: 'registered', waitlistPosition: null });
    const mails = await t.database.db.select().from(outbox).where(eq(outbox.to, 'zhao@example.cn'));
    expect(mails.map((m) => m.subject)).toContain('有名额空出：您已成功报名Open day');
  });

  it('lets the delegate edit by the private link, send requests and answer them; a "no thanks" is remembered', async () => {
    const li = await manageToken('li@example.cn');
    const zhao = await manageToken('zhao@example.cn');
    const edited = (await ok('PATCH', `/api/public/registrations/${li}`, {}, { attendance: 'online', blockedSlots: ['s2'] })).json();
    expect(edited).toMatchObject({ attendance: 'online', blockedSlots: ['s2'] });
    expect((await call('PATCH', `/api/public/registrations/${li}`, {}, { blockedSlots: ['s9'] })).status).toBe(400);

    const regs = (await ok('GET', '/api/events/open/registrations', pm)).json().items as Json[];
    const zhaoId = regs.find((r) => r.delegateName === 'Zhao')!.id;
    const sent = (await ok('POST', `/api/public/registrations/${li}/requests`, {}, { to: [zhaoId], message: '你好' })).json();
    const declined = (await ok('POST', `/api/public/registrations/${zhao}/requests/${sent.id}/response`, {}, { answer: 'decline' })).json();
    expect(declined.status).toBe('declined');
    expect((await ok('GET', `/api/public/registrations/${li}/requests`, {})).json().items.map((r: Json) => r.status)).toEqual(['declined']);
  });

  it('holds registrations for approval when the organiser asks, and a closed link answers 404', async () => {
    await ok('PUT', '/api/events/open/public-registration', pm, { open: true, capacity: 10, approval: true, questions: [] });
    expect((await ok('POST', `/api/public/events/${token}/registrations`, {}, delegate('Sun', { answers: {} }))).json()).toEqual({
      status: 'pending-approval',
    });
    const sun = ((await ok('GET', '/api/events/open/registrations', pm)).json().items as Json[]).find((r) => r.delegateName === 'Sun')!;
    expect(sun.status).toBe('pending-approval');
    expect((await ok('POST', `/api/events/open/registrations/${sun.id}/approve`, pm)).json().status).toBe('registered');
    expect((await call('POST', `/api/events/open/registrations/${sun.id}/approve`, pm)).status).toBe(409);

    await ok('PUT', '/api/events/open/public-registration', pm, { open: false });
    expect((await call('GET', `/api/public/events/${token}`)).status).toBe(404);
  });
});
