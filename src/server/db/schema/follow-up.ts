// The follow-up loop (issue 13): interactions, follow-up tasks, expressions of interest, meeting
// feedback, leads turned into agreements or projects, and what the daily digest already sent.
// Every row carries the organisation and region it concerns, so the access rules ("an
// organisation sees its own, officials their region's") are one indexed condition.
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { eventRegistrations, events, meetingRequests } from './events';
import { matches } from './matching';
import { opportunities } from './opportunities';
import { organisations } from './organisations';
import { projects } from './projects';
import { bytea } from './types';
import { feedbackAnswers, interactionKinds, leadOutcomeKinds, taskSources, taskStatuses } from '../../../shared/api';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export type InteractionParticipantValue = { userId?: string | null; name: string; organisationId?: string | null };

/** A call, meeting, e-mail, visit or delegation, linked to the records it concerns. */
export const interactions = pgTable(
  'interactions',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: interactionKinds }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** The author's own words, in whatever language they wrote (never translated). */
    note: text('note').notNull().default(''),
    participants: jsonb('participants').$type<InteractionParticipantValue[]>().notNull().default([]),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    opportunityId: text('opportunity_id').references(() => opportunities.id, { onDelete: 'set null' }),
    matchId: text('match_id').references(() => matches.id, { onDelete: 'set null' }),
    eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
    projectId: text('project_id').references(() => projects.id, { onDelete: 'set null' }),
    /** The region whose officials see it: the opportunity's, else the organisation's home region. */
    regionId: text('region_id'),
    createdBy: text('created_by').notNull(),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('interactions_organisation_idx').on(t.organisationId, t.occurredOn),
    index('interactions_opportunity_idx').on(t.opportunityId),
    index('interactions_match_idx').on(t.matchId),
    index('interactions_event_idx').on(t.eventId),
    index('interactions_project_idx').on(t.projectId),
    index('interactions_region_idx').on(t.regionId),
  ],
);

/** A file attached to an interaction (checked like project documents: shared/document-files.ts). */
export const interactionAttachments = pgTable(
  'interaction_attachments',
  {
    id: text('id').primaryKey(),
    interactionId: text('interaction_id')
      .notNull()
      .references(() => interactions.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('interaction_attachments_interaction_idx').on(t.interactionId)],
);

/** Something someone must do by a date, about one record (`sourceKind` + `sourceId`). */
export const followUpTasks = pgTable(
  'follow_up_tasks',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    assigneeId: text('assignee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: taskStatuses }).notNull().default('open'),
    sourceKind: text('source_kind', { enum: taskSources }).notNull(),
    sourceId: text('source_id').notNull(),
    /** For deliverables: the project (sourceId is the deliverable's id); for meetings: the event. */
    sourceParentId: text('source_parent_id'),
    /** What the record was called when the task was made (shown in lists, the digest and the feed). */
    sourceLabel: text('source_label').notNull().default(''),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    regionId: text('region_id'),
    createdBy: text('created_by').notNull(),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('follow_up_tasks_assignee_idx').on(t.assigneeId, t.status, t.dueOn),
    index('follow_up_tasks_organisation_idx').on(t.organisationId),
    index('follow_up_tasks_source_idx').on(t.sourceKind, t.sourceId),
  ],
);

/** Per user: what the follow-up loop may send them, and the secret of their task calendar feed. */
export const followUpSettings = pgTable(
  'follow_up_settings',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    opportunityAlerts: boolean('opportunity_alerts').notNull().default(false),
    dailyDigest: boolean('daily_digest').notNull().default(true),
    /** SHA-256 of the task feed's secret (the secret itself is never stored). */
    feedTokenHash: text('feed_token_hash'),
    feedTokenCreatedAt: at('feed_token_created_at'),
  },
  (t) => [uniqueIndex('follow_up_settings_feed_uq').on(t.feedTokenHash)],
);

/**
 * One row per user and day a digest was written: its primary key is what makes several app
 * instances send each user's digest once (the second insert finds the row and sends nothing).
 */
export const digestDeliveries = pgTable(
  'digest_deliveries',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    tasks: integer('tasks').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

/** A member's "Express interest" or a manager putting an organisation forward, with their words. */
export const expressionsOfInterest = pgTable(
  'expressions_of_interest',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['expressed', 'put-forward'] }).notNull(),
    matchId: text('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    opportunityId: text('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('expressions_of_interest_opportunity_idx').on(t.opportunityId), index('expressions_of_interest_created_idx').on(t.createdAt)],
);

/** Each side's answer after an event meeting; at most one per meeting and registration. */
export const meetingFeedback = pgTable(
  'meeting_feedback',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    requestId: text('request_id')
      .notNull()
      .references(() => meetingRequests.id, { onDelete: 'cascade' }),
    registrationId: text('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    answer: text('answer', { enum: feedbackAnswers }).notNull(),
    note: text('note'),
    matchId: text('match_id').references(() => matches.id, { onDelete: 'set null' }),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.registrationId] }), index('meeting_feedback_event_idx').on(t.eventId)],
);

/** A match or a meeting turned into an agreement or a cooperation project, keeping the link. */
export const leadOutcomes = pgTable(
  'lead_outcomes',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: leadOutcomeKinds }).notNull(),
    title: text('title').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    matchId: text('match_id').references(() => matches.id, { onDelete: 'set null' }),
    requestId: text('request_id').references(() => meetingRequests.id, { onDelete: 'set null' }),
    projectId: text('project_id').references(() => projects.id, { onDelete: 'set null' }),
    organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    regionId: text('region_id'),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('lead_outcomes_project_idx').on(t.projectId), index('lead_outcomes_match_idx').on(t.matchId)],
);
