import { z } from 'zod';
import { ProjectInput } from '../../../core/projects/api';
import {
  AttachmentUpload,
  EventOutcomes,
  FollowUpSettings,
  FollowUpSettingsUpdate,
  IdParams,
  IndicatorFeedInput,
  IndicatorFeedResult,
  Interaction,
  InteractionInput,
  InteractionList,
  InteractionListQuery,
  InterestInput,
  InterestResult,
  LeadOutcome,
  LeadOutcomeInput,
  LeadOutcomeList,
  LeadOutcomeQuery,
  MeetingFeedback,
  MeetingFeedbackInput,
  MeetingFeedbackResult,
  Opportunity,
  OpportunityClose,
  ProgrammeReport,
  PutForwardInput,
  ReportQuery,
  Task,
  TaskFeedLink,
  TaskInput,
  TaskList,
  TaskListQuery,
  TaskUpdate,
} from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { type Policy, policies, userOf } from '../../plugins/access';
import * as service from './follow-up.service';

const tags = ['follow-up'];
/** Interactions, tasks and outcomes: every signed-in user, for their own organisation or region (checked by the service). */
const ownRecords: Policy = 'signed-in';
const reporters: Policy = {
  roles: ['partner-official', 'programme-manager', 'admin'],
  description: 'partner-official (own region) | programme-manager | admin',
};
/** A new cooperation project from a match or a meeting: the project as POST /api/projects takes it, and the lead. */
const LeadProjectInput = z
  .object({
    matchId: z.string().max(100).nullable().default(null),
    requestId: z.string().max(100).nullable().default(null).describe('the event meeting it came from'),
    project: ProjectInput,
  })
  .refine((o) => o.matchId !== null || o.requestId !== null, { path: ['matchId'], message: 'name the match or the meeting it came from' });
const MeetingParams = z.object({ id: z.string().min(1).max(100), requestId: z.string().min(1).max(100) });

