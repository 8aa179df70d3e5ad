import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random secret for cookies, links and API tokens: 256 bits, URL-safe. */
export const newSecret = () => randomBytes(32).toString('base64url');

/** Only this digest of a secret is stored: a database leak does not reveal usable tokens. */
export const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');

// argon2id with the library's defaults (19 MiB, 2 passes, 1 lane): OWASP's recommendation.
export const hashPassword = (password: string) => hash(password);

let dummyHash: Promise<string> | undefined;

/** Verifies a password; for an unknown account it still spends the time of one verification. */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash('no account has this password');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
