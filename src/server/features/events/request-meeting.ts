// A delegate asks 1–4 others for a meeting; a request back makes the earlier one mutual.
import { ErrorCode } from '../../../shared/api';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { MeetingRequestInput } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import type { InviteeValue } from '../../db/schema/events';
import { conflict, forbidden, invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import type { RequestRow } from './events.repository';
import { type Issue, actsFor, effectiveStatus, isActive, participantsOf } from './event-rules';
import { eventOrThrow, toMeetingRequest } from './event-views';
import { notifyDelegates } from './notify-delegates';

export async function requestMeeting(db: Db, actor: Actor, eventId: string, input: z.output<typeof MeetingRequestInput>, now: Date, publicUrl: string) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    if (event.requestDeadline && now.getTime() >= Date.parse(event.requestDeadline)) {
      throw conflict(ErrorCode.requestDeadlinePassed, 'The deadline for meeting requests of this event has passed');
    }
    const regs = new Map((await repo.listRegistrations(tx, eventId)).map((r) => [r.id, r]));
    const issues: Issue[] = [];
    const from = regs.get(input.from);
    if (!from || !isActive(from)) issues.push({ path: 'from', message: `no active registration "${input.from}" at this event` });
    const to = [...new Set(input.to)];
    if (to.length !== input.to.length) issues.push({ path: 'to', message: 'lists a participant twice' });
    input.to.forEach((id, i) => {
      const reg = regs.get(id);
      if (!reg || !isActive(reg)) issues.push({ path: `to.${i}`, message: `no active registration "${id}" at this event` });
      else if (id === input.from) issues.push({ path: `to.${i}`, message: 'you cannot request a meeting with yourself' });
    });
    if (issues.length) throw invalid(issues);
    if (!actsFor(actor, from!)) throw forbidden(ErrorCode.ownOrganisationOnly, 'You may request meetings for your own organisation’s registrations only');

    const existing = await repo.listRequests(tx, eventId);
    const open = (r: RequestRow) => {
      const s = effectiveStatus(r, event, now);
      return s === 'pending' || s === 'accepted';
    };
    const samePeople = (r: RequestRow) => {
      const a = participantsOf(r).sort().join();
      return a === [input.from, ...to].sort().join();
    };
    // Both sides asked: the earlier request becomes mutual and accepted (weight 3).
    const reverse =
      to.length === 1
        ? existing.find((r) => open(r) && r.requesterId === to[0] && r.invitees.length === 1 && r.invitees[0]!.registrationId === input.from)
        : undefined;
    if (reverse) {
      const invitees: InviteeValue[] = [{ registrationId: input.from, response: 'accepted', respondedAt: now.toISOString() }];
      const merged = (await repo.updateRequest(tx, reverse.id, { mutual: true, status: 'accepted', invitees }))!;
      await recordAudit(tx, actor, { entityType: 'meeting-request', entityId: reverse.id, action: 'mutual', before: reverse, after: merged });
      await notifyDelegates(tx, publicUrl, event, [regs.get(reverse.requesterId)!], {
        kind: 'request-answered',
        params: { requestId: reverse.id, answer: 'mutual', name: from!.delegateName, organisation: from!.organisationName },
      });
      return toMeetingRequest(merged, event, now);
    }
    if (existing.some((r) => open(r) && samePeople(r)))
      throw conflict(ErrorCode.requestAlreadyOpen, 'A request for a meeting of these participants is already open');

    const created = await repo.insertRequest(tx, {
      id: randomUUID(),
      eventId,
      requesterId: input.from,
      invitees: to.map((registrationId) => ({ registrationId, response: 'pending', respondedAt: null })),
      message: input.message,
      priority: input.priority,
      online: input.online,
    });
    await recordAudit(tx, actor, { entityType: 'meeting-request', entityId: created.id, action: 'create', after: created });
    await notifyDelegates(
      tx,
      publicUrl,
      event,
      to.map((id) => regs.get(id)!),
      {
        kind: 'request-received',
        params: { requestId: created.id, name: from!.delegateName, organisation: from!.organisationName, priority: input.priority, message: input.message },
      },
    );
    return toMeetingRequest(created, event, now);
  });
}
