// The organiser moves a scheduled meeting by hand on the time × table grid. The move is refused
// with every conflict named — a participant busy in that slot or not available then, the table
// taken, no interpreter of the pair left — so the grid can show why. A moved meeting is locked:
// the next scheduling run leaves it where the organiser put it.
import type { z } from 'zod';
import type { MeetingMove } from '../../../shared/api';
import { ErrorCode } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { DomainError, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { availableSlots, participantsOf } from './events.service';

type Conflict = { path: 'participant' | 'table' | 'interpreter' | 'availability'; message: string };

export async function moveMeeting(db: Db, actor: Actor, eventId: string, requestId: string, to: z.output<typeof MeetingMove>) {
  return db.transaction(async (tx) => {
    const event = await repo.findEvent(tx, eventId);
    if (!event) throw notFound('Event', eventId);
    const [meetings, requests, regs] = await Promise.all([repo.listMeetings(tx, eventId), repo.listRequests(tx, eventId), repo.listRegistrations(tx, eventId)]);
    const meeting = meetings.find((m) => m.requestId === requestId);
    if (!meeting) throw notFound('Meeting', requestId);
    const slot = event.slots.find((s) => s.id === to.slotId && s.kind === 'meeting');
    if (!slot) throw invalid([{ path: 'slotId', message: `the event has no meeting slot "${to.slotId}"` }]);
    const online = meeting.table === 0;
    if (online ? to.table !== 0 : to.table < 1 || to.table > event.tables.length) {
      throw invalid([{ path: 'table', message: online ? 'an online meeting takes no table: use 0' : `use a table between 1 and ${event.tables.length}` }]);
    }

    const requestOf = new Map(requests.map((r) => [r.id, r]));
    const regOf = new Map(regs.map((r) => [r.id, r]));
    const people = participantsOf(requestOf.get(requestId)!);
    const others = meetings.filter((m) => m.slotId === to.slotId && m.requestId !== requestId);
    const conflicts: Conflict[] = [];
    for (const p of people) {
      const name = regOf.get(p)?.delegateName ?? p;
      if (others.some((m) => participantsOf(requestOf.get(m.requestId)!).includes(p))) {
        conflicts.push({ path: 'participant', message: `${name} already has a meeting in that slot` });
      }
      const reg = regOf.get(p);
      if (reg && !availableSlots(event, reg).includes(to.slotId)) conflicts.push({ path: 'availability', message: `${name} is not available in that slot` });
    }
    if (!online && others.some((m) => m.table === to.table)) conflicts.push({ path: 'table', message: `table ${event.tables[to.table - 1]?.name ?? to.table} is taken in that slot` });
    const pair = meeting.interpreterPair;
    if (pair && others.filter((m) => m.interpreterPair === pair).length >= (event.interpreters[pair] ?? 0)) {
      conflicts.push({ path: 'interpreter', message: `no ${pair} interpreter is free in that slot` });
    }
    if (conflicts.length > 0) {
      throw new DomainError(ErrorCode.meetingConflict, 409, `The meeting cannot move there: ${conflicts.map((c) => c.message).join('; ')}`, conflicts);
    }
    await repo.placeMeeting(tx, eventId, requestId, { slotId: to.slotId, table: to.table });
    await recordAudit(tx, actor, {
      entityType: 'event-meeting',
      entityId: `${eventId}/${requestId}`,
      action: 'move',
      before: { slotId: meeting.slotId, table: meeting.table },
      after: { slotId: to.slotId, table: to.table },
    });
  });
}
