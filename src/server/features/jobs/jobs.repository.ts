import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { jobs } from '../../db/schema';

export type JobRow = typeof jobs.$inferSelect;

/** Where a stale job (its worker died) is picked up again: no heartbeat for this long. */
const STALE_AFTER = sql`interval '5 minutes'`;

/** Enqueues a job unless the same one is already waiting. */
export async function enqueue(db: DbOrTx, kind: string, target = ''): Promise<void> {
  await db.execute(sql`insert into jobs (kind, target) values (${kind}, ${target})
    on conflict (kind, target) where state = 'pending' do nothing`);
}

/** Enqueues a job unless one of the same kind and target exists in any state. */
export async function enqueueOnce(db: DbOrTx, kind: string, target: string): Promise<void> {
  await db.execute(sql`insert into jobs (kind, target) select ${kind}, ${target}
    where not exists (select 1 from jobs where kind = ${kind} and target = ${target})
    on conflict (kind, target) where state = 'pending' do nothing`);
}

/** Jobs whose worker stopped sending heartbeats go back to the queue (or fail when one already waits). */
export async function requeueStale(db: DbOrTx): Promise<void> {
  await db.execute(sql`update jobs set state = 'pending', phase = null
    where state = 'running' and heartbeat_at < now() - ${STALE_AFTER} and attempts < 3
      and not exists (select 1 from jobs p where p.state = 'pending' and p.kind = jobs.kind and p.target = jobs.target)`);
  await db.execute(sql`update jobs set state = 'failed', finished_at = now(), error = coalesce(error, 'worker stopped responding')
    where state = 'running' and heartbeat_at < now() - ${STALE_AFTER}`);
}

const claimed = (rows: unknown): JobRow[] =>
  ((rows as { rows?: unknown[] }).rows ?? (rows as unknown[])).map((r) => {
    const o = r as Record<string, unknown>;
    return {
      id: Number(o.id),
      kind: String(o.kind),
      target: String(o.target),
      state: o.state as JobRow['state'],
      total: Number(o.total),
      done: Number(o.done),
      phase: (o.phase as string | null) ?? null,
      error: (o.error as string | null) ?? null,
      attempts: Number(o.attempts),
      createdAt: String(o.created_at),
      startedAt: o.started_at == null ? null : String(o.started_at),
      heartbeatAt: o.heartbeat_at == null ? null : String(o.heartbeat_at),
      finishedAt: o.finished_at == null ? null : String(o.finished_at),
    };
  });

const claim = (condition: ReturnType<typeof sql>, limit: number) =>
  sql`update jobs set state = 'running', started_at = now(), heartbeat_at = now(), attempts = attempts + 1
    where id in (select id from jobs where state = 'pending' and ${condition} order by id for update skip locked limit ${limit})
    returning *`;

/** Claims the oldest waiting job; several workers (instances) never claim the same one (FOR UPDATE SKIP LOCKED). */
export async function claimOne(db: DbOrTx): Promise<JobRow | undefined> {
  return claimed(await db.execute(claim(sql`true`, 1)))[0];
}

/** Claims up to `limit` more waiting jobs whose kind starts with `kindPrefix` (a family done in one batch). */
export async function claimMore(db: DbOrTx, kindPrefix: string, limit: number): Promise<JobRow[]> {
  return claimed(await db.execute(claim(sql`kind like ${`${kindPrefix}%`}`, limit)));
}

export async function setProgress(db: DbOrTx, ids: number[], p: { phase?: string; total?: number; done?: number }) {
  await db
    .update(jobs)
    .set({ ...p, heartbeatAt: sql`now()` as unknown as string })
    .where(inArray(jobs.id, ids));
}

/** Hands claimed jobs back to the queue (a worker stopping); a duplicate already waiting absorbs them. */
export async function release(db: DbOrTx, ids: number[]) {
  await db.execute(sql`update jobs set state = 'pending', phase = null, started_at = null
    where id in ${ids} and not exists (select 1 from jobs p where p.state = 'pending' and p.kind = jobs.kind and p.target = jobs.target)`);
  await db.execute(sql`update jobs set state = 'done', finished_at = now(), error = 'superseded'
    where id in ${ids} and state = 'running'`);
}

export async function finish(db: DbOrTx, ids: number[], error?: string) {
  await db
    .update(jobs)
    .set({ state: error ? 'failed' : 'done', error: error ?? null, finishedAt: sql`now()` as unknown as string })
    .where(inArray(jobs.id, ids));
}

export async function countWaiting(db: DbOrTx, kindPrefix = ''): Promise<{ pending: number; running: number }> {
  const [row] = await db
    .select({
      pending: sql<number>`count(*) filter (where state = 'pending')::int`,
      running: sql<number>`count(*) filter (where state = 'running')::int`,
    })
    .from(jobs)
    .where(and(inArray(jobs.state, ['pending', 'running']), sql`kind like ${`${kindPrefix}%`}`));
  return { pending: row?.pending ?? 0, running: row?.running ?? 0 };
}

export function listByState(db: DbOrTx, state: JobRow['state'], kindPrefix: string, limit: number) {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.state, state), sql`kind like ${`${kindPrefix}%`}`))
    .orderBy(desc(jobs.id))
    .limit(limit);
}

export function listFinished(db: DbOrTx, kindPrefix: string, limit: number) {
  return db
    .select()
    .from(jobs)
    .where(and(inArray(jobs.state, ['done', 'failed']), sql`kind like ${`${kindPrefix}%`}`))
    .orderBy(desc(jobs.finishedAt), desc(jobs.id))
    .limit(limit);
}

export async function findJobs(db: DbOrTx, kind: string, target: string) {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.target, target)))
    .orderBy(desc(jobs.id));
}
