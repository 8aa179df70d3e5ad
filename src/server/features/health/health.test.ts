import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { enqueueJob } from '../jobs/jobs.service';

describe('liveness and readiness', () => {
  let withWorker: TestApp;
  let withoutWorker: TestApp;
  beforeAll(async () => {
    // A poll interval far beyond the test: the worker runs but never takes the test's jobs.
    withWorker = await createTestApp({ jobs: { pollMs: 3_600_000 } });
    withoutWorker = await createTestApp();
  });
  afterAll(async () => {
    await withWorker.close();
    await withoutWorker.close();
  });

  it('is alive and ready with a migrated database and a running job worker', async () => {
    expect((await withWorker.app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok' });
    const ready = await withWorker.app.inject({ url: '/api/ready' });
    expect(ready.json()).toEqual({ ready: true, checks: { database: 'ok', migrations: 'ok', jobWorker: 'ok' } });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ ready: true, checks: { database: 'ok', migrations: 'ok', jobWorker: 'ok' } });
  });

  it('is not ready without a job worker, naming the failing check', async () => {
    const ready = await withoutWorker.app.inject({ url: '/api/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks).toEqual({ database: 'ok', migrations: 'ok', jobWorker: 'failing' });
  });

  it('is not ready when the database lacks a migration of this code (another instance still migrating)', async () => {
    const { db } = withoutWorker.database;
    const newest = sql`(select max(created_at) from drizzle.__drizzle_migrations)`;
    const [{ id } = { id: 0 }] =
      ((await db.execute(sql`select id from drizzle.__drizzle_migrations where created_at = ${newest}`)) as unknown as { rows: { id: number }[] }).rows ?? [];
    await db.execute(sql`update drizzle.__drizzle_migrations set created_at = created_at - 1 where id = ${id}`);
    try {
      expect((await withoutWorker.app.inject({ url: '/api/ready' })).json().checks.migrations).toBe('failing');
    } finally {
      await db.execute(sql`update drizzle.__drizzle_migrations set created_at = created_at + 1 where id = ${id}`);
    }
  });

  it('is still alive but not ready when the database is gone', async () => {
    const t = await createTestApp({ jobs: { pollMs: 3_600_000 } });
    await t.database.close();
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    const ready = await t.app.inject({ url: '/api/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks).toMatchObject({ database: 'failing', migrations: 'failing' });
    await t.app.close();
  });

  describe('/metrics', () => {
    const token = 'metrics-token-0123456789';
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ metricsToken: token });
    });
    afterAll(() => t.close());
    const remote = '203.0.113.7';

    it('answers Prometheus text to a loopback client: requests by route, job queue, outbox, event-loop lag', async () => {
      await t.app.inject({ url: '/api/regions/hebei' });
      await enqueueJob(t.database.db, 'match-opportunity', 'metrics-test');
      const res = await t.app.inject({ url: '/metrics' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = res.body;
      expect(text).toMatch(/^ctb_http_request_duration_seconds_count\{method="GET",route="\/api\/regions\/:id",status_code="200"\} 1$/m);
      expect(text).toMatch(/^ctb_jobs_waiting\{family="match"\} [1-9]\d*$/m);
      expect(text).toMatch(/^ctb_jobs_oldest_waiting_seconds\{family="match"\} [\d.e+-]+$/m);
      expect(text).toMatch(/^ctb_jobs_waiting\{family="import"\} 0$/m);
      expect(text).toMatch(/^ctb_outbox_waiting \d+$/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds [\d.e+-]+$/m);
      expect(text).not.toMatch(/route="\/api\/regions\/hebei"/);
    });

    it('refuses other addresses unless they bring the token', async () => {
      const bare = await t.app.inject({ url: '/metrics', remoteAddress: remote });
      expect(bare.statusCode).toBe(403);
      const wrong = await t.app.inject({ url: '/metrics', remoteAddress: remote, headers: { authorization: 'Bearer metrics-token-wrong-guess' } });
      expect(wrong.statusCode).toBe(403);
      const right = await t.app.inject({ url: '/metrics', remoteAddress: remote, headers: { authorization: `Bearer ${token}` } });
      expect(right.statusCode).toBe(200);
      expect(right.body).toContain('ctb_outbox_waiting');
    });

    it('behind a trusted proxy judges the client, not the proxy on loopback', async () => {
      const proxied = await createTestApp({ trustProxy: ['loopback'] });
      try {
        const viaProxy = await proxied.app.inject({ url: '/metrics', headers: { 'x-forwarded-for': remote } });
        expect(viaProxy.statusCode).toBe(403);
        expect((await proxied.app.inject({ url: '/metrics' })).statusCode).toBe(200);
      } finally {
        await proxied.close();
      }
    });
  });
});
