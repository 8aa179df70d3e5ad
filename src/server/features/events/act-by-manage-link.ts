// What a delegate without an account does with the private link once registered: browse the
// marketplace, send meeting requests and answer the ones received — always as that registration.
import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import type { MarketplaceQuery, MeetingRequestInput, MeetingResponseInput } from '../../../shared/api';
import { systemActor } from '../../actor';
import type { Db } from '../../db/open-database';
import { conflict } from '../../errors';
import * as repo from './events.repository';
import * as service from './events.service';
import { managedRegistrationIds } from './manage-registration';

const actor = systemActor('manage link');

async function registeredByLink(db: Db, token: string) {
  const ids = await managedRegistrationIds(db, token);
  if (ids.status !== 'registered')
    throw conflict(ErrorCode.registrationNotActive, 'Only registered delegates use the marketplace; this registration is not (yet) registered');
  return ids;
}

export async function marketplaceByLink(db: Db, token: string, q: z.output<typeof MarketplaceQuery>) {
  const { eventId } = await registeredByLink(db, token);
  return service.marketplace(db, eventId, q);
}

export async function requestsByLink(db: Db, token: string, now: Date) {
  const { eventId, registrationId } = await registeredByLink(db, token);
  return service.listRequests(db, actor, eventId, registrationId, now);
}

export async function requestMeetingByLink(db: Db, token: string, input: Omit<z.output<typeof MeetingRequestInput>, 'from'>, now: Date, publicUrl: string) {
  const { eventId, registrationId } = await registeredByLink(db, token);
  return service.requestMeeting(db, actor, eventId, { ...input, from: registrationId }, now, publicUrl);
}

export async function respondByLink(
  db: Db,
  token: string,
  requestId: string,
  input: Pick<z.output<typeof MeetingResponseInput>, 'answer'>,
  now: Date,
  publicUrl: string,
) {
  const { eventId, registrationId } = await registeredByLink(db, token);
  return service.respondToRequest(db, actor, eventId, requestId, { ...input, registrationId }, now, publicUrl);
}

/** The delegate's agenda (also while waitlisted: then without meetings). */
export async function agendaByLink(db: Db, token: string) {
  const { eventId, registrationId } = await managedRegistrationIds(db, token);
  const language = (await repo.findRegistration(db, eventId, registrationId))?.language ?? null;
  return { agenda: await service.agendaOfRegistration(db, { eventId, id: registrationId }), place: (await service.getEvent(db, eventId)).place, language };
}
