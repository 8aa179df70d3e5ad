import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, accountsContext, createAccount, signIn } from '../../../../test/accounts';
import { receivedLink } from '../../../../test/mailbox';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { outbox } from '../../db/schema';
import { takeBackup } from '../transfer/backup.service';
import { requestPasswordReset } from './accounts.service';

let t: TestApp;
let admin: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  await createAccount(t, { email: 'root@example.org', role: 'admin' });
  admin = await signIn(t, 'root@example.org');
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}, payload?: object) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });

async function apiTokenOf(session: Record<string, string>) {
  const res = await inject('POST', '/api/auth/tokens', session, { name: 'script', scope: 'read-write' });
  expect(res.statusCode).toBe(201);
  return { authorization: `Bearer ${res.json().token as string}` };
}
const works = async (headers: Record<string, string>) => (await inject('GET', '/api/auth/me', headers)).statusCode === 200;

describe('what a new password or "sign out everywhere" revokes', () => {
  it('revokes the API tokens on a password reset', async () => {
    await createAccount(t, { email: 'reset.tokens@example.org', role: 'programme-manager' });
    const token = await apiTokenOf(await signIn(t, 'reset.tokens@example.org'));
    expect(await works(token)).toBe(true);
    await inject('POST', '/api/auth/password-reset/request', {}, { email: 'reset.tokens@example.org' });
    const link = await receivedLink(t.database.db, 'reset.tokens@example.org');
    const reset = await inject('POST', '/api/auth/password-reset', {}, { token: link.searchParams.get('token'), password: 'a fresh password here' });
    expect(reset.statusCode).toBe(204);
    expect(await works(token)).toBe(false);
  });

  it('revokes the API tokens on a password change and on "sign out everywhere"', async () => {
    await createAccount(t, { email: 'change.tokens@example.org', role: 'programme-manager' });
    const session = await signIn(t, 'change.tokens@example.org');
    const token = await apiTokenOf(session);
    const changed = await inject('POST', '/api/auth/password', session, { currentPassword: TEST_PASSWORD, newPassword: 'another long password' });
    expect(changed.statusCode).toBe(204);
    expect(await works(token)).toBe(false);
    expect(await works(session)).toBe(true);

    const second = await apiTokenOf(session);
    expect(await works(second)).toBe(true);
    expect((await inject('POST', '/api/auth/logout-all', session)).statusCode).toBe(204);
    expect(await works(second)).toBe(false);
  });
});

describe('the outbox keeps no usable link', () => {
  it('shows admins the mail with the secret redacted; no link from it, the table or a backup resets a password', async () => {
    await createAccount(t, { email: 'other.admin@example.org', role: 'admin' });
    await inject('POST', '/api/auth/password-reset/request', {}, { email: 'other.admin@example.org' });
    const real = (await receivedLink(t.database.db, 'other.admin@example.org')).searchParams.get('token')!;

    const listed = (await inject('GET', '/api/outbox?to=other.admin', admin)).json().items as { text: string }[];
    expect(listed[0]!.text).toContain('/reset-password?token=[redacted]');
    const candidates = listed.flatMap((m) => [...m.text.matchAll(/token=(\S+)/g)].map((x) => x[1]!));
    expect(candidates.length).toBeGreaterThan(0);
    for (const token of candidates) {
      const attempt = await inject('POST', '/api/auth/password-reset', {}, { token, password: 'taken over by an admin' });
      expect(attempt.statusCode).toBe(400);
    }
    // Neither the stored rows nor a backup hold the secret.
    expect(JSON.stringify(await t.database.db.select().from(outbox))).not.toContain(real);
    const backup = await takeBackup(t.database.db, 'test');
    expect([...backup.data.values()].join('\n')).not.toContain(real);
    expect((await inject('POST', '/api/auth/login', {}, { email: 'other.admin@example.org', password: 'taken over by an admin' })).statusCode).toBe(401);
  });

  it('names the link and its client in the audit trail, not the account’s owner', async () => {
    await createAccount(t, { email: 'audited@example.org', role: 'programme-manager' });
    await inject('POST', '/api/auth/password-reset/request', {}, { email: 'audited@example.org' });
    const token = (await receivedLink(t.database.db, 'audited@example.org')).searchParams.get('token');
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token, password: 'a fresh password here' }, remoteAddress: '192.0.2.44' });
    const me = await signIn(t, 'audited@example.org', 'a fresh password here');
    const id = (await inject('GET', '/api/auth/me', me)).json().user.id;
    const history = (await inject('GET', `/api/audit/user/${id}`, admin)).json().items as { action: string; actor: string }[];
    expect(history.find((h) => h.action === 'reset-password')?.actor).toBe('system:password-reset link from 192.0.2.44');
  });
});

describe('invitations', () => {
  it('dies once its account is active: a stale link cannot set a password on an account in use', async () => {
    const invited = await inject('POST', '/api/users', admin, { email: 'stale@example.org', displayName: 'Stale', role: 'programme-manager' });
    expect(invited.statusCode).toBe(201);
    const invitation = (await receivedLink(t.database.db, 'stale@example.org')).searchParams.get('token');
    // The owner activates the account through a reset link instead, and signs in.
    await inject('POST', '/api/auth/password-reset/request', {}, { email: 'stale@example.org' });
    const reset = (await receivedLink(t.database.db, 'stale@example.org', { atLeast: 2 })).searchParams.get('token');
    expect((await inject('POST', '/api/auth/password-reset', {}, { token: reset, password: 'the owner’s password' })).statusCode).toBe(204);
    const owner = await signIn(t, 'stale@example.org', 'the owner’s password');

    const takeover = await inject('POST', '/api/auth/invitations/accept', {}, { token: invitation, password: 'an intruder’s password' });
    expect(takeover.statusCode).toBe(400);
    expect(takeover.json().issues[0].path).toBe('token');
    expect(await works(owner)).toBe(true);
    expect((await inject('POST', '/api/auth/login', {}, { email: 'stale@example.org', password: 'an intruder’s password' })).statusCode).toBe(401);
  });
});

describe('reset requests', () => {
  it('do the same for an unknown address as for an account: hand the address to the background, nothing else', async () => {
    await createAccount(t, { email: 'known@example.org', role: 'programme-manager' });
    const tasks: (() => Promise<void>)[] = [];
    const ctx = { ...accountsContext(t), runInBackground: (task: () => Promise<void>) => void tasks.push(task) };
    const before = (await t.database.db.select().from(outbox)).length;
    expect(requestPasswordReset(ctx, 'known@example.org')).toBeUndefined();
    expect(requestPasswordReset(ctx, 'nobody-at-all@example.org')).toBeUndefined();
    // The requests themselves did no database work at all, for either address.
    expect(tasks.length).toBe(2);
    expect((await t.database.db.select().from(outbox)).length).toBe(before);
    for (const task of tasks) await task();
    const after = await t.database.db.select().from(outbox);
    expect(after.length).toBe(before + 1);
    expect(after.some((m) => m.to === 'known@example.org')).toBe(true);
  });
});
