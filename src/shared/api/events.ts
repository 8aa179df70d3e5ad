import { z } from 'zod';
import { DEFAULT_TIME_ZONE } from '../event-time';
import { isTimeZone } from '../time-zones';
import { Id } from './common';
import { Language } from './localized-text';

// Matchmaking events: slots and tables, registrations with availability and offers, meeting
// requests, the schedule, agendas and the organiser's dashboard.

const Instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant');
const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'use an ISO 639 language code such as en, nl or zh');
const SlotId = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, - and _');
/** Two language codes joined by "-", e.g. "en-zh"; the order does not matter. */
const TimeZone = z
  .string()
  .trim()
  .max(100)
  .refine(isTimeZone, 'unknown time zone: use an IANA name such as Europe/Amsterdam or Asia/Shanghai')
  .describe('IANA time zone of the event');
/** The fields without their defaults: a partial update leaves what it does not name unchanged. */
const withoutDefaults = <T extends z.ZodRawShape>(shape: T) =>
  Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v instanceof z.ZodDefault ? v.unwrap() : v])) as {
    [K in keyof T]: T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K];
  };
export const LanguagePair = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}-[a-z]{2,3}$/, 'use two language codes joined by "-", such as en-zh');

export const offerTypes = ['technology-offer', 'technology-request', 'business-offer', 'business-request', 'research-cooperation'] as const;
export const OfferType = z.enum(offerTypes);
/** How a delegate takes part: at the venue, by video call, or either way. */
export const attendanceModes = ['on-site', 'online', 'either'] as const;
export const AttendanceMode = z.enum(attendanceModes);
export type AttendanceMode = z.infer<typeof AttendanceMode>;
export const meetingPriorities = ['must-meet', 'would-like-to'] as const;
export const MeetingPriority = z.enum(meetingPriorities);

export const EventSlot = z.object({
  id: SlotId,
  start: Instant,
  end: Instant,
  kind: z.enum(['meeting', 'break']).default('meeting'),
  label: z.string().trim().max(200).nullable().default(null),
});
export const EventTable = z.object({
  name: z.string().trim().min(1).max(100),
  room: z.string().trim().min(1).max(100).nullable().default(null),
});

const eventFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(10_000).default(''),
  place: z.string().trim().max(300).nullable().default(null),
  timeZone: TimeZone.default(DEFAULT_TIME_ZONE),
  projectId: z.string().min(1).max(100).nullable().default(null),
  activityId: z.string().min(1).max(100).nullable().default(null),
  languages: z.array(LanguageCode).min(1).max(20),
  slots: z.array(EventSlot).min(1).max(500),
  /** A number of numbered tables, or named tables (optionally per room). */
  tables: z.union([z.number().int().min(1).max(2000), z.array(EventTable).min(1).max(2000)]),
  interpreters: z.record(LanguagePair, z.number().int().min(0).max(100)).default({}),
  requestDeadline: Instant.nullable().default(null).describe('unanswered requests expire at this instant'),
  skipPairsMetBefore: z.boolean().default(false).describe('leave out pairs whose organisations met at an earlier event of the same project'),
};
export const EventInput = z.object({ id: Id, ...eventFields });
export const EventUpdate = z.object(withoutDefaults(eventFields)).partial();

export const ScheduleRun = z.object({
  at: z.string(),
  meetings: z.number().int(),
  possible: z.number().int().describe('proven upper bound on the number of meetings'),
  weight: z.number(),
  upperBound: z.number().describe('proven upper bound on the total weight'),
  optimal: z.boolean(),
  oversubscribed: z.array(z.object({ registrationId: z.string(), requested: z.number(), possible: z.number() })),
  unscheduled: z.array(z.string()),
  locked: z.number().int(),
  excludedPairs: z.number().int().optional().describe('pairs left out: declined, or met at an earlier event'),
  elapsedMs: z.number(),
});

export const EventDetail = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    place: z.string().nullable(),
    timeZone: z.string().describe('IANA time zone: slots are wall-clock times there'),
    projectId: z.string().nullable(),
    activityId: z.string().nullable(),
    languages: z.array(z.string()),
    slots: z.array(z.object({ id: z.string(), start: z.string(), end: z.string(), kind: z.enum(['meeting', 'break']), label: z.string().nullable() })),
    days: z.array(z.string()).describe('calendar days with slots, in the event’s time zone'),
    tables: z.array(z.object({ number: z.number().int(), name: z.string(), room: z.string().nullable() })),
    interpreters: z.record(z.string(), z.number()),
    requestDeadline: z.string().nullable(),
    skipPairsMetBefore: z.boolean(),
    publishedAt: z.string().nullable(),
    lastRun: ScheduleRun.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'EventDetail' });
