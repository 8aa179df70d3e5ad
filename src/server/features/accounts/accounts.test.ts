import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createAccount, signIn } from '../../../../test/accounts';
import { buildRegion } from '../../../../test/factories';
import { receivedLink, receivedMail } from '../../../../test/mailbox';
import { createTestApp, type TestApp } from '../../../../test/test-app';

let t: TestApp;
let clock = Date.now();
const LOCKOUT_MS = 2_000;
beforeAll(async () => {
  t = await createTestApp({
    // The per-account backoff has its own tests (login-throttle.test.ts); here it stays out of the way.
    auth: { loginLockoutMs: LOCKOUT_MS, loginBackoffAfter: 1000, sessionIdleMs: 60 * 60_000, sessionMaxMs: 24 * 60 * 60_000 },
    now: () => new Date(clock),
  });
  await createAccount(t, { email: 'admin@example.org', role: 'admin' });
});
afterAll(() => t.close());

const login = (email: string, password: string, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

describe('sign-in and sessions', () => {
  it('signs in with an HttpOnly, SameSite=Lax session cookie whose token is not stored', async () => {
    await createAccount(t, { email: 'Mixed.Case@Example.org', role: 'programme-manager' });
    const res = await login('mixed.case@EXAMPLE.org', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'ctb_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(res.json().user).toMatchObject({ email: 'mixed.case@example.org', role: 'programme-manager' });
    expect(JSON.stringify(res.json())).not.toContain('passwordHash');
    const stored = await t.database.db.execute(`select id from sessions`);
    expect(JSON.stringify(stored)).not.toContain(cookie.value);

    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: `ctb_session=${cookie.value}` } });
    expect(me.json().user.email).toBe('mixed.case@example.org');
  });

  it('marks the cookie Secure behind an https proxy', async () => {
    const proxied = await createTestApp({ trustProxy: ['loopback'] });
    try {
      await createAccount(proxied, { email: 'pm-behind@example.org', role: 'programme-manager' });
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'pm-behind@example.org', password: TEST_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'ctb_session')!.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('refuses a wrong password with 401 and a message that does not tell which part was wrong', async () => {
    const res = await login('admin@example.org', 'not the password');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'wrong_credentials', message: 'Wrong e-mail address or password' });
    expect((await login('nobody@example.org', 'whatever')).json().message).toBe('Wrong e-mail address or password');
  });

  it('blocks an account from one address after 20 wrong passwords in a row, until the window passes', async () => {
    await createAccount(t, { email: 'target@example.org', role: 'programme-manager' });
    for (let i = 1; i < 20; i++) expect((await login('target@example.org', `wrong ${i}`)).statusCode).toBe(401);
    const twentieth = await login('target@example.org', 'wrong 20');
    expect(twentieth.statusCode).toBe(429);
    expect(twentieth.json()).toMatchObject({ error: 'sign_in_locked', params: { minutes: expect.any(Number) } });
    expect(twentieth.json().message).toMatch(/Too many wrong passwords for this account from your address\. Sign-in is blocked for \d+ seconds/);
    expect(Number(twentieth.headers['retry-after'])).toBeGreaterThan(0);
    // The right password does not help during the window…
    expect((await login('target@example.org', TEST_PASSWORD)).statusCode).toBe(429);
    // …another address is not blocked…
    expect((await login('target@example.org', TEST_PASSWORD, '10.0.0.2')).statusCode).toBe(200);
    // …and once the window has passed, the right password works again.
    clock += LOCKOUT_MS + 1;
    expect((await login('target@example.org', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('ends a session after the idle time and after the absolute lifetime', async () => {
    await createAccount(t, { email: 'sleepy@example.org', role: 'programme-manager' });
    const headers = await signIn(t, 'sleepy@example.org');
    clock += 30 * 60_000;
    expect((await t.app.inject({ url: '/api/auth/me', headers })).statusCode).toBe(200);
    clock += 61 * 60_000; // more than an hour since the last request
    expect((await t.app.inject({ url: '/api/auth/me', headers })).statusCode).toBe(401);

    const busy = await signIn(t, 'sleepy@example.org');
    for (let hours = 0; hours < 24; hours += 0.5) {
      clock += 30 * 60_000;
      const res = await t.app.inject({ url: '/api/auth/me', headers: busy });
      if (hours + 0.5 < 24) expect(res.statusCode, `after ${hours + 0.5} h`).toBe(200);
      else expect(res.statusCode).toBe(401);
    }
  });

  it('signs out of one browser, or of all of them', async () => {
    await createAccount(t, { email: 'two-browsers@example.org', role: 'programme-manager' });
    const first = await signIn(t, 'two-browsers@example.org');
    const second = await signIn(t, 'two-browsers@example.org');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: first });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'ctb_session')?.value).toBe('');
    expect((await t.app.inject({ url: '/api/auth/me', headers: first })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/me', headers: second })).statusCode).toBe(200);

    const third = await signIn(t, 'two-browsers@example.org');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: third })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers: second })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/me', headers: third })).statusCode).toBe(401);
  });

  it('changes the password: the current one is required, other sessions end', async () => {
    await createAccount(t, { email: 'changer@example.org', role: 'programme-manager' });
    const here = await signIn(t, 'changer@example.org');
    const elsewhere = await signIn(t, 'changer@example.org');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: here,
      payload: { currentPassword: 'guess', newPassword: 'a new long password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().issues[0].path).toBe('currentPassword');
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: here,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: here,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a new long password' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers: here })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/me', headers: elsewhere })).statusCode).toBe(401);
    expect((await login('changer@example.org', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('changer@example.org', 'a new long password')).statusCode).toBe(200);
  });
});

