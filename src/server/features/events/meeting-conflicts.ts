// The conflict check of meetings placed by hand on the grid (moved or swapped): the placed
// meeting against the rest of the event as it would be afterwards. Each conflict is an issue
// with a code and the params that name it (who, which table, which pair), so the web words it in
// the reader's language; `path` keeps the kind (participant, availability, table, interpreter).
import { ErrorCode, type Issue, IssueCode } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { DomainError, notFound } from '../../errors';
import * as repo from './events.repository';
import type { EventRow, MeetingRow, RegistrationRow, RequestRow } from './events.repository';
import { availableSlots, participantsOf } from './events.service';
import { lockEvent } from './public-registration.repository';

export type Placement = { requestId: string; slotId: string; table: number; interpreterPair: string | null };
export type EventState = { event: EventRow; requestOf: Map<string, RequestRow>; regOf: Map<string, RegistrationRow> };

/**
 * The event and its meetings for a placement by hand, read in the writing transaction with the
 * event row locked: two organisers placing meetings at once are checked one after the other.
 */
export async function gridInTransaction(tx: DbOrTx, eventId: string): Promise<EventState & { meetings: MeetingRow[] }> {
  await lockEvent(tx, eventId);
  const event = await repo.findEvent(tx, eventId);
  if (!event) throw notFound('Event', eventId);
  const [meetings, requests, regs] = await Promise.all([repo.listMeetings(tx, eventId), repo.listRequests(tx, eventId), repo.listRegistrations(tx, eventId)]);
  return { event, meetings, requestOf: new Map(requests.map((r) => [r.id, r])), regOf: new Map(regs.map((r) => [r.id, r])) };
}

/** Every conflict of `placed` with `others` (the event's other meetings, already where they would be). */
export function conflictsOf({ event, requestOf, regOf }: EventState, placed: Placement, others: Placement[]): Issue[] {
  const { requestId, slotId, table, interpreterPair: pair } = placed;
  const there = others.filter((m) => m.slotId === slotId && m.requestId !== requestId);
  const issues: Issue[] = [];
  for (const p of participantsOf(requestOf.get(requestId)!)) {
    const reg = regOf.get(p);
    const name = reg?.delegateName ?? p;
    const who = { requestId, slotId, registrationId: p, name };
    if (there.some((m) => participantsOf(requestOf.get(m.requestId)!).includes(p))) {
      issues.push({ path: 'participant', code: IssueCode.participantBusy, params: who, message: `${name} already has a meeting in that slot` });
    }
    if (reg && !availableSlots(event, reg).includes(slotId)) {
      issues.push({ path: 'availability', code: IssueCode.participantUnavailable, params: who, message: `${name} is not available in that slot` });
    }
  }
  if (table !== 0 && there.some((m) => m.table === table)) {
    const tableName = event.tables[table - 1]?.name ?? String(table);
    issues.push({
      path: 'table',
      code: IssueCode.tableTaken,
      params: { requestId, slotId, table, tableName },
      message: `table ${tableName} is taken in that slot`,
    });
  }
  if (pair && there.filter((m) => m.interpreterPair === pair).length >= (event.interpreters[pair] ?? 0)) {
    issues.push({
      path: 'interpreter',
      code: IssueCode.noInterpreterFree,
      params: { requestId, slotId, pair },
      message: `no ${pair} interpreter is free in that slot`,
    });
  }
  return issues;
}

/** The 409 that refuses a placement by hand, every conflict named. */
export function meetingConflict(what: string, issues: Issue[]): DomainError {
  return new DomainError(ErrorCode.meetingConflict, 409, `${what}: ${issues.map((c) => c.message).join('; ')}`, issues);
}
