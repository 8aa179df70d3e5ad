// Registration from the public link, without an account: the organisation is found by its name
// (its existing profile is reused) or created; the delegate takes a place, waits for approval or
// joins the waitlist when the event is full, and receives a private link to manage it by e-mail.
import { ErrorCode } from '../../../shared/api';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { PublicEvent, PublicRegistrationInput } from '../../../shared/api';
import { systemActor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { conflict, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { createOrganisation } from '../organisations/organisations.service';
import * as repo from './events.repository';
import type { EventRow } from './events.repository';
import * as publicRepo from './public-registration.repository';
import { registrationMail } from './registration-mail';
import { digestOf, manageUrlOf, newSecret, SECRET_TOKEN } from './secret-links';

const actor = systemActor('public registration');

/** The event behind an open public link; 404 for an unknown or closed link. */
export async function eventOfPublicLink(db: DbOrTx, token: string): Promise<EventRow> {
  const id = SECRET_TOKEN.test(token) ? await publicRepo.findEventIdByPublicToken(db, token) : undefined;
  const event = id === undefined ? undefined : await repo.findEvent(db, id);
  if (!event) throw notFound('Registration link', 'this address');
  return event;
}

export async function publicEvent(db: Db, token: string): Promise<PublicEvent> {
  const event = await eventOfPublicLink(db, token);
  const taken = await publicRepo.placesTaken(db, event.id);
  return {
    title: event.title,
    description: event.description,
    place: event.place,
    timeZone: event.timeZone,
    languages: event.languages,
    slots: event.slots.filter((s) => s.kind === 'meeting').map(({ id, start, end }) => ({ id, start, end })),
    questions: event.registrationQuestions,
    full: event.registrationCapacity !== null && taken >= event.registrationCapacity,
    approval: event.registrationApproval,
  };
}

/** Every required question answered, and no answer to a question the event does not ask. */
export function checkAnswers(event: Pick<EventRow, 'registrationQuestions'>, answers: Record<string, string>): void {
  const asked = new Map(event.registrationQuestions.map((q) => [q.id, q]));
  const issues = [
    ...event.registrationQuestions
      .filter((q) => q.required && !answers[q.id]?.trim())
      .map((q) => ({ path: `answers.${q.id}`, message: `please answer "${q.text}"` })),
    ...Object.keys(answers)
      .filter((id) => !asked.has(id))
      .map((id) => ({ path: `answers.${id}`, message: 'this event asks no such question' })),
  ];
  if (issues.length) throw invalid(issues);
}

export async function registerPublicly(
  db: Db,
  token: string,
  input: z.output<typeof PublicRegistrationInput>,
  publicUrl: string,
): Promise<{ status: 'registered' | 'pending-approval' | 'waitlisted' }> {
  const event = await eventOfPublicLink(db, token);
  checkAnswers(event, input.answers);
  // Before the transaction: the organisations feature writes its own record in its own one.
  const organisationId =
    (await publicRepo.findOrganisationByName(db, input.organisationName)) ??
    (
      await createOrganisation(db, actor, {
        id: `org-${randomUUID()}`,
        name: input.organisationName,
        type: 'company',
        country: input.country,
        homeRegionId: null,
        website: null,
        description: null,
        visibility: 'members',
      })
    ).id;
  return db.transaction(async (tx) => {
    await publicRepo.lockEvent(tx, event.id);
    const full = event.registrationCapacity !== null && (await publicRepo.placesTaken(tx, event.id)) >= event.registrationCapacity;
    const status = full ? 'waitlisted' : event.registrationApproval ? 'pending-approval' : 'registered';
    const secret = newSecret();
    let created;
    try {
      created = await repo.insertRegistration(tx, {
        id: randomUUID(),
        eventId: event.id,
        organisationId,
        userId: null,
        delegateName: input.delegateName,
        delegateEmail: input.delegateEmail,
        languages: input.languages,
        profile: input.profile,
        blockedSlots: [],
        offers: [],
        attendance: input.attendance,
        answers: input.answers,
        language: input.language,
        status,
      });
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation)
        throw conflict(ErrorCode.alreadyRegistered, `${input.delegateEmail} is already registered for this event`, { email: input.delegateEmail });
      throw error;
    }
    await publicRepo.setManageHash(tx, created.id, digestOf(secret));
    await recordAudit(tx, actor, { entityType: 'event-registration', entityId: created.id, action: 'public-register', after: created });
    const mail = await registrationMail(status, input.language, { event: event.title, name: input.delegateName, manageUrl: manageUrlOf(publicUrl, secret) });
    await publicRepo.enqueueMail(tx, { id: `reg-${randomUUID()}`, to: input.delegateEmail, ...mail });
    return { status };
  });
}
