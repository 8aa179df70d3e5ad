// Telling users, for every feature: the notification in the app and its e-mail copy in the
// accounts outbox (same columns as its enqueueMail), written in the caller's transaction.
import type { Language } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { notifications, outbox } from '../../db/schema';

export type NotificationValues = typeof notifications.$inferInsert;

/** Each notification with its e-mail, which may be in another language than the stored (English) text. */
export async function sendNotifications(db: DbOrTx, rows: { notification: NotificationValues; mail: { subject: string; text: string } }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(notifications).values(rows.map((r) => r.notification));
  await db.insert(outbox).values(rows.map(({ notification: n, mail }) => ({ id: `n-${n.id}`, to: n.email, ...mail })));
}

export type Recipient = { id: string; email: string; language: Language };
export type Notice = {
  id: string;
  kind: string;
  params: Record<string, string>;
  english: { subject: string; text: string };
  mail: { subject: string; text: string };
};

/** Each notice at most once: its id is derived from what it is about, so a rerun (another instance) adds nothing. */
export async function sendNoticesOnce(db: DbOrTx, rows: { to: Recipient; notice: Notice }[]): Promise<number> {
  let written = 0;
  for (const { to, notice } of rows) {
    const inserted = await db
      .insert(notifications)
      .values({ id: notice.id, userId: to.id, email: to.email, eventId: null, kind: notice.kind, params: notice.params, ...notice.english })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    if (inserted.length === 0) continue;
    await db.insert(outbox).values({ id: `n-${notice.id}`, to: to.email, ...notice.mail });
    written++;
  }
  return written;
}
