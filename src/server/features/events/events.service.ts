import { ErrorCode } from '../../../shared/api';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { indexOrganisations, rankOrganisations } from '../../../core/matching/index';
import type { MeetingRequest as EngineRequest, ScheduledMeeting, SchedulingEvent } from '../../../core/scheduling/index';
import type {
  Agenda,
  EventDetail,
  EventInput,
  EventUpdate,
  MarketplaceQuery,
  MeetingRequest,
  MeetingRequestInput,
  MeetingResponseInput,
  Registration,
  RegistrationInput,
  RegistrationUpdate,
  ScheduleInput,
  TablePlan,
} from '../../../shared/api';
import { type Actor, managesProgramme, type Viewer } from '../../actor';
import { localDay } from '../../../shared/event-time';
import type { Db, DbOrTx } from '../../db/open-database';
import type { ScheduleRunner } from '../../solver/schedule-in-worker';
import type { EventSlotValue, EventTableValue, InviteeValue, ScheduleRunValue } from '../../db/schema/events';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { conflict, forbidden, invalid, notFound, unknownReference } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { matchingBridge } from '../matching/matching.service';
import { projectActivityExists } from '../projects/projects.service';
import { declinedPairs, pairsThatMetBefore } from './excluded-pairs';
import * as repo from './events.repository';
import { meetsOnline, needsVideoCall, videoUrlFor } from './hybrid-meetings';
import { promoteFromWaitlist } from './promote-waitlist';
import type { EventRow, MeetingRow, RegistrationRow, RequestRow } from './events.repository';
import { type NotificationContent, notificationLink, notificationMail } from './notification-mail';

/** The clock of the app (tests move it); services take it as a plain parameter. */
export type Clock = () => Date;

type Issue = { path: string; message: string };

// ---------------------------------------------------------------------------------------------
// Rules shared by the whole feature

/**
 * The weight of an accepted request in the schedule (docs/decisions/009-meeting-weights-and-locking.md):
 * 3 when both sides asked for the meeting, 2 for "must meet", 1 for "would like to".
 */
export function requestWeight(r: Pick<RequestRow, 'mutual' | 'priority'>): number {
  return r.mutual ? 3 : r.priority === 'must-meet' ? 2 : 1;
}

/** A pending request expires when the event's request deadline has passed (computed on read). */
export function effectiveStatus(r: Pick<RequestRow, 'status'>, event: Pick<EventRow, 'requestDeadline'>, now: Date): MeetingRequest['status'] {
  if (r.status === 'pending' && event.requestDeadline && now.getTime() >= Date.parse(event.requestDeadline)) return 'expired';
  return r.status;
}

export const participantsOf = (r: RequestRow) => [r.requesterId, ...r.invitees.map((i) => i.registrationId)];
const isActive = (reg: RegistrationRow) => reg.status === 'registered' && reg.noShowAt === null;
const normalisePair = (pair: string) => pair.toLowerCase().split('-').sort().join('-');

/** Members act for the registrations of their own organisation (and their own); organisers for all. */
export function actsFor(actor: Viewer, reg: Pick<RegistrationRow, 'userId' | 'organisationId'>): boolean {
  if (!actor) return false;
  if (managesProgramme(actor)) return true;
  if (actor.kind !== 'user') return false;
  return reg.userId === actor.id || (actor.organisationId !== null && actor.organisationId === reg.organisationId);
}

/**
 * The interpreter pair a meeting needs, or null: none when all participants share a language.
 * For two participants without a common language it is the configured pair (most interpreters
 * first) between a language of each; without one, the pair of their first languages (which has no
 * interpreters, so the meeting cannot be placed and is reported as unscheduled).
 */
