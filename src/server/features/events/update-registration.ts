import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import type { RegistrationUpdate } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { forbidden } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { actsFor, checkAvailability, iso } from './event-rules';
import { eventOrThrow, registrationOrThrow, toRegistration } from './event-views';

export async function updateRegistration(db: Db, actor: Actor, eventId: string, id: string, input: z.output<typeof RegistrationUpdate>) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const before = await registrationOrThrow(tx, eventId, id);
    if (!actsFor(actor, before)) throw forbidden(ErrorCode.ownOrganisationOnly, 'You may change your own organisation’s registrations only');
    checkAvailability(event, { arrivesAt: input.arrivesAt ?? before.arrivesAt, leavesAt: input.leavesAt ?? before.leavesAt, blockedSlots: input.blockedSlots });
    const values = { ...input, arrivesAt: iso(input.arrivesAt), leavesAt: iso(input.leavesAt) };
    await repo.updateRegistration(tx, id, values);
    const after = (await repo.findRegistration(tx, eventId, id))!;
    await recordAudit(tx, actor, { entityType: 'event-registration', entityId: id, action: 'update', before, after });
    return toRegistration(after, actor);
  });
}
