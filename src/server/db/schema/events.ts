import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { offerTypes } from '../../../shared/api/events';
import { users } from './accounts';
import { organisations } from './organisations';
import { timestamps } from './types';
import { attendanceModes, languages, meetingPriorities, publicStatuses } from '../../../shared/api';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export type EventSlotValue = { id: string; start: string; end: string; kind: 'meeting' | 'break'; label: string | null };
export type EventTableValue = { name: string; room: string | null };
export type NotificationParamsValue = Record<string, string>;
export type RegistrationQuestionValue = { id: string; text: string; required: boolean };
export type EventOfferValue = { type: (typeof offerTypes)[number]; title: string; description: string };
/** The summary of the last scheduling run, shown on the organiser's dashboard. */
export type ScheduleRunValue = {
  at: string;
  meetings: number;
  possible: number;
  weight: number;
  upperBound: number;
  optimal: boolean;
  oversubscribed: { registrationId: string; requested: number; possible: number }[];
  unscheduled: string[];
  locked: number;
  excludedPairs?: number;
  elapsedMs: number;
};

/** A matchmaking event: its slots, tables, languages and interpreters (small, kept as JSON). */
export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    place: text('place'),
    /** IANA time zone of the venue: slots are entered and shown as wall-clock times there. */
    timeZone: text('time_zone').notNull().default('Europe/Amsterdam'),
    /** Optionally an activity of a cooperation project (not a foreign key: projects own their ids). */
    projectId: text('project_id'),
    activityId: text('activity_id'),
    languages: jsonb('languages').$type<string[]>().notNull(),
    slots: jsonb('slots').$type<EventSlotValue[]>().notNull(),
    tables: jsonb('tables').$type<EventTableValue[]>().notNull(),
    /** Interpreters per language pair ("en-zh", letters sorted): at most that many such meetings per slot. */
    interpreters: jsonb('interpreters').$type<Record<string, number>>().notNull(),
    /** Unanswered meeting requests expire at this instant (computed on read). */
    requestDeadline: at('request_deadline'),
    publishedAt: at('published_at'),
    /** The shareable part of the public registration link; null while registration without an account is closed. */
    publicToken: text('public_token'),
    /** Registered delegates at most (null: no limit); later ones join the waitlist. */
    registrationCapacity: integer('registration_capacity'),
    registrationApproval: boolean('registration_approval').notNull().default(false),
    registrationQuestions: jsonb('registration_questions').$type<RegistrationQuestionValue[]>().notNull().default([]),
    /** Leave out pairs whose organisations already met at an earlier event of the same project. */
    skipPairsMetBefore: boolean('skip_pairs_met_before').notNull().default(false),
    lastRun: jsonb('last_run').$type<ScheduleRunValue>(),
    ...timestamps,
  },
  (t) => [index('events_project_idx').on(t.projectId), uniqueIndex('events_public_token_uq').on(t.publicToken)],
);

/** A delegate of an organisation taking part in an event. */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    delegateName: text('delegate_name').notNull(),
    delegateEmail: text('delegate_email').notNull(),
    languages: jsonb('languages').$type<string[]>().notNull(),
    profile: text('profile').notNull().default(''),
    arrivesAt: at('arrives_at'),
    leavesAt: at('leaves_at'),
    blockedSlots: jsonb('blocked_slots').$type<string[]>().notNull(),
    offers: jsonb('offers').$type<EventOfferValue[]>().notNull(),
    /** How the delegate takes part: at the venue, by video call, or either way. */
    attendance: text('attendance', { enum: attendanceModes }).notNull().default('on-site'),
    status: text('status', { enum: publicStatuses }).notNull().default('registered'),
    /** Answers to the organiser's questions, by question id. */
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    /** Language of e-mail to a delegate without an account. */
    language: text('language', { enum: languages }),
    /** SHA-256 of the secret of the private link that manages a registration made without an account. */
    manageTokenHash: text('manage_token_hash'),
    /** The delegate asked for no reminders (pending requests, no meetings yet, a meeting about to start). */
    remindersOptOut: boolean('reminders_opt_out').notNull().default(false),
    checkedInAt: at('checked_in_at'),
    noShowAt: at('no_show_at'),
    /** SHA-256 of the secret of the agenda's calendar feed URL (the secret itself is never stored). */
    feedTokenHash: text('feed_token_hash'),
    feedTokenCreatedAt: at('feed_token_created_at'),
    ...timestamps,
  },
  (t) => [
    index('event_registrations_event_idx').on(t.eventId),
    uniqueIndex('event_registrations_email_uq').on(t.eventId, t.delegateEmail),
    uniqueIndex('event_registrations_feed_token_uq').on(t.feedTokenHash),
    uniqueIndex('event_registrations_manage_token_uq').on(t.manageTokenHash),
  ],
);

export type InviteeValue = { registrationId: string; response: 'pending' | 'accepted' | 'declined'; respondedAt: string | null };

/** A request for a meeting: one requester and 1–4 invitees; accepted when every invitee accepts. */
export const meetingRequests = pgTable(
  'meeting_requests',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    requesterId: text('requester_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    invitees: jsonb('invitees').$type<InviteeValue[]>().notNull(),
    message: text('message').notNull().default(''),
    priority: text('priority', { enum: meetingPriorities }).notNull(),
    /** Both sides asked for this one-to-one meeting. */
    mutual: boolean('mutual').notNull().default(false),
    /** Agreed as a video call: the meeting needs no table. */
    online: boolean('online').notNull().default(false),
    status: text('status', { enum: ['pending', 'accepted', 'declined', 'cancelled'] })
      .notNull()
      .default('pending'),
    ...timestamps,
  },
  (t) => [index('meeting_requests_event_idx').on(t.eventId)],
);

/** A scheduled meeting: a request placed in a slot at a table (1-based, as the engine counts). */
export const eventMeetings = pgTable(
  'event_meetings',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    requestId: text('request_id')
      .notNull()
      .references(() => meetingRequests.id, { onDelete: 'cascade' }),
    slotId: text('slot_id').notNull(),
    table: integer('table_number').notNull(),
    /** Published meetings are locked: re-scheduling leaves them where they are. */
    locked: boolean('locked').notNull().default(false),
    interpreterPair: text('interpreter_pair'),
    /** Video-call address (EVENT_VIDEO_URL_TEMPLATE) when a participant joins online; table 0 = no table. */
    videoUrl: text('video_url'),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.eventId, t.requestId] }), index('event_meetings_slot_idx').on(t.eventId, t.slotId)],
);

/**
 * Reminders sent: one row per delegate, kind and subject (the meeting's request id, or '' for the
 * once-per-event kinds), claimed in the transaction that writes the e-mail, so that every instance
 * may run the reminder pass and each reminder still goes out once.
 */
export const eventReminders = pgTable(
  'event_reminders',
  {
    registrationId: text('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['requests-waiting', 'no-meetings-yet', 'meeting-soon'] }).notNull(),
    subject: text('subject').notNull().default(''),
    sentAt: at('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.kind, t.subject] })],
);

/** In-app notifications (e-mail copies go to the accounts outbox). */
export const notifications = pgTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    eventId: text('event_id').references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** What the UI renders in the reader's language (names, titles, answer); subject and text are the English e-mail. */
    params: jsonb('params').$type<NotificationParamsValue>().notNull().default({}),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    readAt: at('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId), index('notifications_email_idx').on(t.email)],
);
