import { z } from 'zod';
import {
  EventDetail,
  MeetingList,
  MeetingLockInput,
  MeetingMove,
  MeetingSwap,
  MeetingRequest,
  MeetingRequestInput,
  MeetingRequestList,
  MeetingRequestQuery,
  MeetingResponseInput,
  ScheduleInput,
  ScheduleOutcome,
  WhatIfInput,
  WhatIfReport,
} from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { policies, userOf } from '../../plugins/access';
import { scheduleInWorker, scheduleSeriesInWorker } from '../../solver/schedule-in-worker';
import * as service from './events.service';
import { moveMeeting } from './move-meeting';
import { swapMeetings } from './swap-meetings';
import { whatIf } from './what-if';

const tags = ['events'];
const EventParams = z.object({ id: z.string().min(1).max(100) });
const RequestParams = EventParams.extend({ requestId: z.string().min(1).max(100) });

/**
 * Meeting requests between delegates, and the organiser's scheduling of them: the scheduler run,
 * publishing, the meeting grid (lock, move, swap) and the what-if of more capacity.
 */
export function meetingRoutes(
  app: App,
  { db, accounts, eventVideoUrlTemplate }: { db: Db; accounts: { now: () => Date; publicUrl: string }; eventVideoUrlTemplate?: string },
) {
  const now = () => accounts.now();

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
}
