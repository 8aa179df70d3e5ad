import type { Db, DbOrTx } from '../../db/open-database';
import { randomUUID } from 'node:crypto';
import * as repo from './accounts.repository';

export type MailMessage = { to: string; subject: string; text: string };

/**
 * Delivers e-mail. Every message is first written to the `outbox` table in the transaction of
 * the change that causes it (an invitation, a reset); when a transport is configured
 * (SMTP_URL), `deliverOutbox` sends what is pending after the commit and marks it sent.
 * Without one, messages stay in the outbox and admins read them in the UI, so every flow
 * works offline and in tests.
 */
export interface MailTransport {
  send(message: MailMessage & { from: string }): Promise<void>;
}

export async function enqueueMail(tx: DbOrTx, message: MailMessage): Promise<void> {
  await repo.insertOutbox(tx, { id: randomUUID(), ...message });
}

/** Sends pending messages; a failure leaves the message pending for the next attempt. */
export async function deliverOutbox(db: Db, transport: MailTransport | undefined, from: string): Promise<number> {
  if (!transport) return 0;
  let sent = 0;
  for (const message of await repo.unsentOutbox(db)) {
    try {
      await transport.send({ from, to: message.to, subject: message.subject, text: message.text });
      await repo.markOutboxSent(db, message.id, new Date());
      sent++;
    } catch {
      break;
    }
  }
  return sent;
}
