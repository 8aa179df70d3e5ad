// How events, registrations and requests are found and shown (the API's shapes).
import type { EventDetail, MeetingRequest, Registration } from '../../../shared/api';
import type { Viewer } from '../../actor';
import { localDay } from '../../../shared/event-time';
import type { Db, DbOrTx } from '../../db/open-database';
import { notFound } from '../../errors';
import * as repo from './events.repository';
import type { EventRow, RegistrationRow, RequestRow } from './events.repository';
import { actsFor, effectiveStatus, requestWeight } from './event-rules';

export function tablesOf(row: Pick<EventRow, 'tables'>) {
  return row.tables.map((t, i) => ({ number: i + 1, name: t.name, room: t.room }));
}

export function toEventDetail(row: EventRow): EventDetail {
  const days = [...new Set(row.slots.map((s) => localDay(s.start, row.timeZone)))].sort();
  // The registration link is the organiser's to share: GET …/public-registration shows it.
  const { publicToken: _publicToken, registrationQuestions: _questions, ...shown } = row;
  return { ...shown, days, tables: tablesOf(row), lastRun: row.lastRun ?? null };
}

export async function listEvents(db: Db): Promise<{ items: EventDetail[] }> {
  return { items: (await repo.listEvents(db)).map(toEventDetail) };
}

export async function eventOrThrow(db: DbOrTx, id: string): Promise<EventRow> {
  const event = await repo.findEvent(db, id);
  if (!event) throw notFound('Event', id);
  return event;
}

export async function getEvent(db: Db, id: string): Promise<EventDetail> {
  return toEventDetail(await eventOrThrow(db, id));
}

export function toRegistration(row: RegistrationRow, viewer: Viewer): Registration {
  const { updatedAt: _updatedAt, feedTokenCreatedAt, answers, ...rest } = row;
  const own = actsFor(viewer, row);
  return { ...rest, delegateEmail: own ? row.delegateEmail : null, feedCreatedAt: own ? feedTokenCreatedAt : null, answers: own ? answers : {} };
}

export async function listRegistrations(db: Db, viewer: Viewer, eventId: string) {
  await eventOrThrow(db, eventId);
  return { items: (await repo.listRegistrations(db, eventId)).map((r) => toRegistration(r, viewer)) };
}

export async function registrationOrThrow(db: DbOrTx, eventId: string, id: string) {
  const reg = await repo.findRegistration(db, eventId, id);
  if (!reg) throw notFound('Registration', id);
  return reg;
}

export function toMeetingRequest(r: RequestRow, event: EventRow, now: Date): MeetingRequest {
  const { updatedAt: _u, ...rest } = r;
  return { ...rest, status: effectiveStatus(r, event, now), weight: requestWeight(r), expiresAt: event.requestDeadline };
}
