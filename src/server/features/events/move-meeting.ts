// The organiser moves a scheduled meeting by hand on the time × table grid. The move is refused
// with every conflict named — a participant busy in that slot or not available then, the table
// taken, no interpreter of the pair left — so the grid can show why. A moved meeting is locked:
// the next scheduling run leaves it where the organiser put it.
import type { z } from 'zod';
import type { MeetingMove } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { conflictsOf, gridInTransaction, meetingConflict } from './meeting-conflicts';

export async function moveMeeting(db: Db, actor: Actor, eventId: string, requestId: string, to: z.output<typeof MeetingMove>) {
  return db.transaction(async (tx) => {
    const grid = await gridInTransaction(tx, eventId);
    const { event, meetings } = grid;
    const meeting = meetings.find((m) => m.requestId === requestId);
    if (!meeting) throw notFound('Meeting', requestId);
    const slot = event.slots.find((s) => s.id === to.slotId && s.kind === 'meeting');
    if (!slot) throw invalid([{ path: 'slotId', message: `the event has no meeting slot "${to.slotId}"` }]);
    const online = meeting.table === 0;
    if (online ? to.table !== 0 : to.table < 1 || to.table > event.tables.length) {
      throw invalid([{ path: 'table', message: online ? 'an online meeting takes no table: use 0' : `use a table between 1 and ${event.tables.length}` }]);
    }
    const conflicts = conflictsOf(grid, { ...meeting, slotId: to.slotId, table: to.table }, meetings);
    if (conflicts.length > 0) throw meetingConflict('The meeting cannot move there', conflicts);
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
