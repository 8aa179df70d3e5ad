// A delegate without an account manages the registration with the private link from the
// confirmation e-mail: sees its status (and place on the waitlist), edits profile, languages,
// attendance, availability and answers, or cancels (which gives the place to the waitlist).
import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import type { ManagedRegistration, ManagedRegistrationUpdate } from '../../../shared/api';
import { systemActor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { conflict, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { cancelRegistration } from './events.service';
import * as publicRepo from './public-registration.repository';
import { checkAnswers } from './register-publicly';
import { digestOf, SECRET_TOKEN } from './secret-links';

const actor = systemActor('manage link');

async function registrationOfLink(db: DbOrTx, token: string) {
  const found = SECRET_TOKEN.test(token) ? await publicRepo.findRegistrationIdByManageHash(db, digestOf(token)) : undefined;
  const [event, reg] = found ? await Promise.all([repo.findEvent(db, found.eventId), repo.findRegistration(db, found.eventId, found.id)]) : [];
  if (!event || !reg) throw notFound('Registration', 'this link');
  return { event, reg };
}

/** The event and registration behind a link, with the registration's status. */
export async function managedRegistrationIds(db: DbOrTx, token: string) {
  const { event, reg } = await registrationOfLink(db, token);
  return { eventId: event.id, registrationId: reg.id, status: reg.status };
}

export async function managedRegistration(db: DbOrTx, token: string): Promise<ManagedRegistration> {
  const { event, reg } = await registrationOfLink(db, token);
  const waiting = reg.status === 'waitlisted' ? (await publicRepo.waitlist(db, event.id)).findIndex((w) => w.id === reg.id) + 1 : 0;
  return {
    registrationId: reg.id,
    eventTitle: event.title,
    timeZone: event.timeZone,
    slots: event.slots.filter((s) => s.kind === 'meeting').map(({ id, start, end }) => ({ id, start, end })),
    questions: event.registrationQuestions,
    delegateName: reg.delegateName,
    organisationName: reg.organisationName,
    languages: reg.languages,
    attendance: reg.attendance,
    profile: reg.profile,
    blockedSlots: reg.blockedSlots,
    answers: reg.answers,
    remindersOptOut: reg.remindersOptOut,
    status: reg.status,
    waitlistPosition: waiting > 0 ? waiting : null,
  };
}

export async function updateManagedRegistration(db: Db, token: string, input: z.output<typeof ManagedRegistrationUpdate>): Promise<ManagedRegistration> {
  return db.transaction(async (tx) => {
    const { event, reg } = await registrationOfLink(tx, token);
    if (reg.status === 'cancelled') throw conflict(ErrorCode.registrationCancelled, 'This registration is cancelled');
    if (input.answers) checkAnswers(event, input.answers);
    const slots = new Set(event.slots.map((s) => s.id));
    const unknown = (input.blockedSlots ?? []).findIndex((s) => !slots.has(s));
    if (unknown >= 0) throw invalid([{ path: `blockedSlots.${unknown}`, message: `the event has no slot "${input.blockedSlots![unknown]}"` }]);
    await repo.updateRegistration(tx, reg.id, input);
    const after = (await repo.findRegistration(tx, event.id, reg.id))!;
    await recordAudit(tx, actor, { entityType: 'event-registration', entityId: reg.id, action: 'update', before: reg, after });
    return managedRegistration(tx, token);
  });
}

export async function cancelManagedRegistration(db: Db, token: string, now: Date, publicUrl: string): Promise<void> {
  const { event, reg } = await registrationOfLink(db, token);
  await cancelRegistration(db, actor, event.id, reg.id, now, publicUrl);
}