export function interpreterPairFor(languages: string[][], interpreters: Record<string, number>): string | null {
  const [first, ...rest] = languages;
  if (!first) return null;
  const common = first.filter((l) => rest.every((ls) => ls.includes(l)));
  if (common.length > 0) return null;
  // The two participants who share no language (for a group: the first such pair).
  let a = first;
  let b = rest.find((ls) => !ls.some((l) => a.includes(l)));
  if (!b) {
    outer: for (let i = 0; i < languages.length; i++) {
      for (let j = i + 1; j < languages.length; j++) {
        if (!languages[i]!.some((l) => languages[j]!.includes(l))) {
          a = languages[i]!;
          b = languages[j]!;
          break outer;
        }
      }
    }
  }
  if (!b) b = rest[0] ?? first;
  const candidates = a.flatMap((x) => b.map((y) => normalisePair(`${x}-${y}`)));
  const configured = candidates.filter((p) => (interpreters[p] ?? 0) > 0).sort((p, q) => interpreters[q]! - interpreters[p]!);
  return configured[0] ?? candidates[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Events

function tablesOf(row: Pick<EventRow, 'tables'>) {
  return row.tables.map((t, i) => ({ number: i + 1, name: t.name, room: t.room }));
}

export function toEventDetail(row: EventRow): EventDetail {
  const days = [...new Set(row.slots.map((s) => localDay(s.start, row.timeZone)))].sort();
  // The registration link is the organiser's to share: GET …/public-registration shows it.
  const { publicToken: _publicToken, registrationQuestions: _questions, ...shown } = row;
  return { ...shown, days, tables: tablesOf(row), lastRun: row.lastRun ?? null };
}

function normaliseEvent<T extends Partial<z.output<typeof EventUpdate>>>(input: T): Omit<T, 'tables' | 'slots' | 'interpreters'> & {
  tables?: EventTableValue[];
  slots?: EventSlotValue[];
  interpreters?: Record<string, number>;
} {
  const { tables, slots, interpreters, ...rest } = input;
  const out: ReturnType<typeof normaliseEvent<T>> = { ...rest };
  if (tables !== undefined) {
    out.tables = typeof tables === 'number' ? Array.from({ length: tables }, (_, i) => ({ name: String(i + 1), room: null })) : tables;
  }
  if (slots !== undefined) {
    out.slots = [...slots]
      .map((s) => ({ ...s, start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString() }))
      .sort((a, b) => a.start.localeCompare(b.start));
  }
  if (interpreters !== undefined) {
    out.interpreters = Object.fromEntries(Object.entries(interpreters).map(([k, v]) => [normalisePair(k), v]));
  }
  return out;
}

function checkEvent(input: { slots?: z.output<typeof EventInput>['slots']; projectId?: string | null; activityId?: string | null }): void {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  (input.slots ?? []).forEach((s, i) => {
    if (Date.parse(s.end) <= Date.parse(s.start)) issues.push({ path: `slots.${i}.end`, message: 'must be after start' });
    if (seen.has(s.id)) issues.push({ path: `slots.${i}.id`, message: `slot "${s.id}" appears twice` });
    seen.add(s.id);
  });
  const meetings = (input.slots ?? []).map((s, i) => ({ ...s, i })).filter((s) => s.kind === 'meeting');
  meetings.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (let k = 1; k < meetings.length; k++) {
    if (Date.parse(meetings[k]!.start) < Date.parse(meetings[k - 1]!.end)) {
      issues.push({ path: `slots.${meetings[k]!.i}.start`, message: `overlaps meeting slot "${meetings[k - 1]!.id}"` });
    }
  }
  if (input.activityId && !input.projectId) issues.push({ path: 'projectId', message: 'an activity belongs to a project: give its projectId' });
  if (issues.length) throw invalid(issues);
}

/** The project and activity an event names must exist (they are not foreign keys: projects own their ids). */
async function checkProjectActivity(db: DbOrTx, projectId: string | null | undefined, activityId: string | null | undefined): Promise<void> {
  if (!projectId) return;
  const found = await projectActivityExists(db, projectId, activityId ?? null);
  if (!found.project) throw invalid([{ path: 'projectId', message: `there is no project "${projectId}"` }]);
  if (activityId && !found.activity) throw invalid([{ path: 'activityId', message: `project "${projectId}" has no activity "${activityId}"` }]);
}

export async function listEvents(db: Db): Promise<{ items: EventDetail[] }> {
  return { items: (await repo.listEvents(db)).map(toEventDetail) };
}

async function eventOrThrow(db: DbOrTx, id: string): Promise<EventRow> {
  const event = await repo.findEvent(db, id);
  if (!event) throw notFound('Event', id);
  return event;
}

export async function getEvent(db: Db, id: string): Promise<EventDetail> {
  return toEventDetail(await eventOrThrow(db, id));
}

export async function createEvent(db: Db, actor: Actor, input: z.output<typeof EventInput>): Promise<EventDetail> {
  checkEvent(input);
  const values = normaliseEvent(input);
  return db.transaction(async (tx) => {
    await checkProjectActivity(tx, input.projectId, input.activityId);
    let row;
    try {
      row = await repo.insertEvent(tx, { ...values, tables: values.tables!, slots: values.slots!, interpreters: values.interpreters ?? {} });
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation) throw conflict(ErrorCode.alreadyExists, `An event with id "${input.id}" already exists`, { id: input.id });
      throw error;
    }
    await recordAudit(tx, actor, { entityType: 'event', entityId: row.id, action: 'create', after: row });
    return toEventDetail(row);
  });
}

export async function updateEvent(db: Db, actor: Actor, id: string, input: z.output<typeof EventUpdate>): Promise<EventDetail> {
  const values = normaliseEvent(input);
  return db.transaction(async (tx) => {
    const before = await eventOrThrow(tx, id);
    checkEvent({ slots: input.slots, projectId: input.projectId ?? before.projectId, activityId: input.activityId ?? before.activityId });
    if (input.projectId !== undefined || input.activityId !== undefined) {
      await checkProjectActivity(tx, input.projectId ?? before.projectId, input.activityId ?? before.activityId);
    }
    const row = (await repo.updateEvent(tx, id, values))!;
    // Meetings in slots or at tables that no longer exist are dropped.
    const slots = new Set(row.slots.filter((s) => s.kind === 'meeting').map((s) => s.id));
    const gone = (await repo.listMeetings(tx, id)).filter((m) => !slots.has(m.slotId) || m.table > row.tables.length);
    await repo.deleteMeetings(tx, id, gone.map((m) => m.requestId));
    await recordAudit(tx, actor, { entityType: 'event', entityId: id, action: 'update', before, after: row });
    return toEventDetail(row);
  });
}

// ---------------------------------------------------------------------------------------------
// Registrations

export function toRegistration(row: RegistrationRow, viewer: Viewer): Registration {
  const { updatedAt: _updatedAt, feedTokenCreatedAt, answers, ...rest } = row;
  const own = actsFor(viewer, row);
  return { ...rest, delegateEmail: own ? row.delegateEmail : null, feedCreatedAt: own ? feedTokenCreatedAt : null, answers: own ? answers : {} };
}

function checkAvailability(event: EventRow, input: { arrivesAt?: string | null; leavesAt?: string | null; blockedSlots?: string[] }): void {
  const issues: Issue[] = [];
  const slots = new Set(event.slots.map((s) => s.id));
  (input.blockedSlots ?? []).forEach((s, i) => {
    if (!slots.has(s)) issues.push({ path: `blockedSlots.${i}`, message: `the event has no slot "${s}"` });
  });
  if (input.arrivesAt && input.leavesAt && Date.parse(input.leavesAt) <= Date.parse(input.arrivesAt)) {
    issues.push({ path: 'leavesAt', message: 'must be after arrivesAt' });
  }
  if (issues.length) throw invalid(issues);
}

const iso = (value: string | null | undefined) => (value ? new Date(value).toISOString() : value);

export async function listRegistrations(db: Db, viewer: Viewer, eventId: string) {
  await eventOrThrow(db, eventId);
  return { items: (await repo.listRegistrations(db, eventId)).map((r) => toRegistration(r, viewer)) };
}

export async function register(db: Db, actor: Actor, eventId: string, input: z.output<typeof RegistrationInput>): Promise<Registration> {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    checkAvailability(event, input);
    if (!(await repo.organisationName(tx, input.organisationId))) {
      throw invalid([unknownReference('organisationId', 'organisation', input.organisationId)]);
    }
    const manager = managesProgramme(actor);
    if (!manager && (actor.kind !== 'user' || actor.organisationId !== input.organisationId)) {
      throw forbidden(ErrorCode.ownOrganisationOnly, 'Members register delegates of their own organisation only');
    }
    let userId = input.userId ?? null;
    if (!manager && actor.kind === 'user') {
      if (userId !== null && userId !== actor.id) throw forbidden(ErrorCode.organisersRegisterOthers, 'Only organisers register other users');
      userId ??= actor.id;
    }
    let created;
    try {
      created = await repo.insertRegistration(tx, {
        id: randomUUID(),
        eventId,
        organisationId: input.organisationId,
        userId,
        delegateName: input.delegateName,
        delegateEmail: input.delegateEmail,
        languages: input.languages,
        profile: input.profile,
        arrivesAt: iso(input.arrivesAt),
        leavesAt: iso(input.leavesAt),
        blockedSlots: input.blockedSlots,
        offers: input.offers,
        attendance: input.attendance,
        remindersOptOut: input.remindersOptOut,
      });
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation) throw conflict(ErrorCode.alreadyRegistered, `${input.delegateEmail} is already registered for this event`, { email: input.delegateEmail });
      throw error;
    }
    await recordAudit(tx, actor, { entityType: 'event-registration', entityId: created.id, action: 'create', after: created });
    return toRegistration((await repo.findRegistration(tx, eventId, created.id))!, actor);
  });
}

