import { z } from 'zod';
import {
  IdParams,
  OrganisationExportQuery,
  OrganisationFacets,
  OrganisationFacetsQuery,
  OrganisationInput,
  OrganisationListQuery,
  OrganisationPage,
  OrganisationTranslation,
  OrganisationUpdate,
  OrganisationView,
  TranslationParams,
} from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { policies, userOf } from '../../plugins/access';
import { tableToCsv, tableToXlsx } from '../imports/imports.service';
import * as service from './organisations.service';

export function organisationRoutes(app: App, { db }: { db: Db }) {
  app.get('/api/organisations', {
    config: { access: 'public' },
    schema: {
      tags: ['organisations'],
      summary: 'The directory: a page of organisations, filtered, searched across languages, sorted (visitors: public ones; notes for programme managers only)',
      querystring: OrganisationListQuery,
      response: { 200: OrganisationPage, ...errorResponses },
    },
    handler: (req) => service.listOrganisations(db, req.actor, req.query),
  });
  app.get('/api/organisations/facets', {
    config: { access: 'public' },
    schema: {
      tags: ['organisations'],
      summary: 'How many organisations each type, country, region, theme and language would show under the other filters',
      querystring: OrganisationFacetsQuery,
      response: { 200: OrganisationFacets, ...errorResponses },
    },
    handler: (req) => service.organisationFacets(db, req.actor, req.query),
  });
  app.get('/api/organisations/export', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['organisations'],
      summary: "The directory's current filter as CSV (UTF-8 with BOM) or XLSX, in the columns the import reads",
      querystring: OrganisationExportQuery,
    },
    handler: async (req, reply) => {
      const table = await service.exportDirectory(db, userOf(req), req.query);
      reply.header('content-disposition', `attachment; filename="organisations.${req.query.format}"`);
      if (req.query.format === 'csv') return reply.type('text/csv; charset=utf-8').send(Buffer.from(tableToCsv(table)));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await tableToXlsx(table, 'organisations'));
    },
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
  app.put('/api/organisations/:id/translations/:lang', {
    // Who may edit the profile may translate it (members: their own organisation, checked by the service).
    config: { access: policies.organisationEditors },
    schema: {
      tags: ['organisations'],
      summary: 'Add or correct the description in one more language, marked as a translation',
      params: TranslationParams,
      body: OrganisationTranslation,
      response: { 200: OrganisationView, ...errorResponses },
    },
    handler: (req) => service.translateOrganisation(db, userOf(req), req.params.id, req.params.lang, req.body),
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
