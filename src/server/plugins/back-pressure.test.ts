import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withDatabaseName } from '../../../test/global-setup';
import { createTestApp } from '../../../test/test-app';
import { testDatabaseKind } from '../../../test/test-db';
import { buildApp } from '../app';
import { openDatabase } from '../db/open-database';
import { rowsOf } from '../db/rows';
import type { PressureSettings } from './back-pressure';

const off: PressureSettings = {
  maxEventLoopDelayMs: 0,
  maxEventLoopUtilization: 0,
  maxHeapUsedBytes: 0,
  maxDatabaseWaiting: 0,
  maxInFlight: 0,
  sampleIntervalMs: 10,
  retryAfterSeconds: 3,
};

describe('back-pressure', () => {
  it('answers a saturated process (here: a heap limit of one byte) with 503 overloaded and Retry-After on every API route, and still serves the pages of the web app', async () => {
    const t = await createTestApp({ pressure: { ...off, maxHeapUsedBytes: 1 } });
    try {
      // The first sample is taken after one interval.
      let res = await t.app.inject({ url: '/api/regions' });
      for (const start = Date.now(); res.statusCode !== 503 && Date.now() - start < 10_000; res = await t.app.inject({ url: '/api/regions' })) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('3');
      expect(res.json()).toMatchObject({ error: 'overloaded', message: expect.stringMatching(/busy/) });
      const health = await t.app.inject({ url: '/api/health' });
      expect([health.statusCode, health.json().error]).toEqual([503, 'overloaded']);
      // The web app's page is still served, so a visitor sees the app (which retries its calls).
      const page = await t.app.inject({ url: '/organisations' });
      expect(page.statusCode).not.toBe(503);
    } finally {
      await t.close();
    }
  });

  it('bounds the requests in flight: one more than the limit gets 503 at once, and the held one completes', async () => {
    const t = await createTestApp({ pressure: { ...off, maxInFlight: 1 } });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    try {
      // A writer holds the regions table, so a request reading it stays in flight.
      let locked!: () => void;
      const isLocked = new Promise<void>((r) => (locked = r));
      const holding = t.database.db.transaction(async (tx) => {
        await tx.execute(sql`lock table regions in access exclusive mode`);
        locked();
        await held;
      });
      await isLocked;
      // inject() sends only once then() is called.
      const inFlight = t.app.inject({ url: '/api/regions' }).then((res) => res.statusCode);
      // Once the held request has been admitted, the next one is refused.
      let refused = await t.app.inject({ url: '/api/health' });
      for (const start = Date.now(); refused.statusCode === 200 && Date.now() - start < 10_000; refused = await t.app.inject({ url: '/api/health' })) {
        await new Promise((r) => setTimeout(r, 10));
      }
      expect([refused.statusCode, refused.headers['retry-after'], refused.json().error]).toEqual([503, '3', 'overloaded']);
      release();
      await holding;
      expect(await inFlight).toBe(200);
      expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    } finally {
      release();
      await t.close();
    }
  });

  it.skipIf(testDatabaseKind !== 'postgres')('refuses requests while queries already wait for a PostgreSQL connection', async () => {
    const t = await createTestApp();
    const [row] = rowsOf<{ name: string }>(await t.database.db.execute(sql`select current_database() as name`));
    // One connection, and at most one query waiting for it.
    const database = await openDatabase({ databaseUrl: withDatabaseName(process.env.TEST_DATABASE_URL!, row!.name), pool: { max: 1 } });
    const app = await buildApp({ db: database.db, pressure: { ...off, maxDatabaseWaiting: 1 }, databaseWaiting: database.waitingForConnection });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    try {
      const holding = database.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await held;
      });
      const queued = app.inject({ url: '/api/regions' }).then((res) => res.statusCode);
      while (database.waitingForConnection!() < 1) await new Promise((r) => setTimeout(r, 5));
      const refused = await app.inject({ url: '/api/regions' });
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('3');
      expect(refused.json().error).toBe('overloaded');
      release();
      await holding;
      expect(await queued).toBe(200);
    } finally {
      release();
      await app.close();
      await database.close();
      await t.close();
    }
  });
});
