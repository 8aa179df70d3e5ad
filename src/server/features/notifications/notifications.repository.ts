import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { isoFields } from '../../db/rows';
import { notifications } from '../../db/schema';

// A user's notifications: those to the account and those to its e-mail address (delegates
// registered before they had an account).

export async function listNotifications(db: DbOrTx, userId: string, email: string) {
  const rows = await db
    .select()
    .from(notifications)
    .where(or(eq(notifications.userId, userId), eq(notifications.email, email)))
    .orderBy(desc(notifications.createdAt))
    .limit(200);
  return rows.map((r) => isoFields(r, ['createdAt', 'readAt']));
}

export async function markNotificationsRead(db: DbOrTx, userId: string, email: string, at: string, ids?: string[]): Promise<void> {
  const mine = or(eq(notifications.userId, userId), eq(notifications.email, email));
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(mine, isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined));
}
