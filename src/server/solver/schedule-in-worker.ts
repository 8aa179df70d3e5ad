import { Worker } from 'node:worker_threads';
import type { ScheduledMeeting, ScheduleResult, SchedulingEvent } from '../../core/scheduling/index';

/** One run of the engine in the worker: the event and how long the run may take. */
export interface ScheduleJob {
  event: SchedulingEvent;
  /** Counted from the end of the previous run; the first run's from the call (worker start-up included). */
  timeLimitMs: number;
  locked?: ScheduledMeeting[];
  seed?: number;
}

/** What the worker receives: the runs, one after the other, and when the call began (epoch milliseconds, comparable across threads). */
export interface ScheduleSeries {
  jobs: ScheduleJob[];
  startedAt: number;
}

export type ScheduleRunner = (event: SchedulingEvent, options: { timeLimitMs: number; locked?: ScheduledMeeting[]; seed?: number }) => Promise<ScheduleResult>;

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
const epochNow = () => performance.timeOrigin + performance.now();

/**
 * Runs scheduleMeetings on each job in turn in one worker thread (with HiGHS in a further one),
 * so a server keeps answering while a large event is scheduled; the series shares the worker's
 * start-up (about two seconds), which matters for the many short runs of a "what if".
 */
export function scheduleSeriesInWorker(jobs: ScheduleJob[]): Promise<ScheduleResult[]> {
  const series: ScheduleSeries = { jobs, startedAt: epochNow() };
  const limit = jobs.reduce((sum, job) => sum + job.timeLimitMs, 0) + WATCHDOG_GRACE_MS;
  return new Promise((resolve, reject) => {
    if (jobs.length === 0) return resolve([]);
    const results: ScheduleResult[] = [];
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { tsxApiUrl, entryUrl, ...series } });
    const watchdog = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the scheduling worker did not answer within ${limit} ms`));
    }, limit);
    const settle = () => clearTimeout(watchdog);
    worker.on('message', (result: ScheduleResult) => {
      results.push(result);
      if (results.length < jobs.length) return;
      settle();
      resolve(results);
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
}

/** One run in a worker thread; the time limit counts from this call, worker start-up included. */
export const scheduleInWorker: ScheduleRunner = async (event, { timeLimitMs, locked, seed }) => {
  const [result] = await scheduleSeriesInWorker([{ event, timeLimitMs, ...(locked ? { locked } : {}), ...(seed !== undefined ? { seed } : {}) }]);
  return result!;
};
