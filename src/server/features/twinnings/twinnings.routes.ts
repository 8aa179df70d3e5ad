import { z } from 'zod';
import { IdParams, Twinning, TwinningInput, TwinningListQuery, TwinningPage, TwinningUpdate } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import * as service from './twinnings.service';

export function twinningRoutes(app: App, { db }: { db: Db }) {
  app.get('/api/twinnings', {
    config: { access: 'public' },
    schema: { tags: ['twinnings'], summary: 'List twinnings', querystring: TwinningListQuery, response: { 200: TwinningPage } },
    handler: (req) => service.listTwinnings(db, req.query),
  });
  app.get('/api/twinnings/:id', {
    config: { access: 'public' },
    schema: { tags: ['twinnings'], params: IdParams, response: { 200: Twinning, ...errorResponses } },
    handler: (req) => service.getTwinning(db, req.params.id),
  });
  app.post('/api/twinnings', {
    config: { access: 'programme-manager' },
    schema: { tags: ['twinnings'], summary: 'Twin a home region with a partner region', body: TwinningInput, response: { 201: Twinning, ...errorResponses } },
    handler: async (req, reply) => reply.code(201).send(await service.createTwinning(db, userOf(req), req.body)),
  });
  app.put('/api/twinnings/:id', {
    config: { access: 'programme-manager' },
    schema: { tags: ['twinnings'], params: IdParams, body: TwinningUpdate, response: { 200: Twinning, ...errorResponses } },
    handler: (req) => service.updateTwinning(db, userOf(req), req.params.id, req.body),
  });
  app.delete('/api/twinnings/:id', {
    config: { access: 'programme-manager' },
    schema: { tags: ['twinnings'], params: IdParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await service.deleteTwinning(db, userOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
