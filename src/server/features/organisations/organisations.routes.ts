import { z } from 'zod';
import {
  IdParams,
  OrganisationInput,
  OrganisationListQuery,
  OrganisationPage,
  OrganisationUpdate,
  OrganisationView,
} from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { policies, userOf } from '../../plugins/access';
import * as service from './organisations.service';

export function organisationRoutes(app: App, { db }: { db: Db }) {
  app.get('/api/organisations', {
    config: { access: 'public' },
    schema: {
      tags: ['organisations'],
      summary: 'List organisations (visitors: public ones; notes for programme managers only)',
      querystring: OrganisationListQuery,
      response: { 200: OrganisationPage, ...errorResponses },
    },
    handler: (req) => service.listOrganisations(db, req.actor, req.query),
  });
  app.get('/api/organisations/:id', {
    config: { access: 'public' },
    schema: { tags: ['organisations'], params: IdParams, response: { 200: OrganisationView, ...errorResponses } },
    handler: (req) => service.getOrganisation(db, req.actor, req.params.id),
  });
  app.post('/api/organisations', {
    config: { access: 'programme-manager' },
    schema: { tags: ['organisations'], body: OrganisationInput, response: { 201: OrganisationView, ...errorResponses } },
    handler: async (req, reply) => reply.code(201).send(await service.createOrganisation(db, userOf(req), req.body)),
  });
  app.put('/api/organisations/:id', {
    config: { access: policies.organisationEditors },
    schema: {
      tags: ['organisations'],
      summary: "Replace an organisation's profile (members: their own organisation only)",
      params: IdParams,
      body: OrganisationUpdate,
      response: { 200: OrganisationView, ...errorResponses },
    },
    handler: (req) => service.updateOrganisation(db, userOf(req), req.params.id, req.body),
  });
  app.delete('/api/organisations/:id', {
    config: { access: 'programme-manager' },
    schema: { tags: ['organisations'], params: IdParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await service.deleteOrganisation(db, userOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
