// The organiser opens registration without an account: a shareable link with an unguessable
// token (a new one each time it is opened, so closing and reopening ends old links), an optional
// capacity with a waitlist, optional approval and custom questions.
import type { z } from 'zod';
import type { PublicRegistrationLink, PublicRegistrationSettings } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import type { EventRow } from './events.repository';
import { promoteFromWaitlist } from './promote-waitlist';
import { newSecret, registrationUrlOf } from './secret-links';

function linkOf(event: EventRow, publicUrl: string): PublicRegistrationLink {
  const token = event.publicToken;
  return {
    open: token !== null,
    token,
    url: token === null ? null : registrationUrlOf(publicUrl, token),
    capacity: event.registrationCapacity,
    approval: event.registrationApproval,
    questions: event.registrationQuestions,
  };
}

async function eventOrThrow(db: DbOrTx, id: string): Promise<EventRow> {
  const event = await repo.findEvent(db, id);
  if (!event) throw notFound('Event', id);
  return event;
}

export async function publicRegistrationLink(db: Db, eventId: string, publicUrl: string): Promise<PublicRegistrationLink> {
  return linkOf(await eventOrThrow(db, eventId), publicUrl);
}

export async function setPublicRegistration(
  db: Db,
  actor: Actor,
  eventId: string,
  settings: z.output<typeof PublicRegistrationSettings>,
  publicUrl: string,
): Promise<PublicRegistrationLink> {
  return db.transaction(async (tx) => {
    const before = await eventOrThrow(tx, eventId);
    const publicToken = settings.open ? (before.publicToken ?? newSecret()) : null;
    const after = (await repo.updateEvent(tx, eventId, {
      publicToken,
      registrationCapacity: settings.capacity,
      registrationApproval: settings.approval,
      registrationQuestions: settings.questions,
    }))!;
    // A larger capacity (or none) makes room for the waitlist at once.
    await promoteFromWaitlist(tx, after);
    await recordAudit(tx, actor, {
      entityType: 'event',
      entityId: eventId,
      action: 'public-registration',
      before: { open: before.publicToken !== null, capacity: before.registrationCapacity, approval: before.registrationApproval },
      after: { open: publicToken !== null, capacity: settings.capacity, approval: settings.approval, questions: settings.questions },
    });
    return linkOf(after, publicUrl);
  });
}
