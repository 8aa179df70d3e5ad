// Locking a meeting keeps it in place when the organiser schedules again.
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { eventOrThrow } from './event-views';

export async function lockMeeting(db: Db, actor: Actor, eventId: string, requestId: string, locked: boolean) {
  return db.transaction(async (tx) => {
    await eventOrThrow(tx, eventId);
    if ((await repo.setMeetingLock(tx, eventId, [requestId], locked)) === 0) throw notFound('Meeting', requestId);
    await recordAudit(tx, actor, { entityType: 'event-meeting', entityId: `${eventId}/${requestId}`, action: locked ? 'lock' : 'unlock' });
  });
}
