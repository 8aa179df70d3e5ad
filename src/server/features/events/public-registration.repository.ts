// Queries of registration without an account: the event behind a public link, the registration
// behind a manage link, the waitlist, and the e-mail that confirms each step.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { eventRegistrations, events, organisations, outbox } from '../../db/schema';

export async function findEventIdByPublicToken(db: DbOrTx, token: string): Promise<string | undefined> {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.publicToken, token));
  return row?.id;
}

/** Locks the event row: registrations of one event are counted against its capacity one at a time. */
export async function lockEvent(db: DbOrTx, eventId: string): Promise<void> {
  await db.execute(sql`select 1 from ${events} where ${events.id} = ${eventId} for update`);
}

/** Places taken: registered delegates and those awaiting approval. */
export async function placesTaken(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), inArray(eventRegistrations.status, ['registered', 'pending-approval'])));
  return row?.n ?? 0;
}

/** Waitlisted registrations, first come first served. */
export async function waitlist(db: DbOrTx, eventId: string): Promise<{ id: string }[]> {
  return db
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'waitlisted')))
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
}

export async function findRegistrationIdByManageHash(db: DbOrTx, hash: string): Promise<{ id: string; eventId: string } | undefined> {
  const [row] = await db
    .select({ id: eventRegistrations.id, eventId: eventRegistrations.eventId })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.manageTokenHash, hash));
  return row;
}

export async function setManageHash(db: DbOrTx, registrationId: string, hash: string): Promise<void> {
  await db.update(eventRegistrations).set({ manageTokenHash: hash }).where(eq(eventRegistrations.id, registrationId));
}

/** An existing organisation of this name (any letter case), so its members share one profile. */
export async function findOrganisationByName(db: DbOrTx, name: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`lower(${organisations.name}) = lower(${name})`)
    .orderBy(asc(organisations.id))
    .limit(1);
  return row?.id;
}

export async function enqueueMail(db: DbOrTx, mail: { id: string; to: string; subject: string; text: string }): Promise<void> {
  await db.insert(outbox).values(mail);
}
