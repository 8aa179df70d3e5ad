import type { Db, DbOrTx } from '../../db/open-database';
import { randomUUID } from 'node:crypto';
import * as repo from './accounts.repository';
import { redactSecret, restoreSecret, sealSecret, unsealSecret } from './link-seal';

export type MailMessage = { to: string; subject: string; text: string };

/**
 * Delivers e-mail. Every message is first written to the `outbox` table in the transaction of
 * the change that causes it (an invitation, a reset, an event notification); when a transport
 * is configured (SMTP_URL), the outbox delivery of each app instance sends what is due in the
 * background and marks it sent. Without one, messages stay in the outbox and admins read them
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
  if (!link) return repo.insertOutbox(tx, { id, ...message });
  await repo.insertOutbox(tx, {
    id,
    ...message,
    text: redactSecret(message.text, link.secret),
    sealedSecret: sealSecret(link.key, link.secret, id),
  });
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

export type OutboxDelivery = {
  /** Deliver soon (after a request wrote mail); returns at once, so no request waits for SMTP. */
  nudge(): void;
  stop(): Promise<void>;
};

/**
 * Delivers the outbox in the background: a pass every `pollMs` (retries fall due, other
 * instances' messages are picked up) and one right after a nudge. Passes never overlap.
 */
export function startOutboxDelivery(
  db: Db,
  transport: MailTransport,
  options: DeliveryOptions & { pollMs: number; onError?: (error: unknown) => void },
): OutboxDelivery {
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  const pass = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        // Keep going while whole batches were sent: more may be due.
        let result;
        do result = await deliverOutbox(db, transport, options);
        while (!stopped && result.sent > 0 && result.sent === (options.batchSize ?? 20));
      } catch (error) {
        options.onError?.(error);
      }
    })().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        pass();
      }
    });
  };
  const timer = setInterval(pass, options.pollMs);
  timer.unref();
  return {
    nudge: pass,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close?.();
    },
  };
}
