// Checks and helpers several account use cases share.
import type { Role } from '../../../shared/api';
import { IssueCode } from '../../../shared/api';
import { systemActor } from '../../actor';
import type { DbOrTx } from '../../db/open-database';
import { invalid, notFound } from '../../errors';
import { organisationExists } from '../organisations/organisations.service';
import { findRegion } from '../regions/regions.service';
import * as repo from './accounts.repository';
import { digest, newSecret } from './secrets';

export async function mustFindUser(db: DbOrTx, id: string) {
  const user = await repo.findUserById(db, id);
  if (!user) throw notFound('User', id);
  return user;
}

/** A member belongs to an organisation; a partner official to a region. */
export async function checkAffiliation(tx: DbOrTx, role: Role, organisationId: string | null, regionId: string | null) {
  const issues: { path: string; message: string }[] = [];
  if (role === 'member' && !organisationId) issues.push({ path: 'organisationId', message: 'a member belongs to an organisation' });
  if (organisationId && !(await organisationExists(tx, organisationId))) {
    issues.push({ path: 'organisationId', message: `organisation "${organisationId}" does not exist` });
  }
  if (role === 'partner-official' && !regionId) issues.push({ path: 'regionId', message: 'a partner official belongs to a region' });
  if (regionId && !(await findRegion(tx, regionId))) issues.push({ path: 'regionId', message: `region "${regionId}" does not exist` });
  if (issues.length > 0) throw invalid(issues);
}

/** Stores the hash of a new single-use token and returns the secret that goes into the link. */
export async function issueOneTimeToken(tx: DbOrTx, userId: string, purpose: 'invitation' | 'password-reset', now: Date, ttlMs: number): Promise<string> {
  const secret = newSecret();
  await repo.insertOneTimeToken(tx, {
    tokenHash: digest(secret),
    purpose,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlMs),
  });
  return secret;
}

/**
 * Whoever follows an invitation or reset link: the audit trail cannot know that it is the account's
 * owner (anyone holding the link can use it), so it names the link and the client's address.
 */
export const linkHolder = (what: 'invitation' | 'password-reset', ip: string) => systemActor(`${what} link from ${ip}`);

export const invalidLink = (what: string) =>
  invalid([{ path: 'token', message: `this ${what} link is unknown, already used or expired; ask for a new one`, code: IssueCode.expiredLink }]);
