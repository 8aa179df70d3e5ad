import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import * as repo from './jobs.repository';
import { enqueueJob, type Job, type JobHandlers, queueStatus, runOnce, startJobWorker } from './jobs.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.execute(sql`delete from jobs`); // the seeded template's matching jobs
});
afterAll(() => t.close());

const stateOf = async (kind: string) =>
  (await t.database.db.execute(sql`select state, error from jobs where kind = ${kind} order by id`)) as unknown as
    { rows: { state: string; error: string | null }[] } | { state: string; error: string | null }[];
const rows = (r: Awaited<ReturnType<typeof stateOf>>) => ('rows' in r ? r.rows : r);

describe('the job queue', () => {
  it('keeps one waiting job per kind and target', async () => {
    await enqueueJob(t.database.db, 'test-dedupe', 'a');
    await enqueueJob(t.database.db, 'test-dedupe', 'a');
    await enqueueJob(t.database.db, 'test-dedupe', 'b');
    expect((await repo.countWaiting(t.database.db, 'test-dedupe')).pending).toBe(2);
    await runOnce(t.database.db, { test: async () => {} });
    await runOnce(t.database.db, { test: async () => {} });
    expect(rows(await stateOf('test-dedupe')).map((r) => r.state)).toEqual(['done', 'done']);
  });

  it('never gives one job to two workers claiming at once (FOR UPDATE SKIP LOCKED)', async () => {
    for (let i = 0; i < 6; i++) await enqueueJob(t.database.db, 'test-claim', String(i));
    const claims = (await Promise.all(Array.from({ length: 6 }, () => repo.claimOne(t.database.db)))).filter((j) => j !== undefined);
    const ids = claims.map((j) => j.target);
    expect(ids.sort()).toEqual(['0', '1', '2', '3', '4', '5']);
    await repo.finish(
      t.database.db,
      claims.map((j) => j.id),
    );
  });

  it('claims the waiting jobs of a batched family together, and marks a failing batch failed with its error', async () => {
    await enqueueJob(t.database.db, 'match-opportunity', 'x');
    await enqueueJob(t.database.db, 'match-opportunity', 'y');
    await enqueueJob(t.database.db, 'match-organisation', 'z');
    await enqueueJob(t.database.db, 'match-organisation', 'left for the next batch');
    let seen: Job[] = [];
    const handlers: JobHandlers = {
      match: {
        batchLimit: 3,
        run: async (_db, jobs, progress) => {
          seen = jobs;
          await progress({ phase: 'testing', total: 2, done: 1 });
          throw new Error('engine exploded');
        },
      },
    };
    await runOnce(t.database.db, handlers);
    expect(seen.map((j) => j.target).sort()).toEqual(['x', 'y', 'z']);
    await runOnce(t.database.db, handlers);
    expect(seen.map((j) => j.target)).toEqual(['left for the next batch']);
    const status = await queueStatus(t.database.db, 'match-');
    expect(status.recent.slice(0, 2)).toMatchObject([
      { state: 'failed', error: 'engine exploded', phase: 'testing', total: 2, done: 1 },
      { state: 'failed', error: 'engine exploded' },
    ]);
  });

  it('queues a job again when its worker stopped sending heartbeats', async () => {
    await enqueueJob(t.database.db, 'test-stale', 'z');
    const job = await repo.claimOne(t.database.db);
    await t.database.db.execute(sql`update jobs set heartbeat_at = now() - interval '10 minutes' where id = ${job!.id}`);
    await repo.requeueStale(t.database.db);
    expect(rows(await stateOf('test-stale')).map((r) => r.state)).toEqual(['pending']);
    await runOnce(t.database.db, { test: async () => {} });
    expect(rows(await stateOf('test-stale')).map((r) => r.state)).toEqual(['done']);
  });

  it('hands its jobs back to the queue when the worker stops mid-job', async () => {
    await enqueueJob(t.database.db, 'test-stop', 'w');
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const worker = startJobWorker(
      t.database.db,
      {
        test: async (_db, _jobs, progress) => {
          started();
          void worker.stop(); // the server closes while the job runs
          await progress({ done: 1 }); // the next progress report ends the job
        },
      },
      { pollMs: 10 },
    );
    await running;
    await worker.stop();
    expect(rows(await stateOf('test-stop')).map((r) => r.state)).toEqual(['pending']);
  });
});
