import { z } from 'zod';
import { CheckInCodeInput, CheckInResult, WalkInInput } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import { badgeOfRegistration, badgesOfEvent } from './badges';
import { checkInByCode, registerWalkIn } from './check-in-at-desk';
import { checkInKeyOf } from './check-in-code';

const tags = ['events'];
const EventParams = z.object({ id: z.string().min(1).max(100) });
const RegistrationParams = EventParams.extend({ registrationId: z.string().min(1).max(100) });
const pdf = z.any().describe('application/pdf');

/** Badges with signed check-in codes, and the organiser's check-in desk (by code, or a walk-in). */
export function checkInRoutes(app: App, { db, accounts }: { db: Db; accounts: { now: () => Date; linkKey: Buffer } }) {
  const key = checkInKeyOf(accounts.linkKey);

  app.get('/api/events/:id/registrations/:registrationId/badge.pdf', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'A delegate’s badge with the QR check-in code (own organisation, or organisers)',
      params: RegistrationParams,
      response: { 200: pdf, ...errorResponses },
    },
    handler: async (req, reply) => {
      const file = await badgeOfRegistration(db, req.actor, req.params.id, req.params.registrationId, key);
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="badge.pdf"').send(file);
    },
  });
  app.get('/api/events/:id/badges.pdf', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'The badges of every delegate registered (not cancelled, waitlisted or pending)',
      params: EventParams,
      response: { 200: pdf, ...errorResponses },
    },
    handler: async (req, reply) => {
      const file = await badgesOfEvent(db, req.params.id, key);
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="badges.pdf"').send(file);
    },
  });
  app.post('/api/events/:id/check-in', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Check a delegate in by the code of the badge (404 unknown_check_in_code)',
      params: EventParams,
      body: CheckInCodeInput,
      response: { 200: CheckInResult, ...errorResponses },
    },
    handler: (req) => checkInByCode(db, userOf(req), req.params.id, req.body.code, key, accounts.now()),
  });
  app.post('/api/events/:id/walk-ins', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Register a delegate at the desk and check them in',
      params: EventParams,
      body: WalkInInput,
      response: { 201: CheckInResult, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await registerWalkIn(db, userOf(req), req.params.id, req.body, accounts.now())),
  });
}
