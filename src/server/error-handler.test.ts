import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsProgrammeManager } from '../../test/accounts';
import { TEST_MAIL_LINK_KEY, type TestApp } from '../../test/test-app';
import { createTestDatabase } from '../../test/test-db';
import { buildApp } from './app';

// The app's error handler (app.ts) decides what a client learns of a failure: a stable code and
// a message meant for them, never the internals of an unexpected error, which go to the log.
const logged: { level: number; msg?: string; err?: { message: string; stack: string } }[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logged.push(JSON.parse(chunk.toString()));
    done();
  },
});

const secret = 'relation "private_table" at /srv/ctb/secret.ts:42';
let t: TestApp;
beforeAll(async () => {
  const database = await createTestDatabase();
  const app = await buildApp({ db: database.db, logger: pino({ level: 'info' }, logStream), mailLinkKey: TEST_MAIL_LINK_KEY });
  // A route that fails the way a bug does: an error the handler knows nothing of.
  app.get('/api/test/unexpected-failure', { config: { access: 'public' } }, () => {
    throw new Error(secret);
  });
  await app.ready();
  t = {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
});
afterAll(() => t.close());

describe('the error handler', () => {
  it('answers an unexpected error with 500 internal_error, leaks neither message nor stack, and logs both', async () => {
    const res = await t.app.inject({ url: '/api/test/unexpected-failure' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'internal_error', code: 'internal_error', message: 'Something went wrong on the server; it has been logged.' });
    expect(res.body).not.toContain('private_table');
    expect(res.body).not.toContain('secret.ts');
    const entry = logged.find((line) => line.err?.message === secret);
    expect(entry?.level).toBe(50); // pino's "error"
    expect(entry?.err?.stack).toContain('error-handler.test.ts');
  });

  it('answers a DomainError with its own status, code and message', async () => {
    const res = await t.app.inject({ url: '/api/regions/atlantis' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found', message: 'Region "atlantis" does not exist' });
    expect(logged.some((line) => line.level >= 50 && line.err?.message?.includes('atlantis'))).toBe(false);
  });

  it('answers a request its zod schema refuses with 400 validation_failed naming each field', async () => {
    const pm = await signInAsProgrammeManager(t);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/regions',
      headers: pm,
      payload: { id: 'Not An Id!', side: 'sideways', level: 'province', country: 'CN', name: { original: 'en', en: 'X' } },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: string; message: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe('validation_failed');
    expect(body.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['id', 'side']));
    expect(body.message).toMatch(/^Invalid body: .*side/);
  });
});
