import { and, asc, desc, eq, getTableColumns, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { isoFields } from '../../db/rows';
import { eventMeetings, eventRegistrations, events, meetingRequests, organisations, users } from '../../db/schema';
import type { Language } from '../../../shared/api';

export type EventRow = typeof events.$inferSelect;
export type EventValues = typeof events.$inferInsert;
/** A registration as the feature reads it: never with the hash of its feed secret (that is only looked up). */
export type RegistrationRow = Omit<typeof eventRegistrations.$inferSelect, 'feedTokenHash' | 'manageTokenHash'> & { organisationName: string };
export type RegistrationValues = typeof eventRegistrations.$inferInsert;
export type RequestRow = typeof meetingRequests.$inferSelect;
export type RequestValues = typeof meetingRequests.$inferInsert;
export type MeetingRow = typeof eventMeetings.$inferSelect;

const eventIso = (row: EventRow) => isoFields(row, ['requestDeadline', 'publishedAt', 'createdAt', 'updatedAt']);
const registrationIso = (row: RegistrationRow) =>
  isoFields(row, ['arrivesAt', 'leavesAt', 'checkedInAt', 'noShowAt', 'feedTokenCreatedAt', 'createdAt', 'updatedAt']);
const requestIso = (row: RequestRow) => isoFields(row, ['createdAt', 'updatedAt']);

// Events

export async function listEvents(db: DbOrTx): Promise<EventRow[]> {
  return (await db.select().from(events).orderBy(desc(events.createdAt), asc(events.id))).map(eventIso);
}

export async function findEvent(db: DbOrTx, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row && eventIso(row);
}

export async function insertEvent(db: DbOrTx, values: EventValues): Promise<EventRow> {
  const [row] = await db.insert(events).values(values).returning();
  return eventIso(row!);
}

export async function updateEvent(db: DbOrTx, id: string, values: Partial<EventValues>): Promise<EventRow | undefined> {
  const [row] = await db
    .update(events)
    .set({ ...values, updatedAt: new Date().toISOString() })
    .where(eq(events.id, id))
    .returning();
  return row && eventIso(row);
}

// Registrations

const { feedTokenHash: _feedTokenHash, manageTokenHash: _manageTokenHash, ...readableColumns } = getTableColumns(eventRegistrations);
const registrationColumns = { registration: readableColumns, organisationName: organisations.name };

export async function listRegistrations(db: DbOrTx, eventId: string): Promise<RegistrationRow[]> {
  const rows = await db
    .select(registrationColumns)
    .from(eventRegistrations)
    .innerJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
  return rows.map((r) => registrationIso({ ...r.registration, organisationName: r.organisationName }));
}

export async function findRegistration(db: DbOrTx, eventId: string, id: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select(registrationColumns)
    .from(eventRegistrations)
    .innerJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.id, id)));
  return row && registrationIso({ ...row.registration, organisationName: row.organisationName });
}

/** The registration whose calendar feed secret has this SHA-256, if any. */
export async function findRegistrationByFeedHash(db: DbOrTx, hash: string): Promise<Pick<RegistrationRow, 'id' | 'eventId' | 'status'> | undefined> {
  const [row] = await db
    .select({ id: eventRegistrations.id, eventId: eventRegistrations.eventId, status: eventRegistrations.status })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.feedTokenHash, hash));
  return row;
}

export async function insertRegistration(db: DbOrTx, values: RegistrationValues) {
  const [row] = await db.insert(eventRegistrations).values(values).returning();
  return row!;
}

export async function updateRegistration(db: DbOrTx, id: string, values: Partial<RegistrationValues>) {
  const [row] = await db
    .update(eventRegistrations)
    .set({ ...values, updatedAt: new Date().toISOString() })
    .where(eq(eventRegistrations.id, id))
    .returning();
  return row;
}

export async function organisationName(db: DbOrTx, id: string): Promise<string | undefined> {
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id));
  return row?.name;
}

// Meeting requests

export async function listRequests(db: DbOrTx, eventId: string): Promise<RequestRow[]> {
  const rows = await db
    .select()
    .from(meetingRequests)
    .where(eq(meetingRequests.eventId, eventId))
    .orderBy(asc(meetingRequests.createdAt), asc(meetingRequests.id));
  return rows.map(requestIso);
}

export async function findRequest(db: DbOrTx, eventId: string, id: string): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingRequests)
    .where(and(eq(meetingRequests.eventId, eventId), eq(meetingRequests.id, id)));
  return row && requestIso(row);
}

export async function insertRequest(db: DbOrTx, values: RequestValues): Promise<RequestRow> {
  const [row] = await db.insert(meetingRequests).values(values).returning();
  return requestIso(row!);
}

