import { z } from 'zod';
import { ApiError } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import type { App } from '../../http';
import { readiness } from './health.service';

const CheckState = z.enum(['ok', 'failing']);
const Readiness = z.object({
  ready: z.boolean(),
  checks: z.object({ database: CheckState, migrations: CheckState, jobWorker: CheckState }),
});

export function healthRoutes(app: App, { db, jobWorkerRunning }: { db: Db; jobWorkerRunning: () => boolean }) {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Liveness: answers ok while the process serves requests (restart it when this fails)',
      // A saturated server answers 503 with the usual error body (plugins/back-pressure).
      response: { 200: z.object({ status: z.literal('ok') }), 503: ApiError },
    },
    handler: () => ({ status: 'ok' as const }),
  });

  app.get('/api/ready', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Readiness: 200 when the database answers, its migrations are current and the job worker runs; 503 naming the failing check otherwise',
      response: { 200: Readiness, 503: z.union([Readiness, ApiError]) },
    },
    handler: async (_req, reply) => {
      const result = await readiness(db, jobWorkerRunning);
      return reply.code(result.ready ? 200 : 503).send(result);
    },
  });
}
