import { z } from 'zod';
import { ApiError } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import type { App } from '../../http';
import { databaseAnswers } from './health.service';

export function healthRoutes(app: App, { db }: { db: Db }) {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Answers ok once the database answers',
      // A saturated server answers 503 with the usual error body (plugins/back-pressure).
      response: { 200: z.object({ status: z.literal('ok') }), 503: z.union([z.object({ status: z.literal('unavailable') }), ApiError]) },
    },
    handler: async (_req, reply) =>
      (await databaseAnswers(db)) ? { status: 'ok' as const } : reply.code(503).send({ status: 'unavailable' as const }),
  });
}