describe('invitations and password resets', () => {
  it('invites a user by e-mail (outbox); the single-use link sets the password and signs in', async () => {
    const admin = await signIn(t, 'admin@example.org');
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { email: 'New.Person@example.org', displayName: 'New Person', role: 'programme-manager', language: 'nl' },
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ email: 'new.person@example.org', active: false, disabled: false });
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { email: 'NEW.PERSON@example.org', displayName: 'Again', role: 'programme-manager' },
    });
    expect(dup.statusCode).toBe(409);

    const link = await receivedLink(t.database.db, 'new.person@example.org');
    expect(link.pathname).toBe('/accept-invitation');
    const token = link.searchParams.get('token')!;
    const stored = JSON.stringify(await t.database.db.execute('select token_hash from one_time_tokens'));
    expect(stored).not.toContain(token);

    const accepted = await t.app.inject({ method: 'POST', url: '/api/auth/invitations/accept', payload: { token, password: 'my chosen password' } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ email: 'new.person@example.org', active: true });
    expect(accepted.cookies.find((c) => c.name === 'ctb_session')?.value).toBeTruthy();
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/invitations/accept', payload: { token, password: 'another password!' } });
    expect(again.statusCode).toBe(400);
    expect(again.json().issues[0].message).toContain('already used or expired');
    expect((await login('new.person@example.org', 'my chosen password')).statusCode).toBe(200);
  });

  it('requires an organisation for members and a region for partner officials', async () => {
    const admin = await signIn(t, 'admin@example.org');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { email: 'x@example.org', displayName: 'X', role: 'partner-official', regionId: 'atlantis' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toMatchObject([{ path: 'regionId', message: 'region "atlantis" does not exist' }]);
    const member = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { email: 'y@example.org', displayName: 'Y', role: 'member' },
    });
    expect(member.json().issues).toMatchObject([{ path: 'organisationId', message: 'a member belongs to an organisation' }]);
  });

  it('resets a forgotten password with an expiring single-use link; sessions end', async () => {
    await createAccount(t, { email: 'forgetful@example.org', role: 'programme-manager' });
    const session = await signIn(t, 'forgetful@example.org');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: 'nobody@example.org' } });
    expect(unknown.statusCode).toBe(202);
    const asked = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: 'Forgetful@example.org' } });
    expect(asked.statusCode).toBe(202);
    const token = (await receivedLink(t.database.db, 'forgetful@example.org')).searchParams.get('token')!;

    const reset = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token, password: 'remembered at last' } });
    expect(reset.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers: session })).statusCode).toBe(401);
    expect((await login('forgetful@example.org', 'remembered at last')).statusCode).toBe(200);
    const reused = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token, password: 'once more please' } });
    expect(reused.statusCode).toBe(400);

    // A link older than an hour no longer works.
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: 'forgetful@example.org' } });
    const late = (await receivedLink(t.database.db, 'forgetful@example.org', { atLeast: 2 })).searchParams.get('token')!;
    clock += 61 * 60_000;
    const expired = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token: late, password: 'too late for this' } });
    expect(expired.statusCode).toBe(400);
  });
});

