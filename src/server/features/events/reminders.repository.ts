import { and, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { eventRegistrations, eventReminders } from '../../db/schema';

export type ReminderKind = (typeof eventReminders.$inferInsert)['kind'];

/** The registrations of an event that were made through the public link and are managed by its private link. */
export async function registrationsWithPrivateLink(db: DbOrTx, eventId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), isNotNull(eventRegistrations.manageTokenHash)));
  return new Set(rows.map((r) => r.id));
}

/** True when this reminder was not sent before: the caller writes the e-mail in the same transaction. */
export async function claimReminder(db: DbOrTx, registrationId: string, kind: ReminderKind, subject: string): Promise<boolean> {
  const rows = await db.insert(eventReminders).values({ registrationId, kind, subject }).onConflictDoNothing().returning({ id: eventReminders.registrationId });
  return rows.length === 1;
}
