// Secrets in links (the public registration link, the private manage link): 256 random bits,
// URL-safe, so they cannot be guessed; of a manage link only the SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';

export const SECRET_TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const newSecret = (): string => randomBytes(32).toString('base64url');
export const digestOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');
export const manageUrlOf = (publicUrl: string, token: string): string => `${publicUrl}/events/registration/${token}`;
export const registrationUrlOf = (publicUrl: string, token: string): string => `${publicUrl}/events/join/${token}`;
