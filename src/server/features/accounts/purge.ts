import { and, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/open-database';
import { loginFailures, sessions } from '../../db/schema';
import type { AccountsContext } from './accounts.service';

/**
 * Deletes what can no longer be used: sessions past their absolute end or idle too long, and
 * sign-in failure counters that are neither locked nor touched within the lock-out window (a
 * forgotten typo from last month does not count towards today's limit). Deletes of rows that are
 * already gone are harmless, so every instance may run this at the same time.
 */
export async function purgeExpired(db: Db, settings: AccountsContext['settings'], now: Date): Promise<{ sessions: number; loginFailures: number }> {
  const idleSince = new Date(now.getTime() - settings.sessionIdleMs);
  const quietSince = new Date(now.getTime() - settings.loginLockoutMs);
  const goneSessions = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)))
    .returning({ id: sessions.id });
  const goneFailures = await db
    .delete(loginFailures)
    .where(and(lt(loginFailures.updatedAt, quietSince), or(isNull(loginFailures.lockedUntil), lt(loginFailures.lockedUntil, now))))
    .returning({ key: loginFailures.key });
  return { sessions: goneSessions.length, loginFailures: goneFailures.length };
}

/** Purges at start and then every `everyMs`, beside the job worker (app.ts); stop() waits for a running purge. */
export function startPurge(
  ctx: Pick<AccountsContext, 'db' | 'settings' | 'now'>,
  options: { everyMs: number; onError: (error: unknown) => void },
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = purgeExpired(ctx.db, ctx.settings, ctx.now()).catch(options.onError);
  };
  run();
  const timer = setInterval(run, options.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
