import type { Db, DbOrTx } from '../../db/open-database';
import { randomUUID } from 'node:crypto';
import { enqueueJob, type JobHandler } from '../jobs/jobs.service';
import type { TickTask } from '../jobs/ticks';
import * as repo from './accounts.repository';
import { redactSecret, restoreSecret, sealSecret, unsealSecret } from './link-seal';

export type MailMessage = { to: string; subject: string; text: string };

/**
 * Delivers e-mail. Every message is first written to the `outbox` table in the transaction of
 * the change that causes it (an invitation, a reset, an event notification), together with a
 * `mail-deliver` job on the job queue; when a transport is configured (SMTP_URL), that job sends
 * what is due and marks it sent. Without one, messages stay in the outbox and admins read them
 * in the UI — without the secrets of invitation and reset links, which only the delivery can
 * unseal (link-seal.ts).
 */
export interface MailTransport {
  send(message: MailMessage & { from: string }): Promise<void>;
  close?(): void;
}

/**
 * Writes a message to the outbox. A message with a link's secret (`link`) stores the text with the
 * secret redacted and the secret sealed with `link.key` (link-seal.ts).
 */
export async function enqueueMail(tx: DbOrTx, message: MailMessage, link?: { secret: string; key: Buffer }): Promise<void> {
  const id = randomUUID();
  await repo.insertOutbox(
    tx,
    link ? { id, ...message, text: redactSecret(message.text, link.secret), sealedSecret: sealSecret(link.key, link.secret, id) } : { id, ...message },
  );
  // Delivered by whichever instance's job worker claims this first (one job waits for all new mail).
  await enqueueJob(tx, DELIVERY_JOB);
}

export type DeliveryOptions = {
  from: string;
  /** Unseals the secrets of links (MAIL_LINK_KEY or the process's own key). */
  linkKey: Buffer;
  now?: () => Date;
  /** A claimed message is left alone by other instances this long (longer than a send can take). */
  leaseMs?: number;
  /** Messages claimed per pass. */
  batchSize?: number;
};

/** Where and how the outbox is sent (a configured SMTP_URL). */
export type MailDelivery = { transport: MailTransport; options: DeliveryOptions };

/** After this many failed attempts a message stays unsent, with its last error, for an admin to see. */
const MAX_ATTEMPTS = 20;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min, … doubling up to an hour between attempts. */
const retryDelayMs = (attempts: number) => Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);

/**
 * One pass: claims the messages that are due and sends them. A failure records the error and
 * schedules the next attempt (backoff); it never throws for a message, so one bad address does
 * not hold up the rest.
 */
async function deliverOutbox(db: Db, transport: MailTransport, options: DeliveryOptions): Promise<{ sent: number; failed: number }> {
  const now = options.now?.() ?? new Date();
  const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? 5 * 60_000));
  const claimed = await repo.claimDueOutbox(db, now, leaseUntil, MAX_ATTEMPTS, options.batchSize ?? 20);
  let sent = 0;
  for (const message of claimed) {
    try {
      const text = message.sealedSecret ? restoreSecret(message.text, unsealSecret(options.linkKey, message.sealedSecret, message.id)) : message.text;
      await transport.send({ from: options.from, to: message.to, subject: message.subject, text });
      await repo.markOutboxSent(db, message.id, options.now?.() ?? new Date());
      sent++;
    } catch (error) {
      const failedAt = options.now?.() ?? new Date();
      const reason = error instanceof Error ? error.message : String(error);
      await repo.markOutboxFailed(db, message.id, reason.slice(0, 500), new Date(failedAt.getTime() + retryDelayMs(message.attempts)));
    }
  }
  return { sent, failed: claimed.length - sent };
}

/** The job that delivers the outbox; queued with each message and by `queueDueMail` for retries. */
const DELIVERY_JOB = 'mail-deliver';

/**
 * The `mail` job family: sends what is due, batch after batch while whole batches went out.
 * Without a transport (no SMTP_URL) messages stay in the outbox, where admins read them.
 */
export function mailJobHandler(delivery: MailDelivery | undefined): JobHandler {
  return async (db) => {
    if (!delivery) return;
    const batchSize = delivery.options.batchSize ?? 20;
    let result;
    do result = await deliverOutbox(db, delivery.transport, { ...delivery.options, batchSize });
    while (result.sent > 0 && result.sent === batchSize);
  };
}

/** Tick task: queues a delivery when a message's retry fell due (or another instance's lease ran out). */
export const queueDueMail: TickTask = async (db, now) => {
  if (await repo.hasDueOutbox(db, now, MAX_ATTEMPTS)) await enqueueJob(db, DELIVERY_JOB);
};