export type EventDetail = z.infer<typeof EventDetail>;
export const EventList = z.object({ items: z.array(EventDetail) });

export const EventOffer = z.object({
  type: OfferType,
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).default(''),
});

const registrationFields = {
  delegateName: z.string().trim().min(1).max(200),
  delegateEmail: z.string().trim().toLowerCase().email().max(254),
  languages: z.array(LanguageCode).min(1).max(10),
  profile: z.string().trim().max(2000).default(''),
  arrivesAt: Instant.nullable().default(null).describe('arrives late: no meetings before'),
  leavesAt: Instant.nullable().default(null).describe('leaves early: no meetings after'),
  blockedSlots: z.array(SlotId).max(500).default([]),
  offers: z.array(EventOffer).max(20).default([]),
  attendance: AttendanceMode.default('on-site').describe('on-site, online (video call) or either'),
  remindersOptOut: z.boolean().default(false).describe('no reminder e-mails (requests waiting, no meetings yet, a meeting about to start)'),
};
export const RegistrationInput = z.object({
  organisationId: Id,
  /** The delegate's account; members register themselves when left out. */
  userId: z.string().min(1).max(100).nullable().optional(),
  ...registrationFields,
});
export const RegistrationUpdate = z.object(withoutDefaults(registrationFields)).partial();

export const Registration = z
  .object({
    id: z.string(),
    eventId: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    userId: z.string().nullable(),
    delegateName: z.string(),
    delegateEmail: z.string().nullable().describe('for the organiser and the delegate only'),
    languages: z.array(z.string()),
    profile: z.string(),
    arrivesAt: z.string().nullable(),
    leavesAt: z.string().nullable(),
    blockedSlots: z.array(z.string()),
    offers: z.array(z.object({ type: OfferType, title: z.string(), description: z.string() })),
    attendance: AttendanceMode,
    remindersOptOut: z.boolean(),
    answers: z.record(z.string(), z.string()).describe('answers to the organiser’s questions (organiser and own organisation only)'),
    status: z
      .enum(['registered', 'cancelled', 'waitlisted', 'pending-approval'])
      .describe('waitlisted: the event was full; pending-approval: the organiser approves'),
    checkedInAt: z.string().nullable(),
    noShowAt: z.string().nullable(),
    feedCreatedAt: z.string().nullable().describe('when the calendar feed URL was made (organiser and own organisation only); null: none'),
    createdAt: z.string(),
  })
  .meta({ id: 'Registration' });
export type Registration = z.infer<typeof Registration>;
export const RegistrationList = z.object({ items: z.array(Registration) });

export const MarketplaceQuery = z.object({ type: OfferType.optional(), q: z.string().trim().max(200).optional() });
export const MarketplaceItem = z.object({
  registrationId: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  delegateName: z.string(),
  profile: z.string(),
  languages: z.array(z.string()),
  type: OfferType,
  title: z.string(),
  description: z.string(),
});
export const Marketplace = z.object({ items: z.array(MarketplaceItem) });
/** The language of the suggestions' explanations: the reader's. */
export const SuggestionsQuery = z.object({ lang: Language.default('en') });

export const Suggestions = z.object({
  items: z.array(z.object({ registrationId: z.string(), delegateName: z.string(), organisationName: z.string(), score: z.number(), explanation: z.string() })),
});

export const MeetingRequestInput = z.object({
  from: z.string().min(1).max(100).describe('the requester’s registration'),
  to: z.array(z.string().min(1).max(100)).min(1, 'invite at least one participant').max(4, 'a group meeting has at most 5 participants'),
  message: z.string().trim().max(2000).default(''),
  priority: MeetingPriority.default('would-like-to'),
  online: z.boolean().default(false).describe('proposed as a video call: accepted, it needs no table'),
});
export const MeetingResponseInput = z.object({
  registrationId: z.string().min(1).max(100).optional().describe('the invitee answering; needed when you hold several'),
  answer: z.enum(['accept', 'decline']),
});

export const requestStatuses = ['pending', 'accepted', 'declined', 'cancelled', 'expired'] as const;
export const MeetingRequest = z
  .object({
    id: z.string(),
    eventId: z.string(),
    requesterId: z.string(),
    invitees: z.array(z.object({ registrationId: z.string(), response: z.enum(['pending', 'accepted', 'declined']), respondedAt: z.string().nullable() })),
    message: z.string(),
    priority: MeetingPriority,
    mutual: z.boolean(),
    online: z.boolean(),
    status: z.enum(requestStatuses).describe('expired: still pending after the event’s request deadline'),
    weight: z.number().int().describe('1 would-like-to, 2 must-meet, 3 mutual'),
    expiresAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'MeetingRequest' });
