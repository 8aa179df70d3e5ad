// The organiser swaps two scheduled meetings by hand on the grid: each takes the other's slot,
// and the other's table when both are on site. An online meeting stays online (it takes no
// table), so when only one of the two is online the one on site keeps its table number in its
// new slot. Both placements are checked as the event would be after the swap, with every
// conflict named (which of the two meetings, who, which table or pair); both are then locked.
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { conflictsOf, gridInTransaction, meetingConflict } from './meeting-conflicts';

export async function swapMeetings(db: Db, actor: Actor, eventId: string, requestId: string, otherId: string) {
  return db.transaction(async (tx) => {
    const grid = await gridInTransaction(tx, eventId);
    const meeting = grid.meetings.find((m) => m.requestId === requestId);
    if (!meeting) throw notFound('Meeting', requestId);
    const other = grid.meetings.find((m) => m.requestId === otherId);
    if (!other)
      throw invalid([{ path: 'with', message: `no meeting of request "${otherId}" is scheduled`, code: 'unknown_reference', params: { value: otherId } }]);
    if (other.requestId === meeting.requestId) throw invalid([{ path: 'with', message: 'choose another meeting to swap with', code: 'invalid' }]);

    const bothOnSite = meeting.table !== 0 && other.table !== 0;
    const placed = [
      { ...meeting, slotId: other.slotId, table: bothOnSite ? other.table : meeting.table },
      { ...other, slotId: meeting.slotId, table: bothOnSite ? meeting.table : other.table },
    ];
    const after = [...grid.meetings.filter((m) => m.requestId !== requestId && m.requestId !== otherId), ...placed];
    const conflicts = placed.flatMap((p) => conflictsOf(grid, p, after));
    if (conflicts.length > 0) throw meetingConflict('The meetings cannot be swapped', conflicts);

    for (const [before, to] of [
      [meeting, placed[0]!],
      [other, placed[1]!],
    ] as const) {
      await repo.placeMeeting(tx, eventId, before.requestId, { slotId: to.slotId, table: to.table });
      await recordAudit(tx, actor, {
        entityType: 'event-meeting',
        entityId: `${eventId}/${before.requestId}`,
        action: 'move',
        before: { slotId: before.slotId, table: before.table },
        after: { slotId: to.slotId, table: to.table },
      });
    }
  });
}
