import { z } from 'zod';
import { Agenda, EventDashboard, FeedLink, TablePlan } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import { DocumentLanguageQuery, readerLanguage } from '../../documents/reader-language';
import { renderAgendaIcs, renderAgendaPdf, renderTablePlanPdf, renderTablePlanXlsx } from './events.documents';
import { feedAgenda, issueFeed, revokeFeed } from './events.feeds';
import * as service from './events.service';

const tags = ['events'];
const EventParams = z.object({ id: z.string().min(1).max(100) });
const RegistrationParams = EventParams.extend({ registrationId: z.string().min(1).max(100) });
const file = (what: string) => z.any().describe(what);
const safeName = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');

/**
 * What an event gives out: a delegate's agenda (JSON, PDF, iCalendar file and subscribable feed),
 * and for the organiser the table plan (JSON, PDF, XLSX) and the dashboard.
 */
export function eventDocumentRoutes(app: App, { db, accounts }: { db: Db; accounts: { now: () => Date; publicUrl: string } }) {
  const now = () => accounts.now();

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