async function registrationOrThrow(db: DbOrTx, eventId: string, id: string) {
  const reg = await repo.findRegistration(db, eventId, id);
  if (!reg) throw notFound('Registration', id);
  return reg;
}

export async function updateRegistration(db: Db, actor: Actor, eventId: string, id: string, input: z.output<typeof RegistrationUpdate>) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const before = await registrationOrThrow(tx, eventId, id);
    if (!actsFor(actor, before)) throw forbidden(ErrorCode.ownOrganisationOnly, 'You may change your own organisation’s registrations only');
    checkAvailability(event, { arrivesAt: input.arrivesAt ?? before.arrivesAt, leavesAt: input.leavesAt ?? before.leavesAt, blockedSlots: input.blockedSlots });
    const values = { ...input, arrivesAt: iso(input.arrivesAt), leavesAt: iso(input.leavesAt) };
    await repo.updateRegistration(tx, id, values);
    const after = (await repo.findRegistration(tx, eventId, id))!;
    await recordAudit(tx, actor, { entityType: 'event-registration', entityId: id, action: 'update', before, after });
    return toRegistration(after, actor);
  });
}

/**
 * A cancellation or a no-show: the delegate's meetings that have not started are removed (locked
 * or not) and the organiser re-schedules; meetings already held stay on record.
 */
async function withdraw(db: Db, actor: Actor, eventId: string, id: string, how: 'cancel' | 'no-show', now: Date, publicUrl: string) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const before = await registrationOrThrow(tx, eventId, id);
    if (how === 'cancel' && !actsFor(actor, before)) throw forbidden(ErrorCode.ownOrganisationOnly, 'You may cancel your own organisation’s registrations only');
    if (before.status === 'cancelled') throw conflict(ErrorCode.registrationCancelled, 'This registration is already cancelled');
    await repo.updateRegistration(tx, id, how === 'cancel' ? { status: 'cancelled' } : { noShowAt: now.toISOString() });
    // A cancelled place goes to the first of the waitlist.
    if (how === 'cancel' && (before.status === 'registered' || before.status === 'pending-approval')) await promoteFromWaitlist(tx, event);
    const started = new Set(event.slots.filter((s) => Date.parse(s.start) <= now.getTime()).map((s) => s.id));
    const requests = new Map((await repo.listRequests(tx, eventId)).map((r) => [r.id, r]));
    const removed = (await repo.listMeetings(tx, eventId)).filter(
      (m) => !started.has(m.slotId) && participantsOf(requests.get(m.requestId)!).includes(id),
    );
    await repo.deleteMeetings(tx, eventId, removed.map((m) => m.requestId));
    if (how === 'cancel') {
      for (const r of requests.values()) {
        if (r.requesterId === id && (r.status === 'pending' || r.status === 'accepted')) await repo.updateRequest(tx, r.id, { status: 'cancelled' });
      }
    }
    const after = (await repo.findRegistration(tx, eventId, id))!;
    await recordAudit(tx, actor, { entityType: 'event-registration', entityId: id, action: how, before, after: { ...after, meetingsRemoved: removed.map((m) => m.requestId) } });
    if (event.publishedAt && removed.length > 0) {
      const regs = new Map((await repo.listRegistrations(tx, eventId)).map((r) => [r.id, r]));
      const others = new Set(removed.flatMap((m) => participantsOf(requests.get(m.requestId)!)).filter((p) => p !== id));
      await notify(tx, publicUrl, event, [...others].map((p) => regs.get(p)!), {
        kind: 'agenda-changed',
        params: { cause: 'withdrawal', name: after.delegateName, organisation: after.organisationName },
      });
    }
    return toRegistration(after, actor);
  });
}

export const cancelRegistration = (db: Db, actor: Actor, eventId: string, id: string, now: Date, publicUrl: string) => withdraw(db, actor, eventId, id, 'cancel', now, publicUrl);
export const recordNoShow = (db: Db, actor: Actor, eventId: string, id: string, now: Date, publicUrl: string) => withdraw(db, actor, eventId, id, 'no-show', now, publicUrl);

export async function checkIn(db: Db, actor: Actor, eventId: string, id: string, now: Date) {
  return db.transaction(async (tx) => {
    const before = await registrationOrThrow(tx, eventId, id);
    if (before.status === 'cancelled') throw conflict(ErrorCode.registrationCancelled, 'This registration is cancelled');
    await repo.updateRegistration(tx, id, { checkedInAt: now.toISOString(), noShowAt: null });
    const after = (await repo.findRegistration(tx, eventId, id))!;
    await recordAudit(tx, actor, { entityType: 'event-registration', entityId: id, action: 'check-in', before, after });
    return toRegistration(after, actor);
  });
}