export type MeetingRequest = z.infer<typeof MeetingRequest>;
export const MeetingRequestList = z.object({ items: z.array(MeetingRequest) });
export const MeetingRequestQuery = z.object({ registrationId: z.string().min(1).max(100).optional() });

export const ScheduleInput = z.object({
  timeLimitSeconds: z.number().min(0.2).max(120).default(5),
});
export const ScheduleOutcome = z
  .object({
    message: z.string().describe('"N of at most M possible meetings scheduled"'),
    run: ScheduleRun,
    oversubscribed: z.array(
      z.object({ registrationId: z.string(), delegateName: z.string(), organisationName: z.string(), requested: z.number(), possible: z.number() }),
    ),
  })
  .meta({ id: 'ScheduleOutcome' });

export const Meeting = z.object({
  requestId: z.string(),
  slotId: z.string(),
  start: z.string(),
  end: z.string(),
  table: z.number().int().describe('0: online, no table'),
  tableName: z.string(),
  room: z.string().nullable(),
  locked: z.boolean(),
  interpreterPair: z.string().nullable(),
  online: z.boolean().describe('a video call that needs no table'),
  videoUrl: z.string().nullable().describe('video-call address when a participant joins online'),
  participants: z.array(z.object({ registrationId: z.string(), delegateName: z.string(), organisationName: z.string() })),
});
export const MeetingList = z.object({ items: z.array(Meeting) });
export const MeetingLockInput = z.object({ locked: z.boolean() });
export const MeetingMove = z
  .object({ slotId: z.string().min(1).max(50), table: z.number().int().min(0).max(2000).describe('0 for an online meeting') })
  .meta({ id: 'MeetingMove' });

export const Agenda = z
  .object({
    eventId: z.string(),
    eventTitle: z.string(),
    timeZone: z.string().describe('show the times in this IANA time zone'),
    registrationId: z.string(),
    delegateName: z.string(),
    organisationName: z.string(),
    published: z.boolean().describe('false: a draft the organiser may still change'),
    items: z.array(
      z.object({
        slotId: z.string(),
        start: z.string(),
        end: z.string(),
        kind: z.enum(['meeting', 'break']),
        label: z.string().nullable(),
        meeting: Meeting.nullable(),
      }),
    ),
  })
  .meta({ id: 'Agenda' });
export type Agenda = z.infer<typeof Agenda>;

export const FeedLink = z
  .object({ url: z.string().describe('secret address of the agenda as an iCalendar feed; shown once'), createdAt: z.string() })
  .meta({ id: 'FeedLink' });
export type FeedLink = z.infer<typeof FeedLink>;

export const TablePlan = z.object({
  eventId: z.string(),
  timeZone: z.string(),
  slots: z.array(z.object({ slotId: z.string(), start: z.string(), end: z.string(), meetings: z.array(Meeting) })),
});
export type TablePlan = z.infer<typeof TablePlan>;

export const EventDashboard = z
  .object({
    registrations: z.object({ registered: z.number(), cancelled: z.number(), checkedIn: z.number(), noShows: z.number() }),
    requests: z.object({ sent: z.number(), pending: z.number(), accepted: z.number(), declined: z.number(), expired: z.number(), cancelled: z.number() }),
    meetings: z.object({ scheduled: z.number(), possible: z.number().nullable(), locked: z.number() }),
    agendaRecipients: z.number().int().describe('the delegates whom publishing the agenda notifies and e-mails (registered, not marked no-show)'),
    load: z.array(
      z.object({
        registrationId: z.string(),
        delegateName: z.string(),
        organisationName: z.string(),
        requested: z.number(),
        accepted: z.number(),
        meetings: z.number(),
        upcomingMeetings: z.number().describe('meetings not yet started: what a no-show or cancellation removes'),
        available: z.number(),
      }),
    ),
  })
  .meta({ id: 'EventDashboard' });

/**
 * An in-app notification. The UI renders `kind` with `params` (names, titles, `requestId`,
 * `registrationId`, `answer`) in the reader's language; `subject` and `text` are the English
 * e-mail copy, shown for kinds the UI does not know.
 */
export const Notification = z.object({
  id: z.string(),
  eventId: z.string().nullable(),
  kind: z.string(),
  params: z.record(z.string(), z.string()),
  subject: z.string(),
  text: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const NotificationList = z.object({ items: z.array(Notification) });
/** Without `ids`, every notification of the user is marked read. */
export const NotificationReadInput = z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(200).optional() }).meta({ id: 'NotificationReadInput' });
