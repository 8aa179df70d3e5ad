import { z } from 'zod';
import { IdParams, Region, RegionDetail, RegionInput, RegionListQuery, RegionPage, RegionUpdate } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import * as service from './regions.service';

export function regionRoutes(app: App, { db }: { db: Db }) {
  app.get('/api/regions', {
    config: { access: 'public' },
    schema: { tags: ['regions'], summary: 'List regions', querystring: RegionListQuery, response: { 200: RegionPage } },
    handler: (req) => service.listRegions(db, req.actor, req.query),
  });
  app.get('/api/regions/:id', {
    config: { access: 'public' },
    schema: {
      tags: ['regions'],
      summary: 'A region with its sub-regions, twinnings and opportunities per theme',
      params: IdParams,
      response: { 200: RegionDetail, ...errorResponses },
    },
    handler: (req) => service.getRegion(db, req.actor, req.params.id),
  });
  app.post('/api/regions', {
    config: { access: 'programme-manager' },
    schema: { tags: ['regions'], summary: 'Create a region', body: RegionInput, response: { 201: Region, ...errorResponses } },
    handler: async (req, reply) => reply.code(201).send(await service.createRegion(db, userOf(req), req.body)),
  });
  app.put('/api/regions/:id', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['regions'],
      summary: 'Replace a region',
      params: IdParams,
      body: RegionUpdate,
      response: { 200: Region, ...errorResponses },
    },
    handler: (req) => service.updateRegion(db, userOf(req), req.params.id, req.body),
  });
  app.delete('/api/regions/:id', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['regions'],
      summary: 'Delete a region that nothing refers to',
      params: IdParams,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) => {
      await service.deleteRegion(db, userOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
