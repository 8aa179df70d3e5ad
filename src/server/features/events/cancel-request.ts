// The requester (or an organiser) withdraws a meeting request, and its meeting with it.
import { ErrorCode } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { conflict, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { actsFor } from './event-rules';
import { eventOrThrow, registrationOrThrow, toMeetingRequest } from './event-views';

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
