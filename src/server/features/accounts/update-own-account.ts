import type { z } from 'zod';
import type { MeUpdate, PasswordChange, User } from '../../../shared/api';
import { IssueCode } from '../../../shared/api';
import type { UserActor } from '../../actor';
import { invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import type { AccountsContext } from './accounts-context';
import * as repo from './accounts.repository';
import { mustFindUser } from './account-rules';
import { hashPassword, verifyPassword } from './secrets';

export async function updateMe(ctx: AccountsContext, actor: UserActor, input: z.output<typeof MeUpdate>): Promise<User> {
  return ctx.db.transaction(async (tx) => {
    const before = await mustFindUser(tx, actor.id);
    const after = (await repo.updateUser(tx, actor.id, input))!;
    await recordAudit(tx, actor, { entityType: 'user', entityId: actor.id, action: 'update', before: repo.toUser(before), after: repo.toUser(after) });
    return repo.toUser(after);
  });
}

/** Changes one's own password; every other session of the account is signed out and its API tokens revoked. */
export async function changePassword(
  ctx: AccountsContext,
  actor: UserActor,
  currentSessionId: string | undefined,
  input: z.output<typeof PasswordChange>,
): Promise<void> {
  const user = await mustFindUser(ctx.db, actor.id);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid([{ path: 'currentPassword', message: 'this is not your current password', code: IssueCode.wrongPassword }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, actor.id, { passwordHash });
    await repo.deleteSessionsOf(tx, actor.id, currentSessionId);
    await repo.revokeApiTokensOf(tx, actor.id, ctx.now());
    await recordAudit(tx, actor, { entityType: 'user', entityId: actor.id, action: 'change-password' });
  });
}