export async function marketplace(db: Db, eventId: string, q: z.output<typeof MarketplaceQuery>) {
  await eventOrThrow(db, eventId);
  const needle = q.q?.toLowerCase();
  const items = (await repo.listRegistrations(db, eventId)).filter(isActive).flatMap((r) =>
    r.offers
      .filter((o) => !q.type || o.type === q.type)
      .filter((o) => !needle || `${o.title} ${o.description} ${r.profile} ${r.organisationName}`.toLowerCase().includes(needle))
      .map((o) => ({
        registrationId: r.id,
        organisationId: r.organisationId,
        organisationName: r.organisationName,
        delegateName: r.delegateName,
        profile: r.profile,
        languages: r.languages,
        type: o.type,
        title: o.title,
        description: o.description,
      })),
  );
  return { items };
}

/**
 * Suggested partners for a delegate, from the matching engine: what the delegate looks for (its
 * requests, offers and profile) against the profiles and offers of the other participants.
 */
export async function suggestions(db: Db, viewer: Viewer, eventId: string, registrationId: string) {
  await eventOrThrow(db, eventId);
  const regs = (await repo.listRegistrations(db, eventId)).filter(isActive);
  const reg = regs.find((r) => r.id === registrationId);
  if (!reg) throw notFound('Registration', registrationId);
  if (!actsFor(viewer, reg)) throw forbidden(ErrorCode.ownOrganisationOnly, 'You may see suggestions for your own organisation’s delegates only');
  const others = regs.filter((r) => r.id !== reg.id && r.organisationId !== reg.organisationId);
  if (others.length === 0) return { items: [] };
  const textOf = (r: RegistrationRow) => [r.profile, ...r.offers.map((o) => `${o.title}. ${o.description}`)].join('\n');
  const wanted = reg.offers.filter((o) => o.type.endsWith('-request') || o.type === 'research-cooperation');
  const [ranked] = rankOrganisations(
    [{ id: reg.id, title: wanted.map((o) => o.title).join('; ') || reg.profile, description: textOf(reg) }],
    indexOrganisations(others.map((r) => ({ id: r.id, name: r.organisationName, description: textOf(r) })), matchingBridge()),
    { top: 5 },
  );
  const byId = new Map(others.map((r) => [r.id, r]));
  return {
    items: (ranked?.matches ?? [])
      .filter((m) => m.score > 0)
      .map((m) => ({
        registrationId: m.id,
        delegateName: byId.get(m.id)!.delegateName,
        organisationName: byId.get(m.id)!.organisationName,
        score: m.score,
        explanation: m.explanation.text,
      })),
  };
}

// ---------------------------------------------------------------------------------------------
// Meeting requests

export function toMeetingRequest(r: RequestRow, event: EventRow, now: Date): MeetingRequest {
  const { updatedAt: _u, ...rest } = r;
  return { ...rest, status: effectiveStatus(r, event, now), weight: requestWeight(r), expiresAt: event.requestDeadline };
}

export async function listRequests(db: Db, viewer: Viewer, eventId: string, registrationId: string | undefined, now: Date) {
  const event = await eventOrThrow(db, eventId);
  const regs = new Map((await repo.listRegistrations(db, eventId)).map((r) => [r.id, r]));
  const mine = (r: RequestRow) =>
    participantsOf(r).some((p) => regs.get(p) && actsFor(viewer, regs.get(p)!) && (!registrationId || p === registrationId));
  const all = await repo.listRequests(db, eventId);
  const visible = all.filter((r) => (managesProgramme(viewer) && !registrationId) || mine(r));
  return { items: visible.map((r) => toMeetingRequest(r, event, now)) };
}

export async function requestMeeting(db: Db, actor: Actor, eventId: string, input: z.output<typeof MeetingRequestInput>, now: Date, publicUrl: string) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    if (event.requestDeadline && now.getTime() >= Date.parse(event.requestDeadline)) {
      throw conflict(ErrorCode.requestDeadlinePassed, 'The deadline for meeting requests of this event has passed');
    }
    const regs = new Map((await repo.listRegistrations(tx, eventId)).map((r) => [r.id, r]));
    const issues: Issue[] = [];
    const from = regs.get(input.from);
    if (!from || !isActive(from)) issues.push({ path: 'from', message: `no active registration "${input.from}" at this event` });
    const to = [...new Set(input.to)];
    if (to.length !== input.to.length) issues.push({ path: 'to', message: 'lists a participant twice' });
    input.to.forEach((id, i) => {
      const reg = regs.get(id);
      if (!reg || !isActive(reg)) issues.push({ path: `to.${i}`, message: `no active registration "${id}" at this event` });
      else if (id === input.from) issues.push({ path: `to.${i}`, message: 'you cannot request a meeting with yourself' });
    });
    if (issues.length) throw invalid(issues);
    if (!actsFor(actor, from!)) throw forbidden(ErrorCode.ownOrganisationOnly, 'You may request meetings for your own organisation’s registrations only');

    const existing = await repo.listRequests(tx, eventId);
    const open = (r: RequestRow) => {
      const s = effectiveStatus(r, event, now);
      return s === 'pending' || s === 'accepted';
    };
    const samePeople = (r: RequestRow) => {
      const a = participantsOf(r).sort().join();
      return a === [input.from, ...to].sort().join();
    };
    // Both sides asked: the earlier request becomes mutual and accepted (weight 3).
    const reverse = to.length === 1 ? existing.find((r) => open(r) && r.requesterId === to[0] && r.invitees.length === 1 && r.invitees[0]!.registrationId === input.from) : undefined;
    if (reverse) {
      const invitees: InviteeValue[] = [{ registrationId: input.from, response: 'accepted', respondedAt: now.toISOString() }];
      const merged = (await repo.updateRequest(tx, reverse.id, { mutual: true, status: 'accepted', invitees }))!;
      await recordAudit(tx, actor, { entityType: 'meeting-request', entityId: reverse.id, action: 'mutual', before: reverse, after: merged });
      await notify(tx, publicUrl, event, [regs.get(reverse.requesterId)!], {
        kind: 'request-answered',
        params: { requestId: reverse.id, answer: 'mutual', name: from!.delegateName, organisation: from!.organisationName },
      });
      return toMeetingRequest(merged, event, now);
    }
    if (existing.some((r) => open(r) && samePeople(r))) throw conflict(ErrorCode.requestAlreadyOpen, 'A request for a meeting of these participants is already open');

    const created = await repo.insertRequest(tx, {
      id: randomUUID(),
      eventId,
      requesterId: input.from,
      invitees: to.map((registrationId) => ({ registrationId, response: 'pending', respondedAt: null })),
      message: input.message,
      priority: input.priority,
      online: input.online,
    });
    await recordAudit(tx, actor, { entityType: 'meeting-request', entityId: created.id, action: 'create', after: created });
    await notify(tx, publicUrl, event, to.map((id) => regs.get(id)!), {
      kind: 'request-received',
      params: { requestId: created.id, name: from!.delegateName, organisation: from!.organisationName, priority: input.priority, message: input.message },
    });
    return toMeetingRequest(created, event, now);
  });
}

