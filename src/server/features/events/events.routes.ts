import { z } from 'zod';
import {
  EventDetail,
  EventInput,
  EventList,
  EventUpdate,
  Marketplace,
  MarketplaceQuery,
  Registration,
  RegistrationInput,
  RegistrationList,
  RegistrationUpdate,
  Suggestions,
  SuggestionsQuery,
} from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { policies, userOf } from '../../plugins/access';
import * as service from './events.service';
import { checkInRoutes } from './check-in.routes';
import { eventDocumentRoutes } from './documents.routes';
import { meetingRoutes } from './meetings.routes';
import { participantsIoRoutes } from './participants-io.routes';
import { publicRegistrationRoutes } from './public-registration.routes';

const tags = ['events'];
const EventParams = z.object({ id: z.string().min(1).max(100) });
const RegistrationParams = EventParams.extend({ registrationId: z.string().min(1).max(100) });

/**
 * Matchmaking events. Organisers (programme managers) set up events, schedule and publish;
 * members register delegates of their own organisation, request meetings for them and answer
 * the requests they receive (the service checks "own organisation").
 */
export function eventRoutes(
  app: App,
  { db, accounts, eventVideoUrlTemplate }: { db: Db; accounts: { now: () => Date; publicUrl: string; linkKey: Buffer }; eventVideoUrlTemplate?: string },
) {
  const now = () => accounts.now();
  publicRegistrationRoutes(app, { db, accounts });
  checkInRoutes(app, { db, accounts });
  participantsIoRoutes(app, { db, accounts });

  app.get('/api/events', {
    config: { access: 'public' },
    schema: { tags, summary: 'List matchmaking events', response: { 200: EventList } },
    handler: () => service.listEvents(db),
  });
  app.post('/api/events', {
    config: { access: 'programme-manager' },
    schema: { tags, summary: 'Create a matchmaking event', body: EventInput, response: { 201: EventDetail, ...errorResponses } },
    handler: async (req, reply) => reply.code(201).send(await service.createEvent(db, userOf(req), req.body)),
  });
  app.get('/api/events/:id', {
    config: { access: 'public' },
    schema: { tags, summary: 'An event: days, slots, tables, languages, interpreters', params: EventParams, response: { 200: EventDetail, ...errorResponses } },
    handler: (req) => service.getEvent(db, req.params.id),
  });
  app.patch('/api/events/:id', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Change an event (meetings in removed slots or tables are dropped)',
      params: EventParams,
      body: EventUpdate,
      response: { 200: EventDetail, ...errorResponses },
    },
    handler: (req) => service.updateEvent(db, userOf(req), req.params.id, req.body),
  });

  // Registrations and the marketplace
  app.get('/api/events/:id/registrations', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'The participants (e-mail addresses for the organiser and the delegate only)',
      params: EventParams,
      response: { 200: RegistrationList, ...errorResponses },
    },
    handler: (req) => service.listRegistrations(db, req.actor, req.params.id),
  });
  app.post('/api/events/:id/registrations', {
    config: { access: policies.organisationEditors },
    schema: {
      tags,
      summary: 'Register a delegate of your organisation',
      params: EventParams,
      body: RegistrationInput,
      response: { 201: Registration, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.register(db, userOf(req), req.params.id, req.body)),
  });
  app.patch('/api/events/:id/registrations/:registrationId', {
    config: { access: policies.organisationEditors },
    schema: {
      tags,
      summary: 'Change availability, languages, profile or offers',
      params: RegistrationParams,
      body: RegistrationUpdate,
      response: { 200: Registration, ...errorResponses },
    },
    handler: (req) => service.updateRegistration(db, userOf(req), req.params.id, req.params.registrationId, req.body),
  });
  app.delete('/api/events/:id/registrations/:registrationId', {
    config: { access: policies.organisationEditors },
    schema: {
      tags,
      summary: 'Cancel a registration (its meetings that have not started are removed)',
      params: RegistrationParams,
      response: { 200: Registration, ...errorResponses },
    },
    handler: (req) => service.cancelRegistration(db, userOf(req), req.params.id, req.params.registrationId, now(), accounts.publicUrl),
  });
  app.post('/api/events/:id/registrations/:registrationId/check-in', {
    config: { access: 'programme-manager' },
    schema: { tags, summary: 'Record that the delegate arrived', params: RegistrationParams, response: { 200: Registration, ...errorResponses } },
    handler: (req) => service.checkIn(db, userOf(req), req.params.id, req.params.registrationId, now()),
  });
  app.post('/api/events/:id/registrations/:registrationId/no-show', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Record a no-show (the delegate’s later meetings are removed; re-schedule)',
      params: RegistrationParams,
      response: { 200: Registration, ...errorResponses },
    },
    handler: (req) => service.recordNoShow(db, userOf(req), req.params.id, req.params.registrationId, now(), accounts.publicUrl),
  });
  app.get('/api/events/:id/marketplace', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Offers and requests of the participants',
      params: EventParams,
      querystring: MarketplaceQuery,
      response: { 200: Marketplace, ...errorResponses },
    },
    handler: (req) => service.marketplace(db, req.params.id, req.query),
  });

  app.get('/api/events/:id/registrations/:registrationId/suggestions', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Suggested partners for your delegate, from the matching engine',
      params: RegistrationParams,
      querystring: SuggestionsQuery,
      response: { 200: Suggestions, ...errorResponses },
    },
    handler: (req) => service.suggestions(db, req.actor, req.params.id, req.params.registrationId, req.query.lang),
  });

  meetingRoutes(app, { db, accounts, eventVideoUrlTemplate });
  eventDocumentRoutes(app, { db, accounts });
}
