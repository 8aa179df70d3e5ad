// Registering a delegate of one's organisation (organisers: of any organisation).
import { ErrorCode } from '../../../shared/api';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Registration, RegistrationInput } from '../../../shared/api';
import { type Actor, managesProgramme } from '../../actor';
import type { Db } from '../../db/open-database';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { conflict, forbidden, invalid, unknownReference } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { checkAvailability, iso } from './event-rules';
import { eventOrThrow, toRegistration } from './event-views';

export async function register(db: Db, actor: Actor, eventId: string, input: z.output<typeof RegistrationInput>): Promise<Registration> {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    checkAvailability(event, input);
    if (!(await repo.organisationName(tx, input.organisationId))) {
      throw invalid([unknownReference('organisationId', 'organisation', input.organisationId)]);
    }
    const manager = managesProgramme(actor);
    if (!manager && (actor.kind !== 'user' || actor.organisationId !== input.organisationId)) {
      throw forbidden(ErrorCode.ownOrganisationOnly, 'Members register delegates of their own organisation only');
    }
    let userId = input.userId ?? null;
    if (!manager && actor.kind === 'user') {
      if (userId !== null && userId !== actor.id) throw forbidden(ErrorCode.organisersRegisterOthers, 'Only organisers register other users');
      userId ??= actor.id;
    }
    let created;
    try {
      created = await repo.insertRegistration(tx, {
        id: randomUUID(),
        eventId,
        organisationId: input.organisationId,
        userId,
        delegateName: input.delegateName,
        delegateEmail: input.delegateEmail,
        languages: input.languages,
        profile: input.profile,
        arrivesAt: iso(input.arrivesAt),
        leavesAt: iso(input.leavesAt),
        blockedSlots: input.blockedSlots,
        offers: input.offers,
        attendance: input.attendance,
        remindersOptOut: input.remindersOptOut,
      });
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation)
        throw conflict(ErrorCode.alreadyRegistered, `${input.delegateEmail} is already registered for this event`, { email: input.delegateEmail });
      throw error;
    }
    await recordAudit(tx, actor, { entityType: 'event-registration', entityId: created.id, action: 'create', after: created });
    return toRegistration((await repo.findRegistration(tx, eventId, created.id))!, actor);
  });
}