export function followUpRoutes(app: App, { db, accounts }: { db: Db; accounts: { now: () => Date; publicUrl: string } }) {
  const now = () => accounts.now();
  const deps = { publicUrl: accounts.publicUrl };

  // ── Interactions ──
  app.get('/api/follow-up/interactions', {
    config: { access: ownRecords },
    schema: {
      tags,
      summary: 'The interaction timeline, newest first: your organisation’s (members), your region’s (officials), all (managers); searchable',
      querystring: InteractionListQuery,
      response: { 200: InteractionList, ...errorResponses },
    },
    handler: (req) => service.listInteractions(db, userOf(req), req.query),
  });
  app.post('/api/follow-up/interactions', {
    config: { access: ownRecords },
    schema: {
      tags,
      summary: 'Log a call, meeting, e-mail, visit or delegation about an organisation, opportunity, match, event or project',
      body: InteractionInput,
      response: { 201: Interaction, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.logInteraction(db, userOf(req), req.body)),
  });
  app.get('/api/follow-up/interactions/:id', {
    config: { access: ownRecords },
    schema: { tags, params: IdParams, response: { 200: Interaction, ...errorResponses } },
    handler: (req) => service.getInteraction(db, userOf(req), req.params.id),
  });
  app.post('/api/follow-up/interactions/:id/attachments', {
    config: { access: ownRecords },
    // Base64 of a 10 MiB file plus the name.
    bodyLimit: 15 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Attach a file (pdf, office, image or text up to 10 MiB, checked by content)',
      params: IdParams,
      body: AttachmentUpload,
      response: { 201: Interaction, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.attachFile(db, userOf(req), req.params.id, req.body)),
  });
  app.get('/api/follow-up/interactions/:id/attachments/:attachmentId', {
    config: { access: ownRecords },
    schema: {
      tags,
      summary: 'Download an attachment',
      params: IdParams.extend({ attachmentId: z.string().min(1).max(100) }),
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (req, reply) => {
      const file = await service.attachmentFile(db, userOf(req), req.params.id, req.params.attachmentId);
      return reply
        .type(file.mediaType)
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="${file.filename.replace(/[^\w.-]+/g, '_')}"`)
        .send(file.content);
    },
  });

  // ── Tasks ──
  app.get('/api/follow-up/tasks', {
    config: { access: ownRecords },
    schema: {
      tags,
      summary: 'My follow-ups (scope=mine, overdue first) or the team’s (scope=team)',
      querystring: TaskListQuery,
      response: { 200: TaskList, ...errorResponses },
    },
    handler: (req) => service.listTasks(db, userOf(req), req.query, now()),
  });
  app.post('/api/follow-up/tasks', {
    config: { access: ownRecords },
    schema: {
      tags,
      summary: 'Create a follow-up task about a match, interaction, meeting, deliverable, opportunity or organisation',
      body: TaskInput,
      response: { 201: Task, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.createTask(db, userOf(req), req.body, now())),
  });
  app.patch('/api/follow-up/tasks/:id', {
    config: { access: ownRecords },
    schema: {
      tags,
      summary: 'Mark a task done or cancelled, re-plan it or hand it over',
      params: IdParams,
      body: TaskUpdate,
      response: { 200: Task, ...errorResponses },
    },
    handler: (req) => service.updateTask(db, userOf(req), req.params.id, req.body, now()),
  });
  app.post('/api/follow-up/tasks/feed', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'A new secret iCalendar address of your open tasks (an earlier one stops working)',
      response: { 201: TaskFeedLink, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.issueTaskFeed(db, userOf(req), { now: now(), publicUrl: accounts.publicUrl })),
  });
  app.delete('/api/follow-up/tasks/feed', {
    config: { access: 'signed-in' },
    schema: { tags, summary: 'Revoke your task feed address', response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await service.revokeTaskFeed(db, userOf(req));
      return reply.code(204).send(null);
    },
  });
  // The feed's secret address is its own authorisation: calendar apps poll it without a session.
  app.get('/api/follow-up/feeds/:file', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Your open tasks as an iCalendar feed (TOKEN.ics; 404 for unknown or revoked tokens)',
      params: z.object({ file: z.string().max(100) }),
      response: { 200: z.string(), ...errorResponses },
    },
    handler: async (req, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .send(await service.taskFeed(db, req.params.file, req.hostname)),
  });
  app.get('/api/follow-up/settings', {
    config: { access: 'signed-in' },
    schema: { tags, summary: 'Your opportunity alerts and daily digest choices', response: { 200: FollowUpSettings, ...errorResponses } },
    handler: (req) => service.getSettings(db, userOf(req)),
  });
  app.put('/api/follow-up/settings', {
    config: { access: 'signed-in' },
    schema: { tags, body: FollowUpSettingsUpdate, response: { 200: FollowUpSettings, ...errorResponses } },
    handler: (req) => service.updateSettings(db, userOf(req), req.body),
  });

  // ── Interest and the opportunity lifecycle ──
  app.post('/api/opportunities/:id/interest', {
    config: { access: { roles: ['member'], description: 'member (own organisation)' } },
    schema: {
      tags,
      summary: 'Express your organisation’s interest: the match moves to "interested" and the opportunity’s owners are told',
      params: IdParams,
      body: InterestInput,
      response: { 201: InterestResult, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.expressInterest(db, userOf(req), req.params.id, req.body.message, deps)),
  });
  app.post('/api/opportunities/:id/put-forward', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Put an organisation forward with a note to the region’s partner official',
      params: IdParams,
      body: PutForwardInput,
      response: { 201: InterestResult, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.putForward(db, userOf(req), req.params.id, req.body, deps)),
  });
  app.post('/api/opportunities/:id/publish', {
    config: { access: policies.regionEditors },
    schema: {
      tags,
      summary: 'Publish a draft (or reopen a closed) opportunity; opted-in members of the best-matching organisations are alerted',
      params: IdParams,
      response: { 200: Opportunity, ...errorResponses },
    },
    handler: (req) => service.publishOpportunity(db, userOf(req), req.params.id),
  });
  app.post('/api/opportunities/:id/close', {
    config: { access: policies.regionEditors },
    schema: {
      tags,
      summary: 'Close an opportunity: partner found (named), withdrawn or expired',
      params: IdParams,
      body: OpportunityClose,
      response: { 200: Opportunity, ...errorResponses },
    },
    handler: (req) => service.closeOpportunity(db, userOf(req), req.params.id, req.body),
  });

  // ── Meeting feedback and event outcomes ──
  app.post('/api/events/:id/meetings/:requestId/feedback', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'One side’s answer after a meeting (the delegate, their organisation or the organiser)',
      params: MeetingParams,
      body: MeetingFeedbackInput,
      response: { 200: MeetingFeedbackResult, ...errorResponses },
    },
    handler: (req) => service.giveMeetingFeedback(db, userOf(req), req.params.id, req.params.requestId, req.body, now()),
  });
  app.get('/api/events/:id/meetings/:requestId/feedback', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'The answers given on a meeting (its two sides and the organiser)',
      params: MeetingParams,
      response: { 200: z.object({ feedback: z.array(MeetingFeedback) }), ...errorResponses },
    },
    handler: (req) => service.meetingFeedbackOf(db, userOf(req), req.params.id, req.params.requestId),
  });
  app.get('/api/events/:id/outcomes', {
    config: { access: 'programme-manager' },
    schema: { tags, summary: 'The event’s outcome numbers from the meeting feedback', params: IdParams, response: { 200: EventOutcomes, ...errorResponses } },
    handler: (req) => service.eventOutcomes(db, req.params.id),
  });

  // ── From lead to cooperation ──
  app.post('/api/follow-up/outcomes', {
    config: { access: ownRecords },
    schema: {
      tags,
      summary: 'Record an agreement (MoU, letter of intent, contract) or a cooperation project that came from a match or meeting',
      body: LeadOutcomeInput,
      response: { 201: LeadOutcome, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.recordLeadOutcome(db, userOf(req), req.body)),
  });
  app.post('/api/follow-up/outcomes/project', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Start a new cooperation project from a match or a meeting, keeping the link (the match reaches "collaboration started")',
      body: LeadProjectInput,
      response: { 201: LeadOutcome, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await service.startProjectFromLead(db, userOf(req), req.body, now().toISOString().slice(0, 10))),
  });
  app.get('/api/follow-up/outcomes', {
    config: { access: ownRecords },
    schema: {
      tags,
      summary: 'Agreements and projects that came from matches and meetings (?projectId: where a project came from)',
      querystring: LeadOutcomeQuery,
      response: { 200: LeadOutcomeList, ...errorResponses },
    },
    handler: async (req) => ({ items: await service.listLeadOutcomes(db, userOf(req), req.query) }),
  });

  // ── Programme report ──
  app.get('/api/follow-up/report', {
    config: { access: reporters },
    schema: {
      tags,
      summary: 'The programme report (funnel and event outcomes); ?format=pdf|xlsx in the reader’s language (lang)',
      querystring: ReportQuery,
      response: { 200: z.union([ProgrammeReport, z.any()]), ...errorResponses },
    },
    handler: async (req, reply) => {
      const report = await service.programmeReport(db, userOf(req), req.query);
      if (req.query.format === 'json') return report;
      const pdf = req.query.format === 'pdf';
      const file = pdf ? await service.reportPdf(report, req.query.lang) : await service.reportXlsx(report, req.query.lang);
      return reply
        .type(pdf ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="programme-report.${req.query.format}"`)
        .send(file);
    },
  });
  app.post('/api/follow-up/report/indicator', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Record a number of the report as a project indicator’s actual for a period',
      body: IndicatorFeedInput,
      response: { 200: IndicatorFeedResult, ...errorResponses },
    },
    handler: (req) => service.feedIndicator(db, userOf(req), req.body),
  });
}
