// Registration without an account. The organiser opens a shareable link (programme managers);
// the public routes answer only to an unguessable token — the event's link or the delegate's
// private manage link — and are rate limited per address.
import { z } from 'zod';
import {
  Agenda,
  ManagedRegistration,
  ManagedRegistrationUpdate,
  Marketplace,
  MarketplaceQuery,
  MeetingRequest,
  MeetingRequestInput,
  MeetingRequestList,
  MeetingResponseInput,
  PublicEvent,
  PublicRegistrationInput,
  PublicRegistrationLink,
  PublicRegistrationSettings,
  PublicRegistrationStatus,
  Registration,
} from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import { agendaByLink, marketplaceByLink, requestMeetingByLink, requestsByLink, respondByLink } from './act-by-manage-link';
import { approveRegistration } from './approve-registration';
import { renderAgendaIcs } from './events.documents';
import { DocumentLanguageQuery } from '../../documents/reader-language';
import { catalogueLanguage } from '../../../shared/i18n';
import { toRegistration } from './events.service';
import { cancelManagedRegistration, managedRegistration, updateManagedRegistration } from './manage-registration';
import { publicRegistrationLink, setPublicRegistration } from './open-public-registration';
import { publicEvent, registerPublicly } from './register-publicly';

const tags = ['events'];
const publicLimit = { max: 60, timeWindow: '1 minute' };
const EventParams = z.object({ id: z.string().min(1).max(100) });
const TokenParams = z.object({ token: z.string().min(1).max(100) });

export function publicRegistrationRoutes(app: App, { db, accounts }: { db: Db; accounts: { now: () => Date; publicUrl: string } }) {
  const now = () => accounts.now();
  const { publicUrl } = accounts;

  app.get('/api/events/:id/public-registration', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'The public registration link and its settings',
      params: EventParams,
      response: { 200: PublicRegistrationLink, ...errorResponses },
    },
    handler: (req) => publicRegistrationLink(db, req.params.id, publicUrl),
  });
  app.put('/api/events/:id/public-registration', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Open or close registration without an account: capacity (waitlist), approval, questions',
      params: EventParams,
      body: PublicRegistrationSettings,
      response: { 200: PublicRegistrationLink, ...errorResponses },
    },
    handler: (req) => setPublicRegistration(db, userOf(req), req.params.id, req.body, publicUrl),
  });
  app.post('/api/events/:id/registrations/:registrationId/approve', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Approve a registration that awaits approval',
      params: EventParams.extend({ registrationId: z.string().min(1).max(100) }),
      response: { 200: Registration, ...errorResponses },
    },
    handler: async (req) => toRegistration(await approveRegistration(db, userOf(req), req.params.id, req.params.registrationId), userOf(req)),
  });

  app.get('/api/public/events/:token', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags,
      summary: 'The event behind a public registration link (404 when closed)',
      params: TokenParams,
      response: { 200: PublicEvent, ...errorResponses },
    },
    handler: (req) => publicEvent(db, req.params.token),
  });
  app.post('/api/public/events/:token/registrations', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags,
      summary: 'Register without an account; the private manage link arrives by e-mail',
      params: TokenParams,
      body: PublicRegistrationInput,
      response: { 201: z.object({ status: PublicRegistrationStatus }), ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await registerPublicly(db, req.params.token, req.body, publicUrl)),
  });
  app.get('/api/public/registrations/:token', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags,
      summary: 'Your registration, by the private link from the e-mail',
      params: TokenParams,
      response: { 200: ManagedRegistration, ...errorResponses },
    },
    handler: (req) => managedRegistration(db, req.params.token),
  });
  app.patch('/api/public/registrations/:token', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags,
      summary: 'Change your profile, languages, attendance, availability or answers',
      params: TokenParams,
      body: ManagedRegistrationUpdate,
      response: { 200: ManagedRegistration, ...errorResponses },
    },
    handler: (req) => updateManagedRegistration(db, req.params.token, req.body),
  });
  app.delete('/api/public/registrations/:token', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags,
      summary: 'Cancel your registration (the first of the waitlist takes the place)',
      params: TokenParams,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (req, reply) => {
      await cancelManagedRegistration(db, req.params.token, now(), publicUrl);
      return reply.code(204).send(null);
    },
  });
  app.get('/api/public/registrations/:token/agenda', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: { tags, summary: 'Your agenda, by the private link', params: TokenParams, response: { 200: Agenda, ...errorResponses } },
    handler: async (req) => (await agendaByLink(db, req.params.token)).agenda,
  });
  app.get('/api/public/registrations/:token/agenda.ics', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags,
      summary: 'Your meetings as an iCalendar file, by the private link (in ?lang=, else the registration’s language)',
      params: TokenParams,
      querystring: DocumentLanguageQuery,
      response: { 200: z.string().describe('text/calendar'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const { agenda, place, language } = await agendaByLink(db, req.params.token);
      const ics = await renderAgendaIcs(agenda, { place, host: req.hostname, lang: catalogueLanguage(req.query.lang ?? language) });
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="agenda.ics"').send(ics);
    },
  });
  app.get('/api/public/registrations/:token/marketplace', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags,
      summary: 'The marketplace, for a registered delegate without an account',
      params: TokenParams,
      querystring: MarketplaceQuery,
      response: { 200: Marketplace, ...errorResponses },
    },
    handler: (req) => marketplaceByLink(db, req.params.token, req.query),
  });
  app.get('/api/public/registrations/:token/requests', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: { tags, summary: 'Meeting requests you sent or received', params: TokenParams, response: { 200: MeetingRequestList, ...errorResponses } },
    handler: (req) => requestsByLink(db, req.params.token, now()),
  });
  app.post('/api/public/registrations/:token/requests', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags,
      summary: 'Request a meeting as this registration',
      params: TokenParams,
      body: MeetingRequestInput.omit({ from: true }),
      response: { 201: MeetingRequest, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await requestMeetingByLink(db, req.params.token, req.body, now(), publicUrl)),
  });
  app.post('/api/public/registrations/:token/requests/:requestId/response', {
    config: { access: 'public', rateLimit: publicLimit },
    schema: {
      tags,
      summary: 'Accept or decline a request you received',
      params: TokenParams.extend({ requestId: z.string().min(1).max(100) }),
      body: MeetingResponseInput.pick({ answer: true }),
      response: { 200: MeetingRequest, ...errorResponses },
    },
    handler: (req) => respondByLink(db, req.params.token, req.params.requestId, req.body, now(), publicUrl),
  });
}
