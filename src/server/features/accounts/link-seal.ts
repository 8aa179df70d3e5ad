import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The secret of an invitation or reset link waits in the outbox sealed (AES-256-GCM) with a key
 * that is never in the database: MAIL_LINK_KEY, or a key made at start-up. So the outbox table,
 * `GET /api/outbox`, the database files and backups hold no usable link; only the delivery, which
 * holds the key, puts the secret back into the text it sends, and the sealed secret is deleted
 * once the message is sent. The message id is bound in as associated data: a sealed secret
 * cannot be moved to another message.
 */
export const LINK_KEY_BYTES = 32;

/** What the stored text shows in place of the secret (as the logs do: `?token=[redacted]`). */
export const REDACTED_SECRET = '[redacted]';

export const newLinkKey = () => randomBytes(LINK_KEY_BYTES);

export function sealSecret(key: Buffer, secret: string, messageId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(messageId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
}

/** Throws when the key is not the one that sealed it (another key, a restart without MAIL_LINK_KEY). */
export function unsealSecret(key: Buffer, sealed: string, messageId: string): string {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(messageId));
  decipher.setAuthTag(bytes.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('the link in this message was sealed with another key (MAIL_LINK_KEY changed, or a restart without it); ask for a new link');
  }
}

/** The text as stored: the secret replaced wherever it occurs. */
export const redactSecret = (text: string, secret: string) => text.replaceAll(secret, REDACTED_SECRET);

/** The text as sent. */
export const restoreSecret = (text: string, secret: string) => text.replaceAll(`token=${REDACTED_SECRET}`, `token=${secret}`);
