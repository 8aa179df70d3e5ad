import type { AuthSettings } from '../../config';
import type { DbOrTx } from '../../db/open-database';
import { ErrorCode } from '../../../shared/api';
import { RateLimitedError } from '../../errors';
import * as repo from './accounts.repository';

/**
 * Sign-in throttling (OWASP's authentication cheat sheet), three counters in the database so
 * every instance shares them:
 *
 * - per account **and** address: `loginMaxFailures` wrong passwords in a row block that pair for
 *   `loginLockoutMs` (a guesser at one address stops; the owner elsewhere is not blocked);
 * - per address, any accounts: `loginMaxFailuresPerAddress` wrong passwords within
 *   `loginLockoutMs` block the address (password spraying);
 * - per account, any address: after `loginBackoffAfter` wrong passwords in a row each attempt
 *   waits 1 s, 2 s, 4 s … at most `loginBackoffMaxMs` after the last failure. Rotating addresses
 *   buys an attacker nothing, and the owner is only ever delayed, never locked out: once the
 *   wait is over, the right password signs in and resets the count.
 *
 * The address is the client as Fastify sees it through the trusted proxies only (TRUST_PROXY),
 * so a forwarded header from anyone else cannot choose it.
 */
export type ThrottleKeys = { pair: string; address: string; account: string };

export const throttleKeys = (email: string, ip: string): ThrottleKeys => ({
  pair: `pair:${email.toLowerCase()}|${ip}`,
  address: `addr:${ip}`,
  account: `acct:${email.toLowerCase()}`,
});

/** Refuses (429) while any of the three counters blocks this attempt. */
export async function checkThrottle(db: DbOrTx, keys: ThrottleKeys, now: Date): Promise<void> {
  const rows = await repo.findLoginFailures(db, [keys.pair, keys.address, keys.account]);
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now) throw blocked(row.key, keys, row.lockedUntil, now);
  }
}

/** Counts one wrong password on all three counters; throws 429 when this failure blocks the address or the pair. */
export async function recordFailure(db: DbOrTx, settings: AuthSettings, keys: ThrottleKeys, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - settings.loginLockoutMs);
  const pair = await repo.addLoginFailure(db, keys.pair, now, windowStart);
  const address = await repo.addLoginFailure(db, keys.address, now, windowStart);
  // The account's count decays after a quiet day, so old typos do not slow the owner down.
  const account = await repo.addLoginFailure(db, keys.account, now, new Date(now.getTime() - 24 * 60 * 60_000));
  if (account.failures >= settings.loginBackoffAfter) {
    const exponent = Math.min(account.failures - settings.loginBackoffAfter, 30);
    await block(db, keys.account, new Date(now.getTime() + Math.min(1000 * 2 ** exponent, settings.loginBackoffMaxMs)));
  }
  // The failure that starts a block already answers 429, so the guesser learns it at once.
  const lockedUntil = new Date(now.getTime() + settings.loginLockoutMs);
  if (address.failures >= settings.loginMaxFailuresPerAddress) {
    await block(db, keys.address, lockedUntil);
    throw blocked(keys.address, keys, lockedUntil, now);
  }
  if (pair.failures >= settings.loginMaxFailures) {
    await block(db, keys.pair, lockedUntil);
    throw blocked(keys.pair, keys, lockedUntil, now);
  }
}

/** A right password: the account's and the pair's counts start afresh (the address's window runs on). */
export async function recordSuccess(db: DbOrTx, keys: ThrottleKeys): Promise<void> {
  await repo.clearLoginFailures(db, [keys.pair, keys.account]);
}

const block = (db: DbOrTx, key: string, until: Date) => repo.lockLogin(db, key, until);

function blocked(key: string, keys: ThrottleKeys, until: Date, now: Date) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
  const message =
    key === keys.account
      ? `Too many wrong passwords for this account. Wait ${wait} before the next attempt, or reset your password.`
      : key === keys.address
        ? `Too many wrong passwords from your address. Sign-in from it is blocked for ${wait}.`
        : `Too many wrong passwords for this account from your address. Sign-in is blocked for ${wait}; try again later or reset your password.`;
  return new RateLimitedError(message, seconds, ErrorCode.signInLocked);
}
