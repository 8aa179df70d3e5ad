// Subscribable calendar feeds: each registration may have one secret feed address that calendar
// apps poll without a session. Only the SHA-256 of the secret is stored, so the address is shown
// once when it is made; making a new one or revoking it ends the old one at once.
import { ErrorCode } from '../../../shared/api';
import { createHash, randomBytes } from 'node:crypto';
import type { Agenda, FeedLink } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './events.repository';
import { actsFor, agendaOfRegistration } from './events.service';

const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');
/** The token as it appears in the feed's path: 256 random bits, URL-safe. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

async function ownRegistration(db: DbOrTx, actor: Actor, eventId: string, registrationId: string) {
  const reg = await repo.findRegistration(db, eventId, registrationId);
  if (!reg) throw notFound('Registration', registrationId);
  if (!actsFor(actor, reg)) throw forbidden(ErrorCode.ownOrganisationOnly, 'Only the organiser and the delegate’s organisation manage its calendar feed');
  return reg;
}

/** Makes a new secret feed address for the delegate's agenda; an earlier one stops working. */
export async function issueFeed(db: Db, actor: Actor, eventId: string, registrationId: string, deps: { now: Date; publicUrl: string }): Promise<FeedLink> {
  return db.transaction(async (tx) => {
    await ownRegistration(tx, actor, eventId, registrationId);
    const token = randomBytes(32).toString('base64url');
    const createdAt = deps.now.toISOString();
    await repo.updateRegistration(tx, registrationId, { feedTokenHash: digest(token), feedTokenCreatedAt: createdAt });
    await recordAudit(tx, actor, { entityType: 'event-registration', entityId: registrationId, action: 'feed-issue', after: { feedCreatedAt: createdAt } });
    return { url: `${deps.publicUrl}/api/events/feeds/${token}.ics`, createdAt };
  });
}

/** Revokes the delegate's feed address (the feed then answers 404). */
export async function revokeFeed(db: Db, actor: Actor, eventId: string, registrationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const reg = await ownRegistration(tx, actor, eventId, registrationId);
    await repo.updateRegistration(tx, registrationId, { feedTokenHash: null, feedTokenCreatedAt: null });
    await recordAudit(tx, actor, {
      entityType: 'event-registration',
      entityId: registrationId,
      action: 'feed-revoke',
      before: { feedCreatedAt: reg.feedTokenCreatedAt },
    });
  });
}

/** The agenda behind a feed token; 404 for an unknown or revoked token and a cancelled registration. */
export async function feedAgenda(db: Db, token: string): Promise<Agenda> {
  const reg = FEED_TOKEN.test(token) ? await repo.findRegistrationByFeedHash(db, digest(token)) : undefined;
  if (!reg || reg.status === 'cancelled') throw notFound('Calendar feed', 'this address');
  return agendaOfRegistration(db, reg);
}
