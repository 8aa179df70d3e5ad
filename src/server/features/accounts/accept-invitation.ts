import type { z } from 'zod';
import type { AcceptInvitation } from '../../../shared/api';
import { ErrorCode } from '../../../shared/api';
import { forbidden } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import type { AccountsContext } from './accounts-context';
import * as repo from './accounts.repository';
import { invalidLink, linkHolder, mustFindUser } from './account-rules';
import { digest, hashPassword } from './secrets';
import { type SignedIn, startSession } from './sign-in';

/**
 * Accepts an invitation: sets the password, and signs the new user in. An invitation dies once its
 * account is active (a password set through another invitation, a reset or the command line):
 * a stale link must not take over an account in use.
 */
export async function acceptInvitation(
  ctx: AccountsContext,
  input: z.output<typeof AcceptInvitation>,
  client: { ip: string; userAgent?: string },
): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.db.transaction(async (tx) => {
    const token = await repo.consumeOneTimeToken(tx, digest(input.token), 'invitation', ctx.now());
    if (!token) throw invalidLink('invitation');
    const before = await mustFindUser(tx, token.userId);
    if (before.passwordHash) throw invalidLink('invitation');
    if (before.disabled) throw forbidden(ErrorCode.accountDisabled, 'This account has been disabled; ask an administrator');
    const after = (await repo.updateUser(tx, before.id, {
      passwordHash,
      ...(input.displayName ? { displayName: input.displayName } : {}),
    }))!;
    await repo.expireOneTimeTokensOf(tx, after.id, 'invitation', ctx.now());
    await recordAudit(tx, linkHolder('invitation', client.ip), {
      entityType: 'user',
      entityId: after.id,
      action: 'accept-invitation',
      before: repo.toUser(before),
      after: repo.toUser(after),
    });
    return after;
  });
  return startSession(ctx, user, client.userAgent);
}
