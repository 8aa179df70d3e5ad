import type { z } from 'zod';
import type { PasswordReset } from '../../../shared/api';
import { recordAudit } from '../audit/audit.service';
import type { AccountsContext } from './accounts-context';
import * as repo from './accounts.repository';
import { invalidLink, issueOneTimeToken, linkHolder, mustFindUser } from './account-rules';
import { enqueueMail } from './mail';
import { passwordResetMail } from './mail-texts';
import { digest, hashPassword } from './secrets';

const RESET_TTL_MS = 60 * 60_000;

/**
 * Asks for a reset link. The request does the same whether or not the address has an account — it
 * hands the address to the background and returns — so neither its answer nor its time tells
 * (before, an unknown address answered in half the time). The background looks the address up and
 * writes the mail when an active account has it.
 */
export function requestPasswordReset(ctx: AccountsContext, email: string): void {
  ctx.runInBackground(() => sendPasswordReset(ctx, email));
}

async function sendPasswordReset(ctx: AccountsContext, email: string): Promise<void> {
  const user = await repo.findUserByEmail(ctx.db, email);
  if (!user || user.disabled) return;
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await repo.expireOneTimeTokensOf(tx, user.id, 'password-reset', now);
    const secret = await issueOneTimeToken(tx, user.id, 'password-reset', now, RESET_TTL_MS);
    await enqueueMail(tx, await passwordResetMail(user, resetLink(ctx, secret)), { secret, key: ctx.linkKey });
  });
}

const resetLink = (ctx: AccountsContext, secret: string) => `${ctx.publicUrl}/reset-password?token=${secret}`;

/**
 * Sets a new password from a reset link; every session of the account is signed out and every
 * API token revoked (whoever had the old password may have made one).
 */
export async function resetPassword(ctx: AccountsContext, input: z.output<typeof PasswordReset>, client: { ip: string }): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const token = await repo.consumeOneTimeToken(tx, digest(input.token), 'password-reset', now);
    if (!token) throw invalidLink('password reset');
    const user = await mustFindUser(tx, token.userId);
    await repo.updateUser(tx, user.id, { passwordHash });
    await repo.deleteSessionsOf(tx, user.id);
    await repo.revokeApiTokensOf(tx, user.id, now);
    // A pending invitation must not outlive the password chosen here.
    await repo.expireOneTimeTokensOf(tx, user.id, 'invitation', now);
    await recordAudit(tx, linkHolder('password-reset', client.ip), { entityType: 'user', entityId: user.id, action: 'reset-password' });
  });
}
