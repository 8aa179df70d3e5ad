// Runs in the worker thread of scheduleInWorker: the engine's local search here, HiGHS in a
// further worker of its own, so neither blocks the thread that serves requests.
import { parentPort, workerData } from 'node:worker_threads';
import { scheduleMeetings } from '../../core/scheduling/index';
import { highsWorker } from './highs-worker';
import type { ScheduleJob } from './schedule-in-worker';

const job = workerData as ScheduleJob;
const clock = () => performance.timeOrigin + performance.now();
const solver = highsWorker();
const result = await scheduleMeetings(job.event, {
  timeLimitMs: job.deadline - clock(),
  clock,
  solver,
  ...(job.locked ? { locked: job.locked } : {}),
  ...(job.seed !== undefined ? { seed: job.seed } : {}),
}).finally(() => solver.close());
parentPort!.postMessage(result);
