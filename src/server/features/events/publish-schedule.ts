import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { isActive } from './event-rules';
import { eventOrThrow, toEventDetail } from './event-views';
import { notifyDelegates } from './notify-delegates';

/** Publishes the schedule: every meeting is locked and the participants are told. */
export async function publishSchedule(db: Db, actor: Actor, eventId: string, now: Date, publicUrl: string) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const locked = await repo.setMeetingLock(tx, eventId, 'all', true);
    const row = (await repo.updateEvent(tx, eventId, { publishedAt: now.toISOString() }))!;
    await recordAudit(tx, actor, {
      entityType: 'event',
      entityId: eventId,
      action: 'publish',
      before: { publishedAt: event.publishedAt },
      after: { publishedAt: row.publishedAt, locked },
    });
    const regs = (await repo.listRegistrations(tx, eventId)).filter(isActive);
    await notifyDelegates(tx, publicUrl, event, regs, {
      kind: 'agenda-published',
      params: {},
    });
    return toEventDetail(row);
  });
}
