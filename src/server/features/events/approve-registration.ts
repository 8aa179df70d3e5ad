// The organiser approves a registration that awaits approval; the delegate is told by e-mail.
import { ErrorCode } from '../../../shared/api';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { conflict, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import * as publicRepo from './public-registration.repository';
import { registrationMail } from './registration-mail';

export async function approveRegistration(db: Db, actor: Actor, eventId: string, registrationId: string) {
  return db.transaction(async (tx) => {
    const event = await repo.findEvent(tx, eventId);
    const before = event && (await repo.findRegistration(tx, eventId, registrationId));
    if (!event || !before) throw notFound('Registration', registrationId);
    if (before.status !== 'pending-approval') throw conflict(ErrorCode.registrationNotAwaitingApproval, 'This registration does not await approval');
    await repo.updateRegistration(tx, registrationId, { status: 'registered' });
    const after = (await repo.findRegistration(tx, eventId, registrationId))!;
    await recordAudit(tx, actor, { entityType: 'event-registration', entityId: registrationId, action: 'approve', before, after });
    const mail = await registrationMail('approved', after.language ?? 'en', { event: event.title, name: after.delegateName, manageUrl: null });
    await publicRepo.enqueueMail(tx, { id: `reg-${randomUUID()}`, to: after.delegateEmail, ...mail });
    return after;
  });
}
