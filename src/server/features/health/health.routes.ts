import { z } from 'zod';
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
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: () => ({ status: 'ok' as const }),
  });

  app.get('/api/ready', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Readiness: 200 when the database answers, its migrations are current and the job worker runs; 503 naming the failing check otherwise',
      response: { 200: Readiness, 503: Readiness },
    },
    handler: async (_req, reply) => {
      const result = await readiness(db, jobWorkerRunning);
      return reply.code(result.ready ? 200 : 503).send(result);
    },
  });
}