export async function respondToRequest(db: Db, actor: Actor, eventId: string, requestId: string, input: z.output<typeof MeetingResponseInput>, now: Date, publicUrl: string) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const before = await repo.findRequest(tx, eventId, requestId);
    if (!before) throw notFound('Meeting request', requestId);
    const status = effectiveStatus(before, event, now);
    if (status !== 'pending') throw conflict(ErrorCode.requestClosed, `This request is ${status}; it can no longer be answered`);
    const regs = new Map((await repo.listRegistrations(tx, eventId)).map((r) => [r.id, r]));
    const mine = before.invitees.filter((i) => actsFor(actor, regs.get(i.registrationId)!) && (!input.registrationId || i.registrationId === input.registrationId));
    if (mine.length === 0) throw forbidden(ErrorCode.inviteeOnly, 'Only an invitee of this request may answer it');
    if (mine.length > 1) throw invalid([{ path: 'registrationId', message: 'you hold several invitations in this request: say which one answers' }]);
    const answering = mine[0]!.registrationId;
    const invitees = before.invitees.map((i) =>
      i.registrationId === answering ? { ...i, response: input.answer === 'accept' ? ('accepted' as const) : ('declined' as const), respondedAt: now.toISOString() } : i,
    );
    const next = invitees.some((i) => i.response === 'declined') ? 'declined' : invitees.every((i) => i.response === 'accepted') ? 'accepted' : 'pending';
    const after = (await repo.updateRequest(tx, requestId, { invitees, status: next }))!;
    await recordAudit(tx, actor, { entityType: 'meeting-request', entityId: requestId, action: input.answer, before, after });
    const who = regs.get(answering)!;
    const answered = input.answer === 'accept' ? 'accepted' : 'declined';
    await notify(tx, publicUrl, event, [regs.get(before.requesterId)!], {
      kind: 'request-answered',
      params: { requestId, answer: answered, name: who.delegateName, organisation: who.organisationName },
    });
    return toMeetingRequest(after, event, now);
  });
}

export async function cancelRequest(db: Db, actor: Actor, eventId: string, requestId: string, now: Date) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const before = await repo.findRequest(tx, eventId, requestId);
    if (!before) throw notFound('Meeting request', requestId);
    const requester = await registrationOrThrow(tx, eventId, before.requesterId);
    if (!actsFor(actor, requester)) throw forbidden(ErrorCode.requesterOnly, 'Only the requester or an organiser may cancel a request');
    if (before.status === 'cancelled' || before.status === 'declined') throw conflict(ErrorCode.requestClosed, `This request is already ${before.status}`);
    const after = (await repo.updateRequest(tx, requestId, { status: 'cancelled' }))!;
    await repo.deleteMeetings(tx, eventId, [requestId]);
    await recordAudit(tx, actor, { entityType: 'meeting-request', entityId: requestId, action: 'cancel', before, after });
    return toMeetingRequest(after, event, now);
  });
}

// ---------------------------------------------------------------------------------------------
// Scheduling

/** The slots a delegate can attend: meeting slots inside arrival/departure, not blocked. */
export function availableSlots(event: Pick<EventRow, 'slots'>, reg: Pick<RegistrationRow, 'arrivesAt' | 'leavesAt' | 'blockedSlots'>): string[] {
  const arrives = reg.arrivesAt ? Date.parse(reg.arrivesAt) : -Infinity;
  const leaves = reg.leavesAt ? Date.parse(reg.leavesAt) : Infinity;
  const blocked = new Set(reg.blockedSlots);
  return event.slots
    .filter((s) => s.kind === 'meeting' && !blocked.has(s.id) && Date.parse(s.start) >= arrives && Date.parse(s.end) <= leaves)
    .map((s) => s.id);
}

type EngineInput = { engine: SchedulingEvent; locked: ScheduledMeeting[]; pairs: Map<string, string | null>; video: Set<string> };

/**
 * The engine's event from the accepted, unexpired requests whose participants all still attend.
 * Pairs that declined each other (and, when `metOrganisations` is given, whose organisations met
 * before) are excluded; online meetings take no table; `video` holds the requests that need a call.
 */
