// Two app instances on one PostgreSQL database send each user's daily digest once: the
// (user, day) key is claimed in the transaction that writes the e-mail. PGlite is one process
// only, so this runs on PostgreSQL (npm run test:pg; CI).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../../test/accounts';
import { withDatabaseName } from '../../../../test/global-setup';
import { testDatabaseKind } from '../../../../test/test-db';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { systemActor } from '../../actor';
import { buildApp } from '../../app';
import { type Database, openDatabase } from '../../db/open-database';
import { rowsOf } from '../../db/rows';
import type { App } from '../../http';
import type { Job } from '../jobs/jobs.service';
import { createOrganisation } from '../organisations/organisations.service';
import { createTask } from './follow-up.service';
import { sendDailyDigests } from './daily-digest';

const now = new Date('2031-03-03T08:00:00Z');
const users = ['first', 'second', 'third'].map((name) => `${name}@digest.example`);

let t: TestApp;
let second: { database: Database; app: App };

async function digestsPerUser(db: Database['db']) {
  return rowsOf<{ to: string; n: number }>(
    await db.execute(sql`select "to", count(*)::int as n from outbox where id like 'digest-%' group by "to" order by "to"`),
  );
}

describe.skipIf(testDatabaseKind !== 'postgres')('the daily digest with two app instances', () => {
  beforeAll(async () => {
    t = await createTestApp({ now: () => now });
    const db = t.database.db;
    await createOrganisation(db, systemActor('test'), {
      id: 'digest-org',
      name: 'Digest Org',
      type: 'company',
      country: 'NL',
      homeRegionId: null,
      website: null,
      description: null,
      visibility: 'public',
      notes: null,
    });
    for (const [i, email] of users.entries()) {
      const user = await createAccount(t, { email, role: 'member', organisationId: 'digest-org' });
      for (const dueOn of ['2031-03-01', '2031-03-03']) {
        await createTask(
          db,
          systemActor('test'),
          { title: `Task ${i} due ${dueOn}`, assigneeId: user.id, dueOn, source: { kind: 'organisation', id: 'digest-org' } },
          now,
        );
      }
    }
    // A second instance: its own connection pool and app, on the same database.
    const [{ name } = { name: '' }] = rowsOf<{ name: string }>(await db.execute(sql`select current_database() as name`));
    const database = await openDatabase({ databaseUrl: withDatabaseName(process.env.TEST_DATABASE_URL!, name) });
    second = { database, app: await buildApp({ db: database.db, now: () => now, jobs: { pollMs: 10, dailyTickMs: 10 } }) };
  }, 120_000);
  afterAll(async () => {
    await second?.app.close();
    await second?.database.close();
    await t?.close();
  });

  it('sends each user one digest when both instances run the day’s jobs', async () => {
    const first = await buildApp({ db: t.database.db, now: () => now, jobs: { pollMs: 10, dailyTickMs: 10 } });
    await Promise.all([first.ready(), second.app.ready()]);
    // Both instances tick and work until every user's digest is out (no clock in the assertion).
    for (let tries = 0; (await digestsPerUser(t.database.db)).length < users.length && tries < 3000; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await first.close();
    expect(await digestsPerUser(t.database.db)).toEqual(users.map((to) => ({ to, n: 1 })));
  }, 60_000);

  it('sends each user one digest when both instances run the same day’s job at the same moment', async () => {
    const job = { kind: 'digest-daily', target: '2031-03-04' } as Job;
    await Promise.all(Array.from({ length: 4 }, (_, i) => sendDailyDigests(i % 2 ? second.database.db : t.database.db, [job], 'http://localhost:3000')));
    const rows = rowsOf<{ to: string; n: number }>(
      await t.database.db.execute(sql`select "to", count(*)::int as n from outbox where id like 'digest-%-2031-03-04' group by "to" order by "to"`),
    );
    expect(rows).toEqual(users.map((to) => ({ to, n: 1 })));
  });
});
