// Runs in the worker thread of scheduleSeriesInWorker: the engine's local search here, HiGHS in
// a further worker of its own (shared by the runs of the series), so neither blocks the thread
// that serves requests. Each result is posted as soon as its run ends.
import { parentPort, workerData } from 'node:worker_threads';
import { scheduleMeetings } from '../../core/scheduling/index';
import { highsWorker } from './highs-worker';
import type { ScheduleSeries } from './schedule-in-worker';

const { jobs, startedAt } = workerData as ScheduleSeries;
const clock = () => performance.timeOrigin + performance.now();
const solver = highsWorker();
try {
  let from = startedAt;
  for (const job of jobs) {
    const result = await scheduleMeetings(job.event, {
      timeLimitMs: from + job.timeLimitMs - clock(),
      clock,
      solver,
      ...(job.locked ? { locked: job.locked } : {}),
      ...(job.seed !== undefined ? { seed: job.seed } : {}),
    });
    parentPort!.postMessage(result);
    from = clock();
  }
} finally {
  await solver.close();
}
