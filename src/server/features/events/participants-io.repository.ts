// Queries of the participant import, export and outcome report: registrations with their
// organisation's country and type, the organisations a file names, the addresses already registered.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { eventRegistrations, meetingFeedback, organisations } from '../../db/schema';
import { organisationRow } from '../organisations/organisations.service';

/** Every registration of the event with its organisation's name, country and type, oldest first. */
export function registrationsWithOrganisation(db: DbOrTx, eventId: string) {
  return db
    .select({
      id: eventRegistrations.id,
      delegateName: eventRegistrations.delegateName,
      delegateEmail: eventRegistrations.delegateEmail,
      organisationId: eventRegistrations.organisationId,
      organisationName: organisations.name,
      country: organisations.country,
      type: organisations.type,
      language: eventRegistrations.language,
      languages: eventRegistrations.languages,
      attendance: eventRegistrations.attendance,
      status: eventRegistrations.status,
      answers: eventRegistrations.answers,
      checkedInAt: eventRegistrations.checkedInAt,
      noShowAt: eventRegistrations.noShowAt,
      createdAt: eventRegistrations.createdAt,
    })
    .from(eventRegistrations)
    .innerJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
}

/** Organisations by lower-cased name (the first id of a name, as registration picks it) and by id. */
export async function organisationsNamed(db: DbOrTx, names: string[], ids: string[]) {
  const byName = new Map<string, string>();
  const known = new Set<string>();
  for (let i = 0; i < names.length; i += 1000) {
    const rows = await db
      .select({ id: organisations.id, key: sql<string>`lower(${organisations.name})` })
      .from(organisations)
      .where(inArray(sql`lower(${organisations.name})`, names.slice(i, i + 1000)))
      .orderBy(asc(organisations.id));
    for (const r of rows) if (!byName.has(r.key)) byName.set(r.key, r.id);
  }
  for (let i = 0; i < ids.length; i += 1000) {
    for (const r of await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, ids.slice(i, i + 1000))))
      known.add(r.id);
  }
  return { byName, known };
}

/** The addresses of `emails` already registered for the event (any status). */
export async function registeredEmails(db: DbOrTx, eventId: string, emails: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < emails.length; i += 1000) {
    const rows = await db
      .select({ email: eventRegistrations.delegateEmail })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, eventId), inArray(eventRegistrations.delegateEmail, emails.slice(i, i + 1000))));
    for (const r of rows) found.add(r.email);
  }
  return found;
}

/** Meetings of the event that a side reported as not having taken place. */
export async function meetingsNotHeld(db: DbOrTx, eventId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ requestId: meetingFeedback.requestId })
    .from(meetingFeedback)
    .where(and(eq(meetingFeedback.eventId, eventId), eq(meetingFeedback.answer, 'did-not-take-place')));
  return new Set(rows.map((r) => r.requestId));
}

/** A new organisation of an imported participant (in the import's transaction, so all or nothing). */
export async function insertOrganisation(db: DbOrTx, values: typeof organisations.$inferInsert): Promise<void> {
  await db.insert(organisations).values(organisationRow(values));
}
