// The organiser's desk on the day: check in by the code of the badge (typed or scanned), or
// register a walk-in and check them in in one step.
import { countryOfTimeZone } from '../../../shared/event-time';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { type CheckInResult, ErrorCode, type WalkInInput } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { DomainError } from '../../errors';
import { createOrganisation } from '../organisations/organisations.service';
import { checkInCodeOf, codesMatch } from './check-in-code';
import * as repo from './events.repository';
import * as service from './events.service';
import { findOrganisationByName } from './public-registration.repository';

const unknownCode = () =>
  new DomainError(ErrorCode.unknownCheckInCode, 404, 'No registration of this event has this check-in code (mistyped, or a badge of another event)');

/** Checks in; a second check-in keeps the first arrival time and says so. */
async function checkInOnce(db: Db, actor: Actor, eventId: string, registrationId: string, now: Date): Promise<CheckInResult> {
  const before = await repo.findRegistration(db, eventId, registrationId);
  if (before?.checkedInAt) return { registration: service.toRegistration(before, actor), alreadyCheckedIn: true };
  return { registration: await service.checkIn(db, actor, eventId, registrationId, now), alreadyCheckedIn: false };
}

export async function checkInByCode(db: Db, actor: Actor, eventId: string, code: string, key: Buffer, now: Date): Promise<CheckInResult> {
  await service.getEvent(db, eventId);
  // Codes are not stored: each registration's code is recomputed (a few thousand HMACs at most).
  const match = (await repo.listRegistrations(db, eventId)).find((r) => codesMatch(code, checkInCodeOf(key, eventId, r.id)));
  if (!match) throw unknownCode();
  return checkInOnce(db, actor, eventId, match.id, now);
}

export async function registerWalkIn(db: Db, actor: Actor, eventId: string, input: z.output<typeof WalkInInput>, now: Date): Promise<CheckInResult> {
  const event = await service.getEvent(db, eventId);
  let organisationId = input.organisationId;
  if (organisationId === undefined) {
    const name = input.organisationName!;
    // Before the registration's transaction: the organisations feature writes in its own one.
    organisationId =
      (await findOrganisationByName(db, name)) ??
      (
        await createOrganisation(db, actor, {
          id: `org-${randomUUID()}`,
          name,
          type: 'company',
          // A walk-in's defaults follow the event: its country and its first language.
          country: input.country ?? countryOfTimeZone(event.timeZone) ?? 'NL',
          homeRegionId: null,
          website: null,
          description: null,
          visibility: 'members',
        })
      ).id;
  }
  const registration = await service.register(db, actor, eventId, {
    organisationId,
    userId: null,
    delegateName: input.delegateName,
    delegateEmail: input.delegateEmail,
    languages: input.languages ?? event.languages.slice(0, 1),
    profile: '',
    arrivesAt: now.toISOString(),
    leavesAt: null,
    blockedSlots: [],
    offers: [],
    attendance: 'on-site',
    remindersOptOut: false,
  });
  return checkInOnce(db, actor, eventId, registration.id, now);
}
