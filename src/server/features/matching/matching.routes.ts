import { z } from 'zod';
import {
  IdParams,
  Language,
  MatchBoardQuery,
  MatchBulkResult,
  MatchBulkStatus,
  MatchingStatus,
  MatchList,
  MatchOwnerList,
  MatchPage,
  MatchPlan,
  MatchReadQuery,
  MatchUpdate,
  MatchWithHistory,
  OrganisationProfile,
  OrganisationProfileView,
} from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { policies, userOf } from '../../plugins/access';
import { tableToCsv, tableToXlsx } from '../imports/imports.service';
import * as service from './matching.service';

export function matchingRoutes(app: App, { db }: { db: Db }) {
  app.get('/api/opportunities/:id/matches', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['matching'],
      summary: 'The organisations best able to address an opportunity, with score and explanation (members: their own organisation only)',
      params: IdParams,
      querystring: MatchReadQuery,
      response: { 200: MatchList, ...errorResponses },
    },
    handler: (req) => service.opportunityMatches(db, req.actor, req.params.id, req.query),
  });
  app.get('/api/organisations/:id/matches', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['matching'],
      summary: 'The opportunities that fit an organisation (members: their own organisation only)',
      params: IdParams,
      querystring: MatchReadQuery,
      response: { 200: MatchList, ...errorResponses },
    },
    handler: (req) => service.organisationMatches(db, req.actor, req.params.id, req.query),
  });
  app.get('/api/matches', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['matching'],
      summary: 'The pipeline board: every match, filtered; ?format=csv|xlsx downloads all that match the filters',
      querystring: MatchBoardQuery,
      response: { 200: MatchPage, ...errorResponses },
    },
    handler: async (req, reply) => {
      const page = await service.matchBoard(db, userOf(req), req.query);
      if (req.query.format === 'json') return page;
      const table = service.boardTable(page.items);
      const name = `matches.${req.query.format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (req.query.format === 'csv') return reply.type('text/csv; charset=utf-8').send(Buffer.from(tableToCsv(table)) as never);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send((await tableToXlsx(table, 'matches')) as never);
    },
  });
  app.post('/api/matches/status', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['matching'],
      summary: 'Move several matches to one status at once: all or none (an unknown id refuses the whole change); each change kept in history and audit',
      body: MatchBulkStatus,
      response: { 200: MatchBulkResult, ...errorResponses },
    },
    handler: (req) => service.bulkMoveMatches(db, userOf(req), req.body),
  });
  app.get('/api/matches/owners', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['matching'],
      summary: 'The programme managers and admins a match may be given to',
      response: { 200: MatchOwnerList, ...errorResponses },
    },
    handler: (req) => service.matchOwners(db, userOf(req)),
  });
  app.patch('/api/matches/:id', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['matching'],
      summary: "Set a match's owner (a programme manager or admin) and next-action day; a field left out is kept",
      params: IdParams,
      body: MatchPlan,
      response: { 200: MatchWithHistory, ...errorResponses },
    },
    handler: (req) => service.planMatch(db, userOf(req), req.params.id, req.body),
  });
  app.get('/api/matches/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['matching'],
      summary: 'One match with its status history',
      params: IdParams,
      querystring: z.object({ lang: Language.default('en') }),
      response: { 200: MatchWithHistory, ...errorResponses },
    },
    handler: (req) => service.getMatch(db, req.actor, req.params.id, req.query.lang),
  });
  app.put('/api/matches/:id', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['matching'],
      summary: 'Move a match along the pipeline (status and note); "not-relevant" stays after recomputation',
      params: IdParams,
      body: MatchUpdate,
      response: { 200: MatchWithHistory, ...errorResponses },
    },
    handler: (req) => service.updateMatch(db, userOf(req), req.params.id, req.body),
  });
  app.get('/api/matching/status', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['matching'],
      summary: 'Progress of the background recomputation of matches',
      response: { 200: MatchingStatus, ...errorResponses },
    },
    handler: () => service.matchingStatus(db),
  });
  app.post('/api/matching/recompute', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['matching'],
      summary: 'Recompute every match in the background (changes trigger this automatically)',
      response: { 202: z.object({ queued: z.literal(true) }), ...errorResponses },
    },
    handler: async (req, reply) => {
      await service.requestRecompute(db, userOf(req));
      return reply.code(202).send({ queued: true as const });
    },
  });
  app.get('/api/organisations/:id/profile', {
    config: { access: 'public' },
    schema: {
      tags: ['organisations'],
      summary: 'Sectors, confirmed capabilities (with tagging suggestions), languages, size, references, contacts (signed-in only)',
      params: IdParams,
      response: { 200: OrganisationProfileView, ...errorResponses },
    },
    handler: (req) => service.getProfile(db, req.actor, req.params.id),
  });
  app.put('/api/organisations/:id/profile', {
    config: { access: policies.organisationEditors },
    schema: {
      tags: ['organisations'],
      summary: "Replace an organisation's profile (members: their own; capabilities are confirmed by programme managers)",
      params: IdParams,
      body: OrganisationProfile,
      response: { 200: OrganisationProfileView, ...errorResponses },
    },
    handler: (req) => service.updateProfile(db, userOf(req), req.params.id, req.body),
  });
}
