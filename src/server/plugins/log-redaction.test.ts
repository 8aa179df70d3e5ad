import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { redactUrl } from './log-redaction';

const feedSecret = 'Q2FsZW5kYXJGZWVkU2VjcmV0VGhhdE11c3ROb3RMZWFr';
const linkSecret = 'invitation-secret-that-must-not-leak';

describe('request logs keep secrets out', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    t = await createTestApp({ logger: pino({ level: 'info' }, sink) });
  });
  afterAll(() => t.close());

  it('masks calendar-feed tokens and link tokens in logged URLs, and logs no cookie or authorization', async () => {
    await t.app.inject({ url: `/api/events/feeds/${feedSecret}.ics` });
    await t.app.inject({
      url: `/api/auth/session?lang=en&token=${linkSecret}`,
      headers: { cookie: 'ctb_session=cookie-secret', authorization: 'Bearer ctb_bearer-secret' },
    });
    const log = lines.join('');
    expect(log).toContain('/api/events/feeds/[redacted]');
    expect(log).toContain('/api/auth/session?lang=en&token=[redacted]');
    for (const secret of [feedSecret, linkSecret, 'cookie-secret', 'bearer-secret']) expect(log).not.toContain(secret);
  });

  it('leaves other URLs as they are', () => {
    expect(redactUrl('/api/events/e1/registrations/r1/agenda.ics')).toBe('/api/events/e1/registrations/r1/agenda.ics');
    expect(redactUrl('/reset-password?token=abc&x=1')).toBe('/reset-password?token=[redacted]&x=1');
    expect(redactUrl('/api/projects?notoken=1')).toBe('/api/projects?notoken=1');
  });
});
