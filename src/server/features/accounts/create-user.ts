import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Language, User, UserInvite } from '../../../shared/api';
import { ErrorCode } from '../../../shared/api';
import { type Actor, isAdmin } from '../../actor';
import type { DbOrTx } from '../../db/open-database';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { conflict, forbidden } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import type { AccountsContext } from './accounts-context';
import * as repo from './accounts.repository';
import { checkAffiliation, issueOneTimeToken } from './account-rules';
import { enqueueMail } from './mail';
import { invitationMail } from './mail-texts';
import { hashPassword } from './secrets';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

export type CreatedUser = { user: User; invitationLink: string | null };

/**
 * Creates an account. With a password it can sign in at once (the command line's first admin);
 * without one an invitation e-mail (outbox) carries a single-use link to choose a password.
 */
export async function createUser(
  ctx: AccountsContext,
  actor: Actor,
  input: z.output<typeof UserInvite>,
  { password }: { password?: string } = {},
): Promise<CreatedUser> {
  if (!isAdmin(actor)) throw forbidden(ErrorCode.adminsOnly, 'Only admins create accounts');
  const passwordHash = password === undefined ? null : await hashPassword(password);
  const now = ctx.now();
  const result = await ctx.db.transaction(async (tx) => {
    await checkAffiliation(tx, input.role, input.organisationId, input.regionId);
    if (await repo.findUserByEmail(tx, input.email))
      throw conflict(ErrorCode.accountExists, `An account for ${input.email} already exists`, { email: input.email });
    const language = input.language ?? (await languageOf(tx, actor));
    let row: repo.UserRow;
    try {
      row = await repo.insertUser(tx, { id: randomUUID(), ...input, language, email: input.email.toLowerCase(), passwordHash });
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation)
        throw conflict(ErrorCode.accountExists, `An account for ${input.email} already exists`, { email: input.email });
      throw error;
    }
    const user = repo.toUser(row);
    await recordAudit(tx, actor, { entityType: 'user', entityId: user.id, action: 'create', after: user });
    if (passwordHash) return { user, invitationLink: null };
    const secret = await issueOneTimeToken(tx, user.id, 'invitation', now, INVITATION_TTL_MS);
    const invitationLink = `${ctx.publicUrl}/accept-invitation?token=${secret}`;
    await enqueueMail(tx, await invitationMail(user, invitationLink), { secret, key: ctx.linkKey });
    return { user, invitationLink };
  });
  return result;
}

/** The inviting admin's own language (what an invitation defaults to); English for the command line. */
async function languageOf(tx: DbOrTx, actor: Actor): Promise<Language> {
  if (actor.kind !== 'user') return 'en';
  return (await repo.findUserById(tx, actor.id))?.language ?? 'en';
}
