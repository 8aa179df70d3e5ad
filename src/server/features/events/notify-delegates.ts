import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../../db/open-database';
import { sendNotifications } from '../notifications/send-notifications';
import * as repo from './events.repository';
import type { EventRow, RegistrationRow } from './events.repository';
import { type NotificationContent, notificationLink, notificationMail } from './notification-mail';

/**
 * Tells each delegate in the app (`params` let the web render it in the reader's language; the
 * stored subject and text are the English fallback) and by e-mail in the language of the
 * delegate's account (English for a delegate without one).
 */
export async function notifyDelegates(tx: DbOrTx, publicUrl: string, event: EventRow, to: RegistrationRow[], content: NotificationContent) {
  const languages = await repo.accountLanguagesOf(tx, to);
  const english = await notificationMail(content, event.title, 'en');
  await sendNotifications(
    tx,
    await Promise.all(
      to.map(async (r) => ({
        notification: {
          id: randomUUID(),
          userId: r.userId,
          email: r.delegateEmail,
          eventId: event.id,
          kind: content.kind,
          params: { ...content.params, eventTitle: event.title, registrationId: r.id },
          ...english,
        },
        mail: await notificationMail(content, event.title, languages.get(r.id) ?? 'en', notificationLink(content, publicUrl, event.id, r.id)),
      })),
    ),
  );
}