export function buildEngineInput(
  event: EventRow,
  regs: RegistrationRow[],
  requests: RequestRow[],
  meetings: MeetingRow[],
  now: Date,
  metOrganisations: [string, string][] = [],
): EngineInput {
  const active = new Map(regs.filter(isActive).map((r) => [r.id, r]));
  const video = new Set<string>();
  const slots = event.slots.filter((s) => s.kind === 'meeting');
  const pairs = new Map<string, string | null>();
  const interpreters = { ...event.interpreters };
  const engineRequests: EngineRequest[] = [];
  for (const r of requests) {
    if (effectiveStatus(r, event, now) !== 'accepted') continue;
    const people = participantsOf(r);
    if (!people.every((p) => active.has(p))) continue;
    const pair = interpreterPairFor(people.map((p) => active.get(p)!.languages), event.interpreters);
    pairs.set(r.id, pair);
    if (pair !== null) interpreters[pair] ??= 0;
    const attendees = people.map((p) => active.get(p)!);
    const online = meetsOnline(r, attendees);
    if (needsVideoCall(online, attendees)) video.add(r.id);
    engineRequests.push({
      id: r.id,
      participants: people,
      weight: requestWeight(r),
      ...(pair !== null ? { interpreterPair: pair } : {}),
      ...(online ? { online } : {}),
    });
  }
  const organisationOf = new Map([...active.values()].map((r) => [r.id, r.organisationId]));
  const excludedPairs = [
    ...declinedPairs(requests).filter(([a, b]) => active.has(a) && active.has(b)),
    ...pairsThatMetBefore(engineRequests.map((r) => r.participants), organisationOf, metOrganisations),
  ];
  const engine: SchedulingEvent = {
    slots: slots.map((s) => ({ id: s.id, start: s.start, end: s.end })),
    tables: event.tables.length,
    participants: [...active.values()].map((r) => ({ id: r.id, available: availableSlots(event, r) })),
    requests: engineRequests,
    interpreters,
    excludedPairs,
  };
  // Locked: published meetings and those whose slot has started, as long as they still fit.
  const slotStart = new Map(slots.map((s) => [s.id, Date.parse(s.start)]));
  const available = new Map(engine.participants.map((p) => [p.id, new Set(p.available)]));
  const requestOf = new Map(engineRequests.map((r) => [r.id, r]));
  const busy = new Set<string>();
  const tables = new Set<string>();
  const perPair = new Map<string, number>();
  const locked: ScheduledMeeting[] = [];
  for (const m of meetings) {
    const start = slotStart.get(m.slotId);
    const r = requestOf.get(m.requestId);
    if (start === undefined || !r || !(m.locked || start <= now.getTime())) continue;
    // A meeting that changed between online and on site since it was placed is placed anew.
    if (r.online === true ? m.table !== 0 : m.table < 1 || m.table > engine.tables || tables.has(`${m.slotId}|${m.table}`)) continue;
    if (r.participants.some((p) => busy.has(`${p}|${m.slotId}`) || (start > now.getTime() && !available.get(p)?.has(m.slotId)))) continue;
    if (r.interpreterPair) {
      const key = `${r.interpreterPair}|${m.slotId}`;
      if ((perPair.get(key) ?? 0) >= (interpreters[r.interpreterPair] ?? 0)) continue;
      perPair.set(key, (perPair.get(key) ?? 0) + 1);
    }
    // Held meetings keep their slot even if the delegate has since become unavailable.
    for (const p of r.participants) {
      busy.add(`${p}|${m.slotId}`);
      available.get(p)?.add(m.slotId);
    }
    tables.add(`${m.slotId}|${m.table}`);
    locked.push({ request: m.requestId, slot: m.slotId, table: m.table });
  }
  for (const p of engine.participants) p.available = slots.map((s) => s.id).filter((id) => available.get(p.id)!.has(id));
  return { engine, locked, pairs, video };
}

/** `run` is the engine: scheduleInWorker in the app, so the event loop keeps serving while it solves. */
/** `publicUrl`: where the links in the notification e-mail point (PUBLIC_URL). */
/** `videoUrlTemplate`: EVENT_VIDEO_URL_TEMPLATE, the address of a meeting's video call. */
export type ScheduleDeps = { now: Date; clock?: () => number; run: ScheduleRunner; publicUrl: string; videoUrlTemplate?: string };

/** Organisation pairs that met at events of the same project that ended before this one starts. */
export async function organisationsMetBefore(db: Db, event: EventRow): Promise<[string, string][]> {
  if (!event.skipPairsMetBefore || !event.projectId) return [];
  const starts = Math.min(...event.slots.map((s) => Date.parse(s.start)));
  const earlier = (await repo.listProjectEvents(db, event.projectId)).filter(
    (e) => e.id !== event.id && e.slots.every((s) => Date.parse(s.end) <= starts),
  );
  return repo.organisationPairsMet(db, earlier.map((e) => e.id));
}

/**
 * The organiser's scheduling action: builds the engine input (no transaction open), runs the
 * engine for the time limit, then stores the meetings in one transaction. Locked meetings stay
 * where they are; the rest are placed anew. Returns "N of at most M possible meetings scheduled".
 */
