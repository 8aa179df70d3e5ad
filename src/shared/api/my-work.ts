import { z } from 'zod';
import { Role } from './accounts';
import { Language } from './localized-text';
import { meetingPriorities } from './events';
import { MatchStatus } from './matching';
import { OpportunityStatus, opportunityStages } from './opportunities';

/** A text as its author wrote it and its translations (opportunity and project titles, region names). */
const Text = z.object({ original: Language, nl: z.string().optional(), en: z.string().optional(), zh: z.string().optional() });

const Instant = z.string().describe('ISO 8601 instant (shown in the reader’s time zone)');
const Day = z.iso.date();

const MatchCount = z.object({ status: MatchStatus, count: z.int() });

/** Programme managers and admins: the whole programme's work waiting. */
export const ManagerWork = z.object({
  /** Matches per status (current ones, and any a person has moved), for /matches?status=… */
  pipeline: z.array(MatchCount),
  /** Organisations that expressed interest and wait for a manager to shortlist, introduce or dismiss them. */
  awaitingDecision: z.object({
    total: z.int(),
    items: z.array(
      z.object({
        matchId: z.string(),
        opportunityId: z.string(),
        opportunityTitle: Text,
        organisationId: z.string(),
        organisationName: z.string(),
        since: Instant.nullable(),
      }),
    ),
  }),
  overdueDeliverables: z.object({
    total: z.int(),
    items: z.array(z.object({ projectId: z.string(), projectTitle: Text, deliverableId: z.string(), title: Text, dueBy: Day })),
  }),
  /** The first pending go/no-go gate of each open project. */
  nextGates: z.array(z.object({ projectId: z.string(), projectTitle: Text, phaseId: z.string(), order: z.int(), name: Text, plannedEnd: Day.nullable() })),
  /** Events still to come (or without slots yet), with their registrations and unanswered meeting requests. */
  upcomingEvents: z.array(
    z.object({ id: z.string(), title: z.string(), startsAt: Instant.nullable(), timeZone: z.string(), registrations: z.int(), pendingRequests: z.int() }),
  ),
  overdueTasks: z.object({
    total: z.int(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        dueOn: Day,
        assigneeName: z.string(),
        sourceKind: z.string(),
        sourceId: z.string(),
        sourceParentId: z.string().nullable(),
        sourceLabel: z.string(),
      }),
    ),
  }),
  /** The audit trail's latest entries, with the names of who and what. */
  recentChanges: z.array(
    z.object({
      id: z.string(),
      at: Instant,
      actorName: z.string(),
      entityType: z.string(),
      entityId: z.string(),
      /** What the record is called now (null when it is gone or has no name). */
      entityName: z.string().nullable(),
      entityText: Text.nullable(),
      action: z.string(),
    }),
  ),
});
export type ManagerWork = z.infer<typeof ManagerWork>;

/** Members: their organisation's work. */
export const MemberWork = z.object({
  organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Matches no one has acted on yet, newest first. */
  newMatches: z.object({
    total: z.int(),
    items: z.array(
      z.object({ matchId: z.string(), opportunityId: z.string(), opportunityTitle: Text, regionName: Text, score: z.number(), createdAt: Instant }),
    ),
  }),
  /** Meeting requests to a delegate of the member's organisation, still unanswered by them. */
  requestsWaiting: z.array(
    z.object({
      requestId: z.string(),
      eventId: z.string(),
      eventTitle: z.string(),
      fromDelegate: z.string(),
      fromOrganisation: z.string(),
      priority: z.enum(meetingPriorities),
      createdAt: Instant,
    }),
  ),
  /** Scheduled meetings still to come of the organisation's delegates, soonest first. */
  nextMeetings: z.array(
    z.object({
      eventId: z.string(),
      eventTitle: z.string(),
      startsAt: Instant,
      timeZone: z.string(),
      table: z.string().nullable(),
      online: z.boolean(),
      withOrganisations: z.array(z.string()),
    }),
  ),
});
export type MemberWork = z.infer<typeof MemberWork>;

/** Partner officials: their region's opportunities and how their matches stand. */
export const OfficialWork = z.object({
  region: z.object({ id: z.string(), name: Text }).nullable(),
  opportunities: z.array(
    z.object({
      id: z.string(),
      title: Text,
      regionName: Text,
      stage: z.enum(opportunityStages),
      status: OpportunityStatus,
      matchCount: z.int(),
      byStatus: z.array(MatchCount),
    }),
  ),
});
export type OfficialWork = z.infer<typeof OfficialWork>;

/** Admins: accounts. */
export const AdminWork = z.object({
  users: z.object({ total: z.int(), disabled: z.int(), byRole: z.array(z.object({ role: Role, count: z.int() })) }),
  pendingInvitations: z.array(z.object({ userId: z.string(), email: z.string(), displayName: z.string(), role: Role, expiresAt: Instant })),
});
export type AdminWork = z.infer<typeof AdminWork>;

/** GET /api/my-work: the parts of the home page the caller's role has (others absent). */
export const MyWork = z
  .object({
    role: Role,
    today: Day,
    manager: ManagerWork.optional(),
    member: MemberWork.optional(),
    official: OfficialWork.optional(),
    admin: AdminWork.optional(),
  })
  .meta({ id: 'MyWork' });
export type MyWork = z.infer<typeof MyWork>;
