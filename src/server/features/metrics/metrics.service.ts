import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db, PoolStats } from '../../db/open-database';
import * as repo from './metrics.repository';

export type Metrics = {
  registry: Registry;
  observeRequest(labels: { method: string; route: string; status: number }, seconds: number): void;
};

/**
 * The Prometheus metrics of one app: process and runtime (event-loop lag, memory, GC) from
 * prom-client, request latency by route, the job queue, the outbox and the database pool.
 * Queue, outbox and pool are read when scraped, so they cost nothing between scrapes.
 */
export function createMetrics(db: Db, poolStats?: () => PoolStats): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Histogram({
    name: 'ctb_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status; its _count gives the request rate',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const queue = { waiting: 'ctb_jobs_waiting', running: 'ctb_jobs_running', oldestWaitingSeconds: 'ctb_jobs_oldest_waiting_seconds' } as const;
  const help = {
    waiting: 'Background jobs waiting, by family (match, import)',
    running: 'Background jobs running, by family',
    oldestWaitingSeconds: 'Age of the oldest waiting job, by family (0 when none waits)',
  };
  // A scrape collects every gauge at once: the three queue gauges share one query.
  let scrape: Promise<Awaited<ReturnType<typeof repo.jobQueue>>> | undefined;
  const families = () => (scrape ??= repo.jobQueue(db).finally(() => (scrape = undefined)));
  for (const key of Object.keys(queue) as (keyof typeof queue)[]) {
    new Gauge({
      name: queue[key],
      help: help[key],
      labelNames: ['family'] as const,
      registers: [registry],
      async collect() {
        const rows = await families();
        this.reset();
        for (const family of new Set(['match', 'import', ...rows.map((f) => f.family)])) {
          this.set({ family }, rows.find((f) => f.family === family)?.[key] ?? 0);
        }
      },
    });
  }

  new Gauge({
    name: 'ctb_outbox_waiting',
    help: 'E-mail messages in the outbox not sent yet',
    registers: [registry],
    async collect() {
      this.set(await repo.outboxWaiting(db));
    },
  });

  if (poolStats) {
    new Gauge({
      name: 'ctb_db_pool_connections',
      help: 'Database pool connections by state (total, idle, and requests waiting for one)',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = poolStats();
        for (const state of ['total', 'idle', 'waiting'] as const) this.set({ state }, stats[state]);
      },
    });
  }

  return {
    registry,
    observeRequest: ({ method, route, status }, seconds) => requests.observe({ method, route, status_code: String(status) }, seconds),
  };
}
