import { z } from 'zod';
import {
  Agenda,
  EventDashboard,
  EventDetail,
  EventInput,
  EventList,
  EventUpdate,
  FeedLink,
  Marketplace,
  MarketplaceQuery,
  MeetingList,
  MeetingLockInput,
  MeetingMove,
  MeetingSwap,
  MeetingRequest,
  MeetingRequestInput,
  MeetingRequestList,
  MeetingRequestQuery,
  MeetingResponseInput,
  Registration,
  RegistrationInput,
  RegistrationList,
  RegistrationUpdate,
  ScheduleInput,
  ScheduleOutcome,
  Suggestions,
  SuggestionsQuery,
  TablePlan,
  WhatIfInput,
  WhatIfReport,
} from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { policies, userOf } from '../../plugins/access';
import { scheduleInWorker, scheduleSeriesInWorker } from '../../solver/schedule-in-worker';
import { DocumentLanguageQuery, readerLanguage } from '../../documents/reader-language';
import { renderAgendaIcs, renderAgendaPdf, renderTablePlanPdf, renderTablePlanXlsx } from './events.documents';
import { feedAgenda, issueFeed, revokeFeed } from './events.feeds';
import * as service from './events.service';
import { moveMeeting } from './move-meeting';
import { swapMeetings } from './swap-meetings';
import { whatIf } from './what-if';
import { checkInRoutes } from './check-in.routes';
import { participantsIoRoutes } from './participants-io.routes';
import { publicRegistrationRoutes } from './public-registration.routes';