export async function scheduleEvent(db: Db, actor: Actor, eventId: string, input: z.output<typeof ScheduleInput>, deps: ScheduleDeps) {
  const { now, publicUrl } = deps;
  const clock = deps.clock ?? (() => performance.now());
  const event = await eventOrThrow(db, eventId);
  const [regs, requests, meetings] = await Promise.all([
    repo.listRegistrations(db, eventId),
    repo.listRequests(db, eventId),
    repo.listMeetings(db, eventId),
  ]);
  const metOrganisations = await organisationsMetBefore(db, event);
  const { engine, locked, pairs, video } = buildEngineInput(event, regs, requests, meetings, now, metOrganisations);
  const started = clock();
  const budget = input.timeLimitSeconds * 1000;
  const weights = new Set(engine.requests.map((r) => r.weight ?? 1));
  const unitWeights = weights.size <= 1;
  const result = await deps.run(engine, { timeLimitMs: unitWeights ? budget : budget * 0.75, locked, seed: 1 });
  // M: a proven bound on the NUMBER of meetings. With one weight w it is ⌊bound / w⌋; otherwise a
  // second, unit-weight run proves it.
  let possible: number;
  if (unitWeights) {
    const w = [...weights][0] ?? 1;
    possible = Math.floor(result.upperBound / w + 1e-9);
  } else {
    const unit = await deps.run(
      { ...engine, requests: engine.requests.map((r) => ({ ...r, weight: 1 })) },
      { timeLimitMs: Math.max(200, budget - (clock() - started)), locked, seed: 1 },
    );
    possible = Math.max(Math.floor(unit.upperBound + 1e-9), result.meetings.length);
  }
  const lockedIds = new Set(locked.map((m) => m.request));
  const wasLocked = new Map(meetings.map((m) => [m.requestId, m.locked]));
  const run: ScheduleRunValue = {
    at: now.toISOString(),
    meetings: result.meetings.length,
    possible,
    weight: result.weight,
    upperBound: result.upperBound,
    optimal: result.optimal,
    oversubscribed: result.oversubscribed.map((o) => ({ registrationId: o.participant, requested: o.requested, possible: o.possible })),
    unscheduled: result.unscheduled,
    locked: locked.length,
    excludedPairs: engine.excludedPairs?.length ?? 0,
    elapsedMs: Math.round(clock() - started),
  };

  const changed = await db.transaction(async (tx) => {
    // Requests cancelled while the engine ran are not stored.
    const current = new Map((await repo.listRequests(tx, eventId)).map((r) => [r.id, r]));
    const keep = result.meetings.filter((m) => {
      const r = current.get(m.request);
      return r && effectiveStatus(r, event, now) === 'accepted';
    });
    const before = await repo.listMeetings(tx, eventId);
    await repo.deleteMeetings(tx, eventId, before.map((m) => m.requestId));
    await repo.insertMeetings(
      tx,
      keep.map((m) => ({
        eventId,
        requestId: m.request,
        slotId: m.slot,
        table: m.table,
        locked: lockedIds.has(m.request) ? (wasLocked.get(m.request) ?? false) : false,
        interpreterPair: pairs.get(m.request) ?? null,
        videoUrl: video.has(m.request) ? videoUrlFor(deps.videoUrlTemplate, eventId, m.request) : null,
      })),
    );
    await repo.updateEvent(tx, eventId, { lastRun: run });
    await recordAudit(tx, actor, { entityType: 'event-schedule', entityId: eventId, action: 'schedule', after: run });
    const placeOf = (list: { requestId: string; slotId: string; table: number }[]) => new Map(list.map((m) => [m.requestId, `${m.slotId}|${m.table}`]));
    const old = placeOf(before);
    const fresh = placeOf(keep.map((m) => ({ requestId: m.request, slotId: m.slot, table: m.table })));
    const moved = new Set([...old.keys(), ...fresh.keys()].filter((id) => old.get(id) !== fresh.get(id)));
    const touched = new Set([...moved].flatMap((id) => (current.get(id) ? participantsOf(current.get(id)!) : [])));
    if (event.publishedAt && touched.size > 0) {
      const byId = new Map(regs.map((r) => [r.id, r]));
      await notify(tx, publicUrl, event, [...touched].map((id) => byId.get(id)).filter((r): r is RegistrationRow => !!r && isActive(r)), {
        kind: 'agenda-changed',
        params: { cause: 'rescheduled' },
      });
    }
    return moved.size;
  });
  const names = new Map(regs.map((r) => [r.id, r]));
  return {
    message: `${run.meetings} of at most ${run.possible} possible meetings scheduled`,
    run,
    changed,
    oversubscribed: run.oversubscribed.map((o) => ({
      ...o,
      delegateName: names.get(o.registrationId)?.delegateName ?? '',
      organisationName: names.get(o.registrationId)?.organisationName ?? '',
    })),
  };
}

/** Publishes the schedule: every meeting is locked and the participants are told. */
export async function publishSchedule(db: Db, actor: Actor, eventId: string, now: Date, publicUrl: string) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const locked = await repo.setMeetingLock(tx, eventId, 'all', true);
    const row = (await repo.updateEvent(tx, eventId, { publishedAt: now.toISOString() }))!;
    await recordAudit(tx, actor, { entityType: 'event', entityId: eventId, action: 'publish', before: { publishedAt: event.publishedAt }, after: { publishedAt: row.publishedAt, locked } });
    const regs = (await repo.listRegistrations(tx, eventId)).filter(isActive);
    await notify(tx, publicUrl, event, regs, {
      kind: 'agenda-published',
      params: {},
    });
    return toEventDetail(row);
  });
}

export async function lockMeeting(db: Db, actor: Actor, eventId: string, requestId: string, locked: boolean) {
  return db.transaction(async (tx) => {
    await eventOrThrow(tx, eventId);
    if ((await repo.setMeetingLock(tx, eventId, [requestId], locked)) === 0) throw notFound('Meeting', requestId);
    await recordAudit(tx, actor, { entityType: 'event-meeting', entityId: `${eventId}/${requestId}`, action: locked ? 'lock' : 'unlock' });
  });
}

// ---------------------------------------------------------------------------------------------
// Meetings, agendas, table plan, dashboard

type EventData = { event: EventRow; regs: Map<string, RegistrationRow>; requests: Map<string, RequestRow>; meetings: MeetingRow[] };

async function loadEventData(db: DbOrTx, eventId: string): Promise<EventData> {
  const event = await eventOrThrow(db, eventId);
  const [regs, requests, meetings] = await Promise.all([repo.listRegistrations(db, eventId), repo.listRequests(db, eventId), repo.listMeetings(db, eventId)]);
  return { event, regs: new Map(regs.map((r) => [r.id, r])), requests: new Map(requests.map((r) => [r.id, r])), meetings };
}

function meetingView(data: EventData, m: MeetingRow) {
  const slot = data.event.slots.find((s) => s.id === m.slotId)!;
  const table = m.table > 0 ? data.event.tables[m.table - 1] : undefined;
  const request = data.requests.get(m.requestId)!;
  return {
    requestId: m.requestId,
    slotId: m.slotId,
    start: slot.start,
    end: slot.end,
    table: m.table,
    tableName: m.table === 0 ? '' : (table?.name ?? String(m.table)),
    room: table?.room ?? null,
    locked: m.locked,
    interpreterPair: m.interpreterPair,
    online: m.table === 0,
    videoUrl: m.videoUrl,
    participants: participantsOf(request).map((id) => {
      const r = data.regs.get(id);
      return { registrationId: id, delegateName: r?.delegateName ?? '', organisationName: r?.organisationName ?? '' };
    }),
  };
}

const bySlot = (data: EventData) => {
  const order = new Map(data.event.slots.map((s, i) => [s.id, i]));
  return (a: MeetingRow, b: MeetingRow) => order.get(a.slotId)! - order.get(b.slotId)! || a.table - b.table;
};

export async function listMeetings(db: Db, eventId: string) {
  const data = await loadEventData(db, eventId);
  return { items: [...data.meetings].sort(bySlot(data)).map((m) => meetingView(data, m)) };
}