describe('user management', () => {
  it('lets an admin change a role and disable an account, which signs it out everywhere', async () => {
    const admin = await signIn(t, 'admin@example.org');
    const user = await createAccount(t, { email: 'leaver@example.org', role: 'programme-manager' });
    const session = await signIn(t, 'leaver@example.org');
    const token = (await t.app.inject({ method: 'POST', url: '/api/auth/tokens', headers: session, payload: { name: 'script', scope: 'read' } })).json().token;
    expect((await t.app.inject({ url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);

    const region = await buildRegion(t);
    const demoted = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin,
      payload: { role: 'partner-official', regionId: region.id },
    });
    expect(demoted.json()).toMatchObject({ role: 'partner-official', regionId: region.id });
    const newRegion = { id: 'demo-x', side: 'partner', level: 'province', country: 'CN', name: { original: 'en', en: 'X' } };
    expect((await t.app.inject({ method: 'POST', url: '/api/regions', headers: session, payload: newRegion })).statusCode).toBe(403);

    const disabled = await t.app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: admin, payload: { disabled: true } });
    expect(disabled.json().disabled).toBe(true);
    expect((await t.app.inject({ url: '/api/auth/me', headers: session })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    expect((await login('leaver@example.org', TEST_PASSWORD)).statusCode).toBe(401);

    const self = (await t.app.inject({ url: '/api/auth/me', headers: admin })).json().user.id;
    const selfDisable = await t.app.inject({ method: 'PATCH', url: `/api/users/${self}`, headers: admin, payload: { disabled: true } });
    expect(selfDisable.statusCode).toBe(403);
  });

  it('lists users with filters', async () => {
    const admin = await signIn(t, 'admin@example.org');
    const res = await t.app.inject({ url: '/api/users?role=admin', headers: admin });
    expect(res.json().items.map((u: { email: string }) => u.email)).toEqual(['admin@example.org']);
  });
});

describe('personal API tokens', () => {
  it('read tokens read, read-write tokens write without CSRF, revoked and expired tokens stop working', async () => {
    await createAccount(t, { email: 'robot-owner@example.org', role: 'programme-manager' });
    const session = await signIn(t, 'robot-owner@example.org');
    const create = (scope: string, expiresInDays = 30) =>
      t.app.inject({ method: 'POST', url: '/api/auth/tokens', headers: session, payload: { name: `${scope} token`, scope, expiresInDays } });
    const read = (await create('read')).json();
    const write = (await create('read-write', 1)).json();
    expect(read.token).toMatch(/^ctb_/);
    const listed = await t.app.inject({ url: '/api/auth/tokens', headers: session });
    expect(
      listed
        .json()
        .map((x: { name: string }) => x.name)
        .sort(),
    ).toEqual(['read token', 'read-write token']);
    expect(JSON.stringify(listed.json())).not.toContain(read.token);

    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const region = (id: string) => ({ id, side: 'partner', level: 'province', country: 'CN', name: { original: 'en', en: id } });
    const byRead = await t.app.inject({ method: 'POST', url: '/api/regions', headers: bearer(read.token), payload: region('by-read') });
    expect(byRead.statusCode).toBe(403);
    expect(byRead.json().message).toContain('only read');
    expect((await t.app.inject({ method: 'POST', url: '/api/regions', headers: bearer(write.token), payload: region('by-write') })).statusCode).toBe(201);
    // Tokens cannot manage tokens or sessions: that needs a browser session.
    expect((await t.app.inject({ url: '/api/auth/tokens', headers: bearer(write.token) })).statusCode).toBe(403);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/auth/tokens/${read.id}`, headers: session })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers: bearer(read.token) })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/me', headers: bearer('ctb_made-up') })).statusCode).toBe(401);
    clock += 25 * 60 * 60_000;
    expect((await t.app.inject({ url: '/api/regions', headers: bearer(write.token) })).statusCode).toBe(200); // public read still fine
    expect((await t.app.inject({ url: '/api/auth/me', headers: bearer(write.token) })).statusCode).toBe(401);
  });
});

describe('preferred language of e-mail', () => {
  const latestMail = (to: string) => receivedMail(t.database.db, to);

  it('writes an invitation in the language the admin chose, with the absolute accept link', async () => {
    const admin = await signIn(t, 'admin@example.org');
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { email: 'wang@example.cn', displayName: 'Wang Li', role: 'programme-manager', language: 'zh' },
    });
    expect(invited.json().language).toBe('zh');
    const mail = await latestMail('wang@example.cn');
    expect(mail.subject).toBe('邀请您加入 Cleantech Bridge');
    expect(mail.text).toContain('Wang Li，您好');
    expect(mail.text).toContain('项目经理');
    expect(mail.text).toContain('请在七天内通过以下链接设置密码：\nhttp://localhost:3000/accept-invitation?token=');
  });

  it('lets a user change their language (audited, 400 naming the field), and mail follows it', async () => {
    await createAccount(t, { email: 'provincie@example.nl', role: 'admin' });
    const self = await signIn(t, 'provincie@example.nl');
    const bad = await t.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: self, payload: { language: 'fr' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path)).toEqual(['language']);
    const changed = await t.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: self, payload: { language: 'nl' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ language: 'nl', displayName: 'provincie' });

    const history = (await t.app.inject({ url: `/api/audit/user/${changed.json().id}`, headers: self })).json().items;
    expect(history[0]).toMatchObject({ action: 'update', actor: 'provincie@example.nl', before: { language: 'en' }, after: { language: 'nl' } });
    expect(JSON.stringify(history[0])).not.toContain('passwordHash');

    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: 'provincie@example.nl' } });
    expect((await latestMail('provincie@example.nl')).subject).toBe('Cleantech Bridge: stel je wachtwoord opnieuw in');
    // An invitation without a language is written in the inviting admin's own.
    await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: self,
      payload: { email: 'gedeputeerde@example.nl', displayName: 'Gedeputeerde', role: 'programme-manager' },
    });
    const invitation = await latestMail('gedeputeerde@example.nl');
    expect(invitation.subject).toBe('Uitnodiging voor Cleantech Bridge');
    expect(invitation.text).toContain('als programmamanager');
  });
});
