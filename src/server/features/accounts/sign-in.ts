import type { z } from 'zod';
import type { LoginInput, SignedInUser } from '../../../shared/api';
import { ErrorCode } from '../../../shared/api';
import type { UserActor } from '../../actor';
import { DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import type { AccountsContext } from './accounts-context';
import * as repo from './accounts.repository';
import { checkThrottle, recordFailure, recordSuccess, throttleKeys } from './login-throttle';
import { digest, newSecret, verifyPassword } from './secrets';

export type SignedIn = { sessionToken: string; me: SignedInUser };

/** Signs in with e-mail address and password, throttled as login-throttle.ts describes. */
export async function login(ctx: AccountsContext, input: z.output<typeof LoginInput>, client: { ip: string; userAgent?: string }): Promise<SignedIn> {
  const now = ctx.now();
  const keys = throttleKeys(input.email, client.ip);
  await checkThrottle(ctx.db, keys, now);
  const user = await repo.findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!ok || !user) {
    await recordFailure(ctx.db, ctx.settings, keys, now);
    throw new DomainError(ErrorCode.wrongCredentials, 401, 'Wrong e-mail address or password');
  }
  await recordSuccess(ctx.db, keys);
  if (user.disabled) throw new DomainError(ErrorCode.accountDisabled, 401, 'This account has been disabled; ask an administrator');
  return startSession(ctx, user, client.userAgent);
}

export async function startSession(ctx: AccountsContext, user: repo.UserRow, userAgent?: string): Promise<SignedIn> {
  const now = ctx.now();
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  await repo.insertSession(ctx.db, {
    id: digest(sessionToken),
    userId: user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ctx.settings.sessionMaxMs),
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { sessionToken, me: { user: repo.toUser(user), csrfToken } };
}

export async function logout(ctx: AccountsContext, sessionId: string | undefined): Promise<void> {
  if (sessionId) await repo.deleteSession(ctx.db, sessionId);
}

/** Signs out every browser and revokes every API token of the account (a stolen one dies too). */
export async function logoutEverywhere(ctx: AccountsContext, actor: UserActor): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await repo.deleteSessionsOf(tx, actor.id);
    await repo.revokeApiTokensOf(tx, actor.id, ctx.now());
    await recordAudit(tx, actor, { entityType: 'user', entityId: actor.id, action: 'logout-everywhere' });
  });
}