const tags = ['events'];
const EventParams = z.object({ id: z.string().min(1).max(100) });
const RegistrationParams = EventParams.extend({ registrationId: z.string().min(1).max(100) });
const RequestParams = EventParams.extend({ requestId: z.string().min(1).max(100) });
const file = (what: string) => z.any().describe(what);
const safeName = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');

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

  // Meeting requests
  app.get('/api/events/:id/requests', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'Meeting requests you sent or received (organisers: all)',
      params: EventParams,
      querystring: MeetingRequestQuery,
      response: { 200: MeetingRequestList, ...errorResponses },
    },
    handler: (req) => service.listRequests(db, req.actor, req.params.id, req.query.registrationId, now()),
  });
  app.post('/api/events/:id/requests', {
    config: { access: policies.organisationEditors },
    schema: {
      tags,
      summary: 'Request a meeting (1–4 invitees); a request back makes it mutual and accepted',
      params: EventParams,
      body: MeetingRequestInput,
      response: { 201: MeetingRequest, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.requestMeeting(db, userOf(req), req.params.id, req.body, now(), accounts.publicUrl)),
  });
  app.post('/api/events/:id/requests/:requestId/response', {
    config: { access: policies.organisationEditors },
    schema: {
      tags,
      summary: 'Accept or decline a meeting request you received',
      params: RequestParams,
      body: MeetingResponseInput,
      response: { 200: MeetingRequest, ...errorResponses },
    },
    handler: (req) => service.respondToRequest(db, userOf(req), req.params.id, req.params.requestId, req.body, now(), accounts.publicUrl),
  });
  app.delete('/api/events/:id/requests/:requestId', {
    config: { access: policies.organisationEditors },
    schema: {
      tags,
      summary: 'Cancel a meeting request you sent (and its meeting)',
      params: RequestParams,
      response: { 200: MeetingRequest, ...errorResponses },
    },
    handler: (req) => service.cancelRequest(db, userOf(req), req.params.id, req.params.requestId, now()),
  });

  // Scheduling
  app.post('/api/events/:id/schedule', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Schedule the accepted requests (locked meetings stay); "N of at most M possible meetings scheduled"',
      params: EventParams,
      body: ScheduleInput,
      response: { 200: ScheduleOutcome, ...errorResponses },
    },
    handler: (req) =>
      service.scheduleEvent(db, userOf(req), req.params.id, req.body, {
        now: now(),
        run: scheduleInWorker,
        publicUrl: accounts.publicUrl,
        videoUrlTemplate: eventVideoUrlTemplate,
      }),
  });
  app.post('/api/events/:id/publish', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Publish the schedule: lock every meeting and notify the participants',
      params: EventParams,
      response: { 200: EventDetail, ...errorResponses },
    },
    handler: (req) => service.publishSchedule(db, userOf(req), req.params.id, now(), accounts.publicUrl),
  });
  app.get('/api/events/:id/meetings', {
    config: { access: 'programme-manager' },
    schema: { tags, summary: 'All scheduled meetings', params: EventParams, response: { 200: MeetingList, ...errorResponses } },
    handler: (req) => service.listMeetings(db, req.params.id),
  });
  app.patch('/api/events/:id/meetings/:requestId', {
    config: { access: 'programme-manager' },
    schema: { tags, summary: 'Lock or unlock one meeting', params: RequestParams, body: MeetingLockInput, response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await service.lockMeeting(db, userOf(req), req.params.id, req.params.requestId, req.body.locked);
      return reply.code(204).send(null);
    },
  });
  app.post('/api/events/:id/meetings/:requestId/move', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Move a meeting on the grid (refused with each conflict named: 409 meeting_conflict); it is then locked',
      params: RequestParams,
      body: MeetingMove,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) => {
      await moveMeeting(db, userOf(req), req.params.id, req.params.requestId, req.body);
      return reply.code(204).send(null);
    },
  });
  app.post('/api/events/:id/meetings/:requestId/swap', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Swap two meetings on the grid (refused with each conflict of either named: 409 meeting_conflict); both are then locked',
      params: RequestParams,
      body: MeetingSwap,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) => {
      await swapMeetings(db, userOf(req), req.params.id, req.params.requestId, req.body.with);
      return reply.code(204).send(null);
    },
  });
  app.post('/api/events/:id/what-if', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary:
        'How many more meetings one more interpreter (per language pair), table or slot would give: the scheduler re-run on the event as it stands (writes nothing)',
      params: EventParams,
      body: WhatIfInput,
      response: { 200: WhatIfReport, ...errorResponses },
    },
    handler: (req) => whatIf(db, req.params.id, req.body, { now: now(), run: scheduleSeriesInWorker }),
  });

  // Agendas, table plan, dashboard
  app.get('/api/events/:id/registrations/:registrationId/agenda', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'A delegate’s agenda (own organisation, or organisers)',
      params: RegistrationParams,
      response: { 200: Agenda, ...errorResponses },
    },
    handler: (req) => service.agenda(db, req.actor, req.params.id, req.params.registrationId),
  });
  app.get('/api/events/:id/registrations/:registrationId/agenda.pdf', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'A delegate’s agenda (PDF) in the reader’s language (?lang=, else the account’s)',
      params: RegistrationParams,
      querystring: DocumentLanguageQuery,
      response: { 200: file('application/pdf'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const agenda = await service.agenda(db, req.actor, req.params.id, req.params.registrationId);
      const pdf = await renderAgendaPdf(agenda, { lang: await readerLanguage(db, req.actor, req.query.lang) });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="agenda-${safeName(req.params.id)}.pdf"`)
        .send(pdf);
    },
  });
  app.get('/api/events/:id/registrations/:registrationId/agenda.ics', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'A delegate’s meetings as an iCalendar file in the reader’s language (?lang=, else the account’s)',
      params: RegistrationParams,
      querystring: DocumentLanguageQuery,
      response: { 200: z.string().describe('text/calendar'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const event = await service.getEvent(db, req.params.id);
      const agenda = await service.agenda(db, req.actor, req.params.id, req.params.registrationId);
      const ics = await renderAgendaIcs(agenda, { place: event.place, host: req.hostname, lang: await readerLanguage(db, req.actor, req.query.lang) });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="agenda-${safeName(req.params.id)}.ics"`)
        .send(ics);
    },
  });
  app.post('/api/events/:id/registrations/:registrationId/feed', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'A new secret calendar-feed address for the delegate’s agenda (an earlier one stops working)',
      params: RegistrationParams,
      response: { 201: FeedLink, ...errorResponses },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await issueFeed(db, userOf(req), req.params.id, req.params.registrationId, { now: now(), publicUrl: accounts.publicUrl })),
  });
  app.delete('/api/events/:id/registrations/:registrationId/feed', {
    config: { access: 'signed-in' },
    schema: { tags, summary: 'Revoke the delegate’s calendar-feed address', params: RegistrationParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await revokeFeed(db, userOf(req), req.params.id, req.params.registrationId);
      return reply.code(204).send(null);
    },
  });
  // The feed's secret address is its own authorisation: calendar apps poll it without a session.
  app.get('/api/events/feeds/:file', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'A delegate’s agenda as a subscribable iCalendar feed (TOKEN.ics; 404 for unknown or revoked tokens; ?lang= for its texts)',
      params: z.object({ file: z.string().max(100) }),
      querystring: DocumentLanguageQuery,
      response: { 200: z.string().describe('text/calendar'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const agenda = await feedAgenda(db, /^(.*)\.ics$/.exec(req.params.file)?.[1] ?? '');
      const event = await service.getEvent(db, agenda.eventId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .send(await renderAgendaIcs(agenda, { place: event.place, host: req.hostname, lang: await readerLanguage(db, null, req.query.lang) }));
    },
  });
  app.get('/api/events/:id/table-plan', {
    config: { access: 'programme-manager' },
    schema: { tags, summary: 'Meetings per slot and table', params: EventParams, response: { 200: TablePlan, ...errorResponses } },
    handler: async (req) => {
      const { eventId, timeZone, slots } = await service.tablePlan(db, req.params.id);
      return { eventId, timeZone, slots };
    },
  });
  app.get('/api/events/:id/table-plan.pdf', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'The table plan per slot (PDF) in the reader’s language (?lang=, else the account’s)',
      params: EventParams,
      querystring: DocumentLanguageQuery,
      response: { 200: file('application/pdf'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const pdf = await renderTablePlanPdf(await service.tablePlan(db, req.params.id), { lang: await readerLanguage(db, req.actor, req.query.lang) });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="table-plan-${safeName(req.params.id)}.pdf"`)
        .send(pdf);
    },
  });
  app.get('/api/events/:id/table-plan.xlsx', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'The table plan per slot (XLSX) in the reader’s language (?lang=, else the account’s)',
      params: EventParams,
      querystring: DocumentLanguageQuery,
      response: { 200: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const xlsx = await renderTablePlanXlsx(await service.tablePlan(db, req.params.id), { lang: await readerLanguage(db, req.actor, req.query.lang) });
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="table-plan-${safeName(req.params.id)}.xlsx"`)
        .send(xlsx);
    },
  });
  app.get('/api/events/:id/dashboard', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Registrations, requests, meetings scheduled vs possible, per-participant load',
      params: EventParams,
      response: { 200: EventDashboard, ...errorResponses },
    },
    handler: (req) => service.dashboard(db, req.params.id, now()),
  });
}