export async function agenda(db: Db, viewer: Viewer, eventId: string, registrationId: string): Promise<Agenda> {
  const data = await loadEventData(db, eventId);
  const reg = data.regs.get(registrationId);
  if (!reg) throw notFound('Registration', registrationId);
  if (!actsFor(viewer, reg)) throw forbidden(ErrorCode.ownOrganisationOnly, 'You may see your own organisation’s agendas only');
  return agendaOf(data, reg);
}

/** The agenda of a delegate, without access checks (the calendar feed's secret is its own check). */
export async function agendaOfRegistration(db: DbOrTx, reg: Pick<RegistrationRow, 'eventId' | 'id'>): Promise<Agenda> {
  const data = await loadEventData(db, reg.eventId);
  return agendaOf(data, data.regs.get(reg.id)!);
}

function agendaOf(data: EventData, reg: RegistrationRow): Agenda {
  const registrationId = reg.id;
  const eventId = data.event.id;
  const mine = new Map(
    data.meetings.filter((m) => participantsOf(data.requests.get(m.requestId)!).includes(registrationId)).map((m) => [m.slotId, m]),
  );
  return {
    eventId,
    eventTitle: data.event.title,
    timeZone: data.event.timeZone,
    registrationId,
    delegateName: reg.delegateName,
    organisationName: reg.organisationName,
    published: data.event.publishedAt !== null,
    items: data.event.slots.map((s) => {
      const m = mine.get(s.id);
      return { slotId: s.id, start: s.start, end: s.end, kind: s.kind, label: s.label, meeting: m ? meetingView(data, m) : null };
    }),
  };
}

export async function tablePlan(db: Db, eventId: string): Promise<TablePlan & { title: string; tables: ReturnType<typeof tablesOf> }> {
  const data = await loadEventData(db, eventId);
  const sorted = [...data.meetings].sort(bySlot(data));
  return {
    eventId,
    title: data.event.title,
    timeZone: data.event.timeZone,
    tables: tablesOf(data.event),
    slots: data.event.slots
      .filter((s) => s.kind === 'meeting')
      .map((s) => ({ slotId: s.id, start: s.start, end: s.end, meetings: sorted.filter((m) => m.slotId === s.id).map((m) => meetingView(data, m)) })),
  };
}

export async function dashboard(db: Db, eventId: string, now: Date) {
  const data = await loadEventData(db, eventId);
  const regs = [...data.regs.values()];
  const requests = [...data.requests.values()];
  const statuses = requests.map((r) => effectiveStatus(r, data.event, now));
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const meetingsOf = new Map<string, number>();
  const upcomingOf = new Map<string, number>();
  // The same rule as withdraw(): meetings whose slot has not started are the ones a no-show removes.
  const started = new Set(data.event.slots.filter((s) => Date.parse(s.start) <= now.getTime()).map((s) => s.id));
  for (const m of data.meetings) {
    for (const p of participantsOf(data.requests.get(m.requestId)!)) {
      meetingsOf.set(p, (meetingsOf.get(p) ?? 0) + 1);
      if (!started.has(m.slotId)) upcomingOf.set(p, (upcomingOf.get(p) ?? 0) + 1);
    }
  }
  return {
    registrations: {
      registered: regs.filter((r) => r.status === 'registered').length,
      cancelled: regs.filter((r) => r.status === 'cancelled').length,
      checkedIn: regs.filter((r) => r.checkedInAt !== null).length,
      noShows: regs.filter((r) => r.noShowAt !== null).length,
    },
    requests: { sent: requests.length, pending: count('pending'), accepted: count('accepted'), declined: count('declined'), expired: count('expired'), cancelled: count('cancelled') },
    meetings: { scheduled: data.meetings.length, possible: data.event.lastRun?.possible ?? null, locked: data.meetings.filter((m) => m.locked).length },
    // The same delegates publishSchedule() notifies.
    agendaRecipients: regs.filter(isActive).length,
    load: regs.filter(isActive).map((r) => {
      const involved = requests.filter((q) => participantsOf(q).includes(r.id));
      return {
        registrationId: r.id,
        delegateName: r.delegateName,
        organisationName: r.organisationName,
        requested: involved.length,
        accepted: involved.filter((q) => effectiveStatus(q, data.event, now) === 'accepted').length,
        meetings: meetingsOf.get(r.id) ?? 0,
        upcomingMeetings: upcomingOf.get(r.id) ?? 0,
        available: availableSlots(data.event, r).length,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Notifications

/**
 * Tells each delegate in the app (`params` let the web render it in the reader's language; the
 * stored subject and text are the English fallback) and by e-mail in the language of the
 * delegate's account (English for a delegate without one).
 */
async function notify(tx: DbOrTx, publicUrl: string, event: EventRow, to: RegistrationRow[], content: NotificationContent) {
  const languages = await repo.accountLanguagesOf(tx, to);
  const english = await notificationMail(content, event.title, 'en');
  await repo.insertNotifications(
    tx,
    await Promise.all(
      to.map(async (r) => ({
        notification: {
          id: randomUUID(),
          userId: r.userId,
          email: r.delegateEmail,
          eventId: event.id,
          kind: content.kind,
          params: { ...content.params, eventTitle: event.title, registrationId: r.id },
          ...english,
        },
        mail: await notificationMail(content, event.title, languages.get(r.id) ?? 'en', notificationLink(content, publicUrl, event.id, r.id)),
      })),
    ),
  );
}

export async function myNotifications(db: Db, actor: Actor) {
  if (actor.kind !== 'user') return { items: [] };
  const rows = await repo.listNotifications(db, actor.id, actor.email);
  return { items: rows.map(({ userId: _u, email: _e, ...n }) => n) };
}

/** Marks the listed notifications (all when `ids` is absent) of the user read; others' ids are ignored. */
export async function markNotificationsRead(db: Db, actor: Actor, now: Date, ids?: string[]) {
  if (actor.kind === 'user') await repo.markNotificationsRead(db, actor.id, actor.email, now.toISOString(), ids);
}
