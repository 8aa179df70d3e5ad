// The follow-up loop (issue 13): interactions, follow-up tasks, interest, opportunity lifecycle,
// meeting feedback, leads turned into agreements or projects, and the programme report.
import { z } from 'zod';
import { Language } from './localized-text';
import { ClosedReason } from './opportunities';

const IsoDate = z.iso.date();
const csv = <T extends z.ZodType>(item: T) => z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).optional());

// ── Interactions ────────────────────────────────────────────────────────────
export const interactionKinds = ['call', 'meeting', 'email', 'visit', 'delegation'] as const;
export const InteractionKind = z.enum(interactionKinds);

export const InteractionParticipant = z.object({
  userId: z.string().max(100).nullable().optional().describe('a user of the platform'),
  name: z.string().trim().min(1).max(200),
  organisationId: z.string().max(100).nullable().optional().describe('the person’s organisation'),
});

/** What an interaction is about: at least one of them. */
const InteractionLinks = {
  organisationId: z.string().max(100).nullable().default(null),
  opportunityId: z.string().max(100).nullable().default(null),
  matchId: z.string().max(100).nullable().default(null),
  eventId: z.string().max(100).nullable().default(null),
  projectId: z.string().max(100).nullable().default(null),
};

export const InteractionInput = z.object({
  kind: InteractionKind,
  occurredOn: IsoDate,
  note: z.string().trim().max(10_000).default('').describe('in any language; kept as written'),
  participants: z.array(InteractionParticipant).max(50).default([]),
  ...InteractionLinks,
});

export const InteractionAttachment = z.object({ id: z.string(), filename: z.string(), mediaType: z.string(), size: z.number().int() });

export const Interaction = InteractionInput.extend({
  id: z.string(),
  regionId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  attachments: z.array(InteractionAttachment),
}).meta({ id: 'Interaction' });
export type Interaction = z.infer<typeof Interaction>;

export const InteractionListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('words in the note or a participant’s name'),
  kind: csv(InteractionKind),
  organisationId: z.string().max(100).optional(),
  opportunityId: z.string().max(100).optional(),
  matchId: z.string().max(100).optional(),
  eventId: z.string().max(100).optional(),
  projectId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const InteractionList = z.object({ items: z.array(Interaction) });

export const AttachmentUpload = z.object({
  filename: z.string().trim().min(1).max(200),
  contentBase64: z.base64().describe('the file; PDF, office, OpenDocument, PNG/JPEG, text or CSV up to 10 MiB'),
});

// ── Follow-up tasks ─────────────────────────────────────────────────────────
export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export const TaskStatus = z.enum(taskStatuses);
export const taskSources = ['match', 'interaction', 'meeting', 'deliverable', 'opportunity', 'organisation'] as const;
export const TaskSource = z.enum(taskSources);

export const TaskInput = z.object({
  title: z.string().trim().min(1).max(300),
  assigneeId: z.string().max(100).optional().describe('yourself when omitted'),
  dueOn: IsoDate,
  source: z.object({
    kind: TaskSource,
    id: z.string().min(1).max(100),
    parentId: z.string().max(100).optional().describe('deliverable: its project; meeting: its event'),
  }),
});

export const TaskUpdate = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  dueOn: IsoDate.optional(),
  status: TaskStatus.optional(),
  assigneeId: z.string().max(100).optional(),
});

export const Task = z
  .object({
    id: z.string(),
    title: z.string(),
    assigneeId: z.string(),
    assigneeName: z.string(),
    dueOn: z.string(),
    status: TaskStatus,
    overdue: z.boolean(),
    source: z.object({ kind: TaskSource, id: z.string(), parentId: z.string().nullable(), label: z.string().describe('what the record is called') }),
    organisationId: z.string().nullable(),
    regionId: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'FollowUpTask' });
export type Task = z.infer<typeof Task>;

export const TaskListQuery = z.object({
  scope: z.enum(['mine', 'team']).default('mine').describe('team: every task you may see (managers: all)'),
  status: csv(TaskStatus),
  sourceKind: TaskSource.optional(),
  sourceId: z.string().max(100).optional(),
});
export const TaskList = z.object({ items: z.array(Task).describe('overdue first, then by due date') });

export const TaskFeedLink = z.object({ url: z.string().describe('secret iCalendar address of your open tasks; shown once'), createdAt: z.string() });

export const FollowUpSettings = z.object({
  opportunityAlerts: z.boolean().describe('alert me when an opportunity that fits my organisation is published'),
  dailyDigest: z.boolean().describe('e-mail me my due and overdue follow-ups each morning'),
  feedActive: z.boolean(),
});
export const FollowUpSettingsUpdate = FollowUpSettings.omit({ feedActive: true }).partial();

// ── Interest and lifecycle ──────────────────────────────────────────────────
export const InterestInput = z.object({ message: z.string().trim().min(1).max(5000).describe('in any language') });
export const PutForwardInput = z.object({
  organisationId: z.string().min(1).max(100),
  note: z.string().trim().min(1).max(5000).describe('to the partner official'),
});
export const InterestResult = z.object({ id: z.string(), matchId: z.string(), notified: z.number().int().describe('officials and managers told') });

