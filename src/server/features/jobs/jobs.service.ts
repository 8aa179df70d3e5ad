import type { Db, DbOrTx } from '../../db/open-database';
import * as repo from './jobs.repository';

export type Job = repo.JobRow;
export type Progress = (p: { phase?: string; total?: number; done?: number }) => Promise<void>;
/** Does the work of claimed jobs (all of one family: 'match', 'import'); throws to fail them. */
export type JobHandler = (db: Db, jobs: Job[], progress: Progress) => Promise<void>;
/**
 * A family whose waiting jobs are better done together (one matching pass serves every change
 * that queued one) says how many to claim at once; a bare handler gets one job at a time.
 */
export type BatchedJobHandler = { run: JobHandler; batchLimit: number };
/** Handlers by the family of a job kind: the part before the first '-' ('match-all' → 'match'). */
export type JobHandlers = Record<string, JobHandler | BatchedJobHandler>;

const familyOf = (kind: string) => kind.split('-')[0] ?? kind;

export const enqueueJob = (db: DbOrTx, kind: string, target = '') => repo.enqueue(db, kind, target);
/** Enqueues a job unless one of that kind and target ever existed (a day's digest: target = the day). */
export const enqueueDailyJob = (db: DbOrTx, kind: string, target: string) => repo.enqueueOnce(db, kind, target);
export const jobsOf = repo.findJobs;
export const waitingJobs = repo.countWaiting;

/** The queue as programme managers see it: waiting, running (with progress), recently finished. */
export async function queueStatus(db: Db, kindPrefix: string) {
  const [{ pending }, running, recent] = await Promise.all([
    repo.countWaiting(db, kindPrefix),
    repo.listByState(db, 'running', kindPrefix, 20),
    repo.listFinished(db, kindPrefix, 10),
  ]);
  return { pending, running, recent, idle: pending === 0 && running.length === 0 };
}

/**
 * Claims and runs one batch of jobs; false when the queue was empty. Each step is a short
 * transaction of its own (PGlite runs one at a time); the CPU work happens between them.
 */
export async function runOnce(db: Db, handlers: JobHandlers, isStopping: () => boolean = () => false): Promise<boolean> {
  await repo.requeueStale(db);
  const lead = await repo.claimOne(db);
  if (!lead) return false;
  const family = familyOf(lead.kind);
  const handler = handlers[family];
  const claimed = handler && 'batchLimit' in handler ? [lead, ...(await repo.claimMore(db, `${family}-`, handler.batchLimit - 1))] : [lead];
  const ids = claimed.map((j) => j.id);
  try {
    if (!handler) throw new Error(`no handler for jobs of kind "${lead.kind}"`);
    const run = 'run' in handler ? handler.run : handler;
    await run(db, claimed, async (p) => {
      if (isStopping()) throw new Stopping();
      await repo.setProgress(db, ids, p);
    });
    await repo.finish(db, ids);
  } catch (error) {
    // A worker that is shutting down hands its jobs back to the queue for the next one.
    if (error instanceof Stopping) await repo.release(db, ids).catch(() => repo.finish(db, ids, 'stopped'));
    else await repo.finish(db, ids, error instanceof Error ? error.message : String(error));
  }
  return true;
}

class Stopping extends Error {}

/** Runs jobs until none waits (tests, the command line). */
export async function drainJobs(db: Db, handlers: JobHandlers, maxBatches = 1000): Promise<number> {
  let batches = 0;
  while (batches < maxBatches && (await runOnce(db, handlers))) batches++;
  return batches;
}

export type JobWorker = {
  stop(): Promise<void>;
  /** True from start until stop() (readiness reports it). */
  running(): boolean;
};

/**
 * The only state in the process: a polling loop (besides the thesaurus service's memo of the
 * tagger). It runs batches while there is work, then
 * sleeps `pollMs`; stop() lets the current batch finish. Several instances may run one each.
 */
export function startJobWorker(db: Db, handlers: JobHandlers, options: { pollMs?: number; onError?: (error: unknown) => void } = {}): JobWorker {
  const pollMs = options.pollMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    // The first poll waits one interval: a starting server answers requests first.
    await new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, pollMs);
    });
    while (!stopped) {
      try {
        while (!stopped && (await runOnce(db, handlers, () => stopped)));
      } catch (error) {
        options.onError?.(error);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, pollMs);
      });
    }
  })();
  return {
    running: () => !stopped,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
