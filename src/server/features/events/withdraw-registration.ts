import { ErrorCode } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { conflict, forbidden } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { promoteFromWaitlist } from './promote-waitlist';
import { actsFor, participantsOf } from './event-rules';
import { eventOrThrow, registrationOrThrow, toRegistration } from './event-views';
import { notifyDelegates } from './notify-delegates';

/**
 * A cancellation or a no-show: the delegate's meetings that have not started are removed (locked
 * or not) and the organiser re-schedules; meetings already held stay on record.
 */
async function withdraw(db: Db, actor: Actor, eventId: string, id: string, how: 'cancel' | 'no-show', now: Date, publicUrl: string) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const before = await registrationOrThrow(tx, eventId, id);
    if (how === 'cancel' && !actsFor(actor, before))
      throw forbidden(ErrorCode.ownOrganisationOnly, 'You may cancel your own organisation’s registrations only');
    if (before.status === 'cancelled') throw conflict(ErrorCode.registrationCancelled, 'This registration is already cancelled');
    await repo.updateRegistration(tx, id, how === 'cancel' ? { status: 'cancelled' } : { noShowAt: now.toISOString() });
    // A cancelled place goes to the first of the waitlist.
    if (how === 'cancel' && (before.status === 'registered' || before.status === 'pending-approval')) await promoteFromWaitlist(tx, event);
    const started = new Set(event.slots.filter((s) => Date.parse(s.start) <= now.getTime()).map((s) => s.id));
    const requests = new Map((await repo.listRequests(tx, eventId)).map((r) => [r.id, r]));
    const removed = (await repo.listMeetings(tx, eventId)).filter((m) => !started.has(m.slotId) && participantsOf(requests.get(m.requestId)!).includes(id));
    await repo.deleteMeetings(
      tx,
      eventId,
      removed.map((m) => m.requestId),
    );
    if (how === 'cancel') {
      for (const r of requests.values()) {
        if (r.requesterId === id && (r.status === 'pending' || r.status === 'accepted')) await repo.updateRequest(tx, r.id, { status: 'cancelled' });
      }
    }
    const after = (await repo.findRegistration(tx, eventId, id))!;
    await recordAudit(tx, actor, {
      entityType: 'event-registration',
      entityId: id,
      action: how,
      before,
      after: { ...after, meetingsRemoved: removed.map((m) => m.requestId) },
    });
    if (event.publishedAt && removed.length > 0) {
      const regs = new Map((await repo.listRegistrations(tx, eventId)).map((r) => [r.id, r]));
      const others = new Set(removed.flatMap((m) => participantsOf(requests.get(m.requestId)!)).filter((p) => p !== id));
      await notifyDelegates(
        tx,
        publicUrl,
        event,
        [...others].map((p) => regs.get(p)!),
        {
          kind: 'agenda-changed',
          params: { cause: 'withdrawal', name: after.delegateName, organisation: after.organisationName },
        },
      );
    }
    return toRegistration(after, actor);
  });
}

export const cancelRegistration = (db: Db, actor: Actor, eventId: string, id: string, now: Date, publicUrl: string) =>
  withdraw(db, actor, eventId, id, 'cancel', now, publicUrl);
export const recordNoShow = (db: Db, actor: Actor, eventId: string, id: string, now: Date, publicUrl: string) =>
  withdraw(db, actor, eventId, id, 'no-show', now, publicUrl);
