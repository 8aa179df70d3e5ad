import type { Db } from '../../db/open-database';

/** Queues the jobs that are due at `now` (a day's digest, a reminder pass); each must be safe to call on every instance. */
export type TickTask = (db: Db, now: Date) => Promise<void>;

export type Ticks = { stop(): void };

/** Runs the tasks at start and every `everyMs` (a minute in production); errors go to `onError`. */
export function startTicks(db: Db, tasks: TickTask[], options: { everyMs: number; now: () => Date; onError: (error: unknown) => void }): Ticks {
  const tick = () => {
    for (const task of tasks) void task(db, options.now()).catch(options.onError);
  };
  tick();
  const timer = setInterval(tick, options.everyMs);
  return { stop: () => clearInterval(timer) };
}
