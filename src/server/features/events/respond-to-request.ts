// An invitee accepts or declines a meeting request; the requester is told.
import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import type { MeetingResponseInput } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { conflict, forbidden, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { actsFor, effectiveStatus } from './event-rules';
import { eventOrThrow, toMeetingRequest } from './event-views';
import { notifyDelegates } from './notify-delegates';

export async function respondToRequest(
  db: Db,
  actor: Actor,
  eventId: string,
  requestId: string,
  input: z.output<typeof MeetingResponseInput>,
  now: Date,
  publicUrl: string,
) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const before = await repo.findRequest(tx, eventId, requestId);
    if (!before) throw notFound('Meeting request', requestId);
    const status = effectiveStatus(before, event, now);
    if (status !== 'pending') throw conflict(ErrorCode.requestClosed, `This request is ${status}; it can no longer be answered`);
    const regs = new Map((await repo.listRegistrations(tx, eventId)).map((r) => [r.id, r]));
    const mine = before.invitees.filter(
      (i) => actsFor(actor, regs.get(i.registrationId)!) && (!input.registrationId || i.registrationId === input.registrationId),
    );
    if (mine.length === 0) throw forbidden(ErrorCode.inviteeOnly, 'Only an invitee of this request may answer it');
    if (mine.length > 1) throw invalid([{ path: 'registrationId', message: 'you hold several invitations in this request: say which one answers' }]);
    const answering = mine[0]!.registrationId;
    const invitees = before.invitees.map((i) =>
      i.registrationId === answering
        ? { ...i, response: input.answer === 'accept' ? ('accepted' as const) : ('declined' as const), respondedAt: now.toISOString() }
        : i,
    );
    const next = invitees.some((i) => i.response === 'declined') ? 'declined' : invitees.every((i) => i.response === 'accepted') ? 'accepted' : 'pending';
    const after = (await repo.updateRequest(tx, requestId, { invitees, status: next }))!;
    await recordAudit(tx, actor, { entityType: 'meeting-request', entityId: requestId, action: input.answer, before, after });
    const who = regs.get(answering)!;
    const answered = input.answer === 'accept' ? 'accepted' : 'declined';
    await notifyDelegates(tx, publicUrl, event, [regs.get(before.requesterId)!], {
      kind: 'request-answered',
      params: { requestId, answer: answered, name: who.delegateName, organisation: who.organisationName },
    });
    return toMeetingRequest(after, event, now);
  });
}
