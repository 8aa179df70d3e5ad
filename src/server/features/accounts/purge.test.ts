import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../../test/accounts';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { defaultAuthSettings } from '../../config';
import { loginFailures, sessions } from '../../db/schema';
import { purgeExpired } from './purge';

let t: TestApp;
let userId: string;
beforeAll(async () => {
  // The background work of `ctb serve`, purging every 100 ms here (10 minutes by default).
  t = await createTestApp({ jobs: { pollMs: 60_000, purgeEveryMs: 100 } });
  userId = (await createAccount(t, { email: 'someone@example.org', role: 'programme-manager' })).id;
});
afterAll(() => t.close());

const HOUR = 60 * 60_000;
const ago = (ms: number) => new Date(Date.now() - ms);

async function insertRows() {
  const session = (id: string, lastSeenAt: Date, expiresAt: Date) => ({ id, userId, csrfToken: 'x', lastSeenAt, expiresAt });
  await t.database.db
    .insert(sessions)
    .values([
      session('past-its-end', ago(HOUR), ago(1)),
      session('idle-too-long', ago(defaultAuthSettings.sessionIdleMs + HOUR), ago(-24 * HOUR)),
      session('in-use', ago(HOUR), ago(-24 * HOUR)),
    ]);
  await t.database.db.insert(loginFailures).values([
    { key: 'a@example.org|10.0.0.1', failures: 3, updatedAt: ago(24 * HOUR) },
    { key: 'b@example.org|10.0.0.2', failures: 20, updatedAt: ago(24 * HOUR), lockedUntil: ago(HOUR) },
    { key: 'c@example.org|10.0.0.3', failures: 20, updatedAt: ago(24 * HOUR), lockedUntil: ago(-HOUR) },
    { key: 'd@example.org|10.0.0.4', failures: 2, updatedAt: ago(60_000) },
  ]);
}

const left = async () => ({
  sessions: (await t.database.db.select({ id: sessions.id }).from(sessions)).map((r) => r.id).sort(),
  loginFailures: (await t.database.db.select({ key: loginFailures.key }).from(loginFailures)).map((r) => r.key).sort(),
});

describe('purging expired sessions and sign-in failures', () => {
  it('the running app deletes ended and idle sessions and stale failure counters, and keeps live ones and running lock-outs', async () => {
    await insertRows();
    for (const start = Date.now(); (await left()).sessions.length > 1; await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() - start > 30_000) throw new Error('nothing was purged');
    }
    expect(await left()).toEqual({ sessions: ['in-use'], loginFailures: ['c@example.org|10.0.0.3', 'd@example.org|10.0.0.4'] });
  });

  it("several instances purging at once do not get in one another's way", async () => {
    await t.database.db.delete(sessions);
    await t.database.db.delete(loginFailures);
    await insertRows();
    const runs = await Promise.all([1, 2, 3].map(() => purgeExpired(t.database.db, defaultAuthSettings, new Date())));
    expect(runs.reduce((n, r) => n + r.sessions, 0)).toBeLessThanOrEqual(2);
    expect(await left()).toEqual({ sessions: ['in-use'], loginFailures: ['c@example.org|10.0.0.3', 'd@example.org|10.0.0.4'] });
  });
});
