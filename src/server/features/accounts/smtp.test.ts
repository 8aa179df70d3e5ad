import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { type AuthHeaders, createAccount, signIn } from '../../../../test/accounts';
import { createTestApp, TEST_MAIL_LINK_KEY, type TestApp } from '../../../../test/test-app';
import { outbox } from '../../db/schema';
import { enqueueMail, mailJobHandler } from './mail';
import { smtpTransport } from './smtp';

/** A message as a mail client reads it (headers decoded, the body's transfer encoding undone). */
type Received = { to: string[]; from: string; subject: string; text: string };

/** A real SMTP server in this process, collecting what it receives (plain SMTP, no auth). */
async function startSmtpServer(port = 0): Promise<{ port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: mail.from?.text ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
            });
            done();
          },
          (error: Error) => done(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nobody listens on (yet). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** An app whose job worker polls every 50 ms and whose ticks (which queue retries) come every `tickMs`. */
async function appWithSmtp(port: number, options: { tickMs: number; now?: () => Date }): Promise<{ t: TestApp; admin: AuthHeaders }> {
  const t = await createTestApp({
    mail: { transport: smtpTransport(`smtp://127.0.0.1:${port}`), from: 'Cleantech Bridge <bridge@example.org>' },
    jobs: { pollMs: 50, dailyTickMs: options.tickMs },
    now: options.now,
  });
  await t.app.ready(); // starts the job worker
  cleanups.push(() => t.close());
  await createAccount(t, { email: 'mail.admin@example.org', role: 'admin' });
  return { t, admin: await signIn(t, 'mail.admin@example.org') };
}

async function invite(t: TestApp, admin: AuthHeaders, email: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { email, displayName: 'Invitee', role: 'programme-manager' } });
  expect(res.statusCode).toBe(201);
}

const outboxRow = async (t: TestApp, to: string) => (await t.database.db.select().from(outbox).where(eq(outbox.to, to)))[0];

describe('e-mail through SMTP (SMTP_URL)', () => {
  it('delivers an invitation created through the API, with its accept link, and marks it sent', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.close);
    // Ticks far beyond the test: delivery follows the job queued with the message.
    const { t, admin } = await appWithSmtp(smtp.port, { tickMs: 60_000 });
    await invite(t, admin, 'smtp.invitee@example.org');
    const message = await waitFor('the invitation', () => smtp.received.find((m) => m.to.includes('smtp.invitee@example.org')));
    expect(message.from).toBe('"Cleantech Bridge" <bridge@example.org>');
    expect(message.subject).toBe('You are invited to Cleantech Bridge');
    const link = /http:\/\/localhost:3000\/accept-invitation\?token=[\w-]+/.exec(message.text)?.[0];
    expect(link).toBeDefined();
    const row = await waitFor('sent_at', async () =>
      (await outboxRow(t, 'smtp.invitee@example.org'))?.sentAt ? outboxRow(t, 'smtp.invitee@example.org') : undefined,
    );
    // Sent: the sealed secret is gone; the stored text never held it.
    expect(row).toMatchObject({ attempts: 1, lastError: null, sealedSecret: null });
    expect(row?.text).toContain('accept-invitation?token=[redacted]');
    // The link in the e-mail is the one that works.
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token: new URL(link!).searchParams.get('token'), password: 'a good long password' },
    });
    expect(accepted.statusCode).toBe(200);
  });

  it('keeps a message in the outbox while SMTP is down and delivers it when it is up again (after the backoff)', async () => {
    const port = await freePort();
    let offset = 0; // the app's clock runs ahead of the real one by this much
    const { t, admin } = await appWithSmtp(port, { tickMs: 100, now: () => new Date(Date.now() + offset) });
    const invitedAt = Date.now();
    await invite(t, admin, 'patient@example.org');
    const failed = await waitFor('a failed attempt', async () => {
      const row = await outboxRow(t, 'patient@example.org');
      return row?.lastError ? row : undefined;
    });
    expect(failed.sentAt).toBeNull();
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.nextAttemptAt.getTime() - invitedAt).toBeGreaterThanOrEqual(30_000);
    expect(failed.nextAttemptAt.getTime() - invitedAt).toBeLessThan(40_000);

    const smtp = await startSmtpServer(port);
    cleanups.push(smtp.close);
    // The server is up, but the retry is not due yet: several ticks pass without an attempt.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(smtp.received).toHaveLength(0);
    expect((await outboxRow(t, 'patient@example.org'))?.attempts).toBe(1);

    offset = 31_000;
    const message = await waitFor('the retried invitation', () => smtp.received.find((m) => m.to.includes('patient@example.org')));
    expect(message.text).toMatch(/accept-invitation\?token=/);
    const row = await waitFor('sent_at', async () => {
      const r = await outboxRow(t, 'patient@example.org');
      return r?.sentAt ? r : undefined;
    });
    expect(row).toMatchObject({ attempts: 2, lastError: null });
  });

  it('sends each message once when several instances deliver the same outbox at once', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.close);
    const t = await createTestApp();
    cleanups.push(() => t.close());
    const addresses = Array.from({ length: 30 }, (_, i) => `crowd-${i}@example.org`);
    await t.database.db.transaction(async (tx) => {
      for (const to of addresses) await enqueueMail(tx, { to, subject: 'Hello', text: 'One of many.' });
    });
    // Three instances' delivery jobs (one queued with the mail, others by their ticks) run at
    // once with small batches and race for the same rows.
    const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`);
    const delivery = mailJobHandler({ transport, options: { from: 'bridge@example.org', linkKey: TEST_MAIL_LINK_KEY, batchSize: 4 } });
    await Promise.all([1, 2, 3].map(() => delivery(t.database.db, [], async () => {})));
    transport.close?.();
    expect(smtp.received.flatMap((m) => m.to).sort()).toEqual([...addresses].sort());
    const rows = await t.database.db.select().from(outbox);
    expect(rows.filter((r) => addresses.includes(r.to)).every((r) => r.sentAt !== null && r.attempts === 1)).toBe(true);
  });
});