export async function updateRequest(db: DbOrTx, id: string, values: Partial<RequestValues>): Promise<RequestRow | undefined> {
  const [row] = await db
    .update(meetingRequests)
    .set({ ...values, updatedAt: new Date().toISOString() })
    .where(eq(meetingRequests.id, id))
    .returning();
  return row && requestIso(row);
}

// Meetings

export async function listMeetings(db: DbOrTx, eventId: string): Promise<MeetingRow[]> {
  return db.select().from(eventMeetings).where(eq(eventMeetings.eventId, eventId));
}

export async function deleteMeetings(db: DbOrTx, eventId: string, requestIds: string[]): Promise<void> {
  if (requestIds.length === 0) return;
  await db.delete(eventMeetings).where(and(eq(eventMeetings.eventId, eventId), inArray(eventMeetings.requestId, requestIds)));
}

export async function insertMeetings(db: DbOrTx, rows: (typeof eventMeetings.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(eventMeetings).values(rows.slice(i, i + 500));
}

export async function setMeetingLock(db: DbOrTx, eventId: string, requestIds: string[] | 'all', locked: boolean): Promise<number> {
  const where =
    requestIds === 'all'
      ? eq(eventMeetings.eventId, eventId)
      : and(eq(eventMeetings.eventId, eventId), inArray(eventMeetings.requestId, requestIds.length ? requestIds : ['']));
  const rows = await db.update(eventMeetings).set({ locked, updatedAt: new Date().toISOString() }).where(where).returning();
  return rows.length;
}

/**
 * The preferred language of each registration's delegate, by its account: the linked user, or
 * else the account with the delegate's e-mail address. Registrations without one are absent.
 */
export async function accountLanguagesOf(db: DbOrTx, regs: Pick<RegistrationRow, 'id' | 'userId' | 'delegateEmail'>[]): Promise<Map<string, Language>> {
  if (regs.length === 0) return new Map();
  const ids = regs.flatMap((r) => (r.userId ? [r.userId] : []));
  const emails = regs.map((r) => r.delegateEmail.toLowerCase());
  const accounts = await db
    .select({ id: users.id, email: users.email, language: users.language })
    .from(users)
    .where(ids.length > 0 ? or(inArray(users.id, ids), inArray(users.email, emails)) : inArray(users.email, emails));
  const byId = new Map(accounts.map((a) => [a.id, a.language]));
  const byEmail = new Map(accounts.map((a) => [a.email, a.language]));
  const languages = new Map<string, Language>();
  for (const r of regs) {
    const language = (r.userId ? byId.get(r.userId) : undefined) ?? byEmail.get(r.delegateEmail.toLowerCase());
    if (language) languages.set(r.id, language);
  }
  return languages;
}

// Earlier events of a project

/**
 * Pairs of organisations that met (a scheduled meeting) at the given events: each meeting's
 * requester and invitees, by the organisation they registered for.
 */
export async function organisationPairsMet(db: DbOrTx, eventIds: string[]): Promise<[string, string][]> {
  if (eventIds.length === 0) return [];
  const [rows, regs] = await Promise.all([
    db
      .select({ requesterId: meetingRequests.requesterId, invitees: meetingRequests.invitees })
      .from(eventMeetings)
      .innerJoin(meetingRequests, eq(meetingRequests.id, eventMeetings.requestId))
      .where(inArray(eventMeetings.eventId, eventIds)),
    db
      .select({ id: eventRegistrations.id, organisationId: eventRegistrations.organisationId })
      .from(eventRegistrations)
      .where(inArray(eventRegistrations.eventId, eventIds)),
  ]);
  const organisationOf = new Map(regs.map((r) => [r.id, r.organisationId]));
  const pairs: [string, string][] = [];
  for (const r of rows) {
    const orgs = [r.requesterId, ...r.invitees.map((i) => i.registrationId)].map((id) => organisationOf.get(id)!);
    orgs.forEach((a, i) => orgs.slice(i + 1).forEach((b) => a !== b && pairs.push([a, b])));
  }
  return pairs;
}

export async function listProjectEvents(db: DbOrTx, projectId: string): Promise<Pick<EventRow, 'id' | 'slots'>[]> {
  return db.select({ id: events.id, slots: events.slots }).from(events).where(eq(events.projectId, projectId));
}

export async function placeMeeting(db: DbOrTx, eventId: string, requestId: string, place: { slotId: string; table: number }): Promise<void> {
  await db
    .update(eventMeetings)
    .set({ ...place, locked: true, updatedAt: new Date().toISOString() })
    .where(and(eq(eventMeetings.eventId, eventId), eq(eventMeetings.requestId, requestId)));
}
