import { ErrorCode } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { conflict } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { registrationOrThrow, toRegistration } from './event-views';

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