export const OpportunityClose = z
  .object({ reason: ClosedReason, partnerOrganisationId: z.string().max(100).nullable().default(null) })
  .refine((c) => c.reason !== 'partner-found' || c.partnerOrganisationId !== null, {
    path: ['partnerOrganisationId'],
    message: 'name the partner that was found',
  });
export const PublishResult = z.object({ alerted: z.number().int().describe('users who opted in and were alerted') });

// ── Meeting feedback ────────────────────────────────────────────────────────
export const feedbackAnswers = ['follow-up-agreed', 'interesting-not-now', 'not-relevant', 'did-not-take-place'] as const;
export const FeedbackAnswer = z.enum(feedbackAnswers);
export type FeedbackAnswer = z.infer<typeof FeedbackAnswer>;
export const MeetingFeedbackInput = z.object({
  registrationId: z.string().min(1).max(100).describe('the side answering'),
  answer: FeedbackAnswer,
  note: z.string().trim().max(5000).nullable().default(null),
  matchId: z.string().max(100).nullable().default(null).describe('the match this meeting followed up, if any'),
});
export const MeetingFeedback = z.object({
  requestId: z.string(),
  registrationId: z.string(),
  answer: FeedbackAnswer,
  note: z.string().nullable(),
  matchId: z.string().nullable(),
  createdAt: z.string(),
});
export const MeetingFeedbackResult = z.object({
  feedback: z.array(MeetingFeedback).describe('every answer given on this meeting so far'),
  matchStatus: z.string().nullable(),
  taskId: z.string().nullable().describe('the follow-up task created when both sides agreed'),
});
export const EventOutcomes = z.object({
  eventId: z.string(),
  meetings: z.number().int().describe('scheduled meetings'),
  answered: z.number().int().describe('meetings with at least one answer'),
  answers: z.record(FeedbackAnswer, z.number().int()).describe('answers by kind (each side counts)'),
  followUpsAgreed: z.number().int().describe('meetings where both sides agreed a follow-up'),
});

// ── Lead outcomes ───────────────────────────────────────────────────────────
export const leadOutcomeKinds = ['mou', 'letter-of-intent', 'contract', 'project'] as const;
export const LeadOutcomeKind = z.enum(leadOutcomeKinds);
export const LeadOutcomeInput = z
  .object({
    kind: LeadOutcomeKind,
    title: z.string().trim().min(1).max(300),
    signedOn: IsoDate,
    matchId: z.string().max(100).nullable().default(null),
    requestId: z.string().max(100).nullable().default(null).describe('the event meeting it came from'),
    projectId: z.string().max(100).nullable().default(null).describe('the cooperation project it became'),
  })
  .refine((o) => o.matchId !== null || o.requestId !== null, { path: ['matchId'], message: 'name the match or the meeting it came from' })
  .refine((o) => o.kind !== 'project' || o.projectId !== null, { path: ['projectId'], message: 'name the project' });
export const LeadOutcome = z
  .object({
    id: z.string(),
    kind: LeadOutcomeKind,
    title: z.string(),
    signedOn: z.string(),
    matchId: z.string().nullable(),
    requestId: z.string().nullable(),
    projectId: z.string().nullable(),
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable(),
    opportunityId: z.string().nullable(),
    opportunityTitle: z.string().nullable(),
    eventId: z.string().nullable(),
    eventTitle: z.string().nullable().describe('the event of the meeting it came from'),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'LeadOutcome' });
export type LeadOutcome = z.infer<typeof LeadOutcome>;
export const LeadOutcomeQuery = z.object({ projectId: z.string().max(100).optional(), matchId: z.string().max(100).optional(), lang: Language.default('en') });
export const LeadOutcomeList = z.object({ items: z.array(LeadOutcome) });

// ── Programme report ────────────────────────────────────────────────────────
export const reportMeasures = [
  'opportunitiesPublished',
  'matchesProposed',
  'interestsExpressed',
  'meetingsHeld',
  'followUpsAgreed',
  'agreementsSigned',
  'projectsStarted',
] as const;
export const ReportMeasure = z.enum(reportMeasures);
export const ReportQuery = z.object({
  from: IsoDate.optional().describe('first day (inclusive)'),
  to: IsoDate.optional().describe('last day (inclusive)'),
  regionId: z.string().max(100).optional().describe('the opportunity’s region, with its sub-regions; officials: their own'),
  twinningId: z.string().max(100).optional(),
  theme: z.string().max(100).optional(),
  lang: Language.default('en'),
  format: z.enum(['json', 'pdf', 'xlsx']).default('json'),
});
export const ProgrammeReport = z.object({
  filters: z.object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    regionId: z.string().nullable(),
    twinningId: z.string().nullable(),
    theme: z.string().nullable(),
  }),
  funnel: z.array(z.object({ measure: ReportMeasure, count: z.number().int() })).describe('in the order of the loop'),
  events: z.array(EventOutcomes.extend({ title: z.string() })),
});
export type ProgrammeReport = z.infer<typeof ProgrammeReport>;

export const IndicatorFeedInput = z.object({
  projectId: z.string().min(1).max(100),
  indicatorId: z.string().min(1).max(100),
  periodId: z.string().min(1).max(100),
  measure: ReportMeasure,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  regionId: z.string().max(100).optional(),
  twinningId: z.string().max(100).optional(),
  theme: z.string().max(100).optional(),
});
export const IndicatorFeedResult = z.object({ value: z.number().int() });
