import type { UserActor } from '../../actor';
import type { Authenticated } from '../../plugins/access';
import type { AccountsContext } from './accounts-context';
import * as repo from './accounts.repository';
import { digest } from './secrets';

/** last_seen_at is written at most this often per session. */
const TOUCH_EVERY_MS = 60_000;

const toActor = (user: repo.UserRow, via: UserActor['via']): UserActor => ({
  kind: 'user',
  id: user.id,
  email: user.email,
  role: user.role,
  organisationId: user.organisationId,
  regionId: user.regionId,
  via,
});

/** The caller of a request: a session cookie's token or an API token (Authorization: Bearer). */
export async function authenticate(ctx: AccountsContext, credentials: { sessionToken?: string; bearer?: string }): Promise<Authenticated | null> {
  const now = ctx.now();
  if (credentials.bearer) {
    const found = await repo.findApiToken(ctx.db, digest(credentials.bearer));
    if (!found) return null;
    const { token, user } = found;
    if (token.revokedAt || token.expiresAt <= now || user.disabled || !user.passwordHash) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await repo.markApiTokenUsed(ctx.db, token.id, now);
    }
    return { actor: toActor(user, 'token'), tokenScope: token.scope };
  }
  if (credentials.sessionToken) {
    const id = digest(credentials.sessionToken);
    const found = await repo.findSession(ctx.db, id);
    if (!found) return null;
    const { session, user } = found;
    const idleEnd = session.lastSeenAt.getTime() + ctx.settings.sessionIdleMs;
    if (session.expiresAt <= now || idleEnd <= now.getTime() || user.disabled) {
      await repo.deleteSession(ctx.db, id);
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(ctx.db, id, now);
    return { actor: toActor(user, 'session'), session: { id, csrfToken: session.csrfToken } };
  }
  return null;
}
