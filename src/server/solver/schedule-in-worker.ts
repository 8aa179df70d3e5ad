import { Worker } from 'node:worker_threads';
import type { ScheduledMeeting, ScheduleResult, SchedulingEvent } from '../../core/scheduling/index';

/** What the worker needs: the event, and the deadline as epoch milliseconds (comparable across threads). */
export interface ScheduleJob {
  event: SchedulingEvent;
  deadline: number;
  locked?: ScheduledMeeting[];
  seed?: number;
}

export type ScheduleRunner = (
  event: SchedulingEvent,
  options: { timeLimitMs: number; locked?: ScheduledMeeting[]; seed?: number },
) => Promise<ScheduleResult>;

/**
 * The engine stops at its deadline by itself; this much later the worker is presumed stuck and
 * ended, so a request can never hang on it.
 */
const WATCHDOG_GRACE_MS = 10_000;

// The worker registers tsx itself (loader hooks of the parent do not reach worker threads in
// every host: vitest transforms in-process) and then loads the TypeScript entry.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApiUrl).then(({ register }) => { register(); return import(workerData.entryUrl); });
`;
const tsxApiUrl = import.meta.resolve('tsx/esm/api');
const entryUrl = new URL('./schedule-worker-entry.ts', import.meta.url).href;

/**
 * Runs scheduleMeetings in a worker thread (with HiGHS in a further one), so a server keeps
 * answering while a large event is scheduled. The time limit counts from this call, worker
 * start-up included.
 */
export const scheduleInWorker: ScheduleRunner = (event, { timeLimitMs, locked, seed }) =>
  new Promise((resolve, reject) => {
    const job: ScheduleJob = { event, deadline: performance.timeOrigin + performance.now() + timeLimitMs, ...(locked ? { locked } : {}), ...(seed !== undefined ? { seed } : {}) };
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { tsxApiUrl, entryUrl, ...job } });
    const watchdog = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the scheduling worker did not answer within ${timeLimitMs + WATCHDOG_GRACE_MS} ms`));
    }, timeLimitMs + WATCHDOG_GRACE_MS);
    const settle = () => clearTimeout(watchdog);
    worker.once('message', (result: ScheduleResult) => {
      settle();
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
    worker.once('exit', (code) => {
      settle();
      reject(new Error(`the scheduling worker exited (code ${code}) without a schedule`));
    });
  });
