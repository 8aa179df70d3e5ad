import { z } from 'zod';
import {
  IdParams,
  Opportunity,
  OpportunityInput,
  OpportunityListQuery,
  OpportunityPage,
  OpportunityTranslation,
  OpportunityUpdate,
  TranslationParams,
} from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { policies, userOf } from '../../plugins/access';
import * as service from './opportunities.service';

export function opportunityRoutes(app: App, { db }: { db: Db }) {
  app.get('/api/opportunities', {
    config: { access: 'public' },
    schema: {
      tags: ['opportunities'],
      summary: 'List, filter and search opportunities',
      querystring: OpportunityListQuery,
      response: { 200: OpportunityPage, ...errorResponses },
    },
    handler: (req) => service.listOpportunities(db, req.actor, req.query),
  });
  app.get('/api/opportunities/:id', {
    config: { access: 'public' },
    schema: { tags: ['opportunities'], params: IdParams, response: { 200: Opportunity, ...errorResponses } },
    handler: (req) => service.getOpportunity(db, req.actor, req.params.id),
  });
  app.post('/api/opportunities', {
    config: { access: policies.regionEditors },
    schema: {
      tags: ['opportunities'],
      summary: 'Create an opportunity (partner officials: in their own region)',
      body: OpportunityInput,
      response: { 201: Opportunity, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createOpportunity(db, userOf(req), req.body)),
  });
  app.put('/api/opportunities/:id', {
    config: { access: policies.regionEditors },
    schema: {
      tags: ['opportunities'],
      summary: 'Replace an opportunity (partner officials: of their own region)',
      params: IdParams,
      body: OpportunityUpdate,
      response: { 200: Opportunity, ...errorResponses },
    },
    handler: (req) => service.updateOpportunity(db, userOf(req), req.params.id, req.body),
  });
  app.put('/api/opportunities/:id/translations/:lang', {
    // Who may edit the opportunity may translate it (partner officials: of their own region, checked by the service).
    config: { access: policies.regionEditors },
    schema: {
      tags: ['opportunities'],
      summary: 'Add or correct the title and/or description in one more language, marked as a translation',
      params: TranslationParams,
      body: OpportunityTranslation,
      response: { 200: Opportunity, ...errorResponses },
    },
    handler: (req) => service.translateOpportunity(db, userOf(req), req.params.id, req.params.lang, req.body),
  });
  app.delete('/api/opportunities/:id', {
    config: { access: 'programme-manager' },
    schema: { tags: ['opportunities'], params: IdParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await service.deleteOpportunity(db, userOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
