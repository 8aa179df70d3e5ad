// The check-in code of a badge: HMAC-SHA256 over the event and the registration under a key the
// database never holds, so a code cannot be made up or moved to another delegate or event. It is
// what the badge's QR code carries and what is printed under it for typing: 60 bits of the MAC in
// 12 Crockford base-32 characters, grouped by four. The key is derived from MAIL_LINK_KEY (HKDF,
// its own purpose label), so badges stay valid across restarts and instances when that key is set.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 12;

export const checkInKeyOf = (linkKey: Buffer): Buffer => Buffer.from(hkdfSync('sha256', linkKey, Buffer.alloc(0), 'cleantech-bridge badge check-in', 32));

function base32(bytes: Buffer, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** The code as printed: `ABCD-EFGH-JKMN`. */
export function checkInCodeOf(key: Buffer, eventId: string, registrationId: string): string {
  const mac = createHmac('sha256', key).update(`${eventId}\n${registrationId}`).digest();
  return base32(mac, CODE_LENGTH).replace(/(.{4})(?=.)/g, '$1-');
}

/** What was typed or scanned, as the code compares: upper case, without spaces and dashes; O→0, I/L→1 as Crockford reads them. */
export const normaliseCode = (typed: string): string =>
  typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

/** Constant-time comparison of a typed code with a registration's code. */
export function codesMatch(typed: string, code: string): boolean {
  const a = Buffer.from(normaliseCode(typed));
  const b = Buffer.from(normaliseCode(code));
  return a.length === b.length && timingSafeEqual(a, b);
}
