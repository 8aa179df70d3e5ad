// Health latency while a large event (2,000 delegates, 8,000 requests, 144,000 variables) is
// being scheduled: the engine runs in a worker thread, so GET /api/health should answer at once
// (target: median < 100 ms, worst < 1 s). The test events.responsive.test.ts checks the behaviour
// without a clock; this prints the figures.
// Run: npm run bench:scheduling-responsiveness [-- seconds]   (embedded PGlite in memory)
import os from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { systemActor } from '../src/server/actor';
import { buildApp } from '../src/server/app';
import { defaultAuthSettings } from '../src/server/config';
import { openDatabase } from '../src/server/db/open-database';
import { createUser, offlineAccountsContext } from '../src/server/features/accounts/accounts.service';
import { createOrganisation } from '../src/server/features/organisations/organisations.service';
import { askHealthWhileScheduling, createLargeEvent } from '../test/health-while-scheduling';

const TIME_LIMIT_SECONDS = Number(process.argv[2] ?? 6);
const email = 'bench-manager@example.org';
const password = 'bench manager password';

const database = await openDatabase({ pglite: new PGlite() });
try {
  await database.migrate();
  const linkKey = Buffer.alloc(32, 7);
  const accounts = offlineAccountsContext(database.db, defaultAuthSettings, 'http://localhost:3000', linkKey);
  const admin = systemActor('bench');
  await createUser(
    accounts,
    admin,
    { email, displayName: 'Bench', role: 'programme-manager', organisationId: null, regionId: null, language: 'en' },
    { password },
  );
  const base = { type: 'company' as const, country: 'BE', homeRegionId: null, website: null, description: null, visibility: 'public' as const, notes: null };
  await createOrganisation(database.db, admin, { ...base, id: 'bench-org', name: 'Bench organisation' });
  const app = await buildApp({ db: database.db, mailLinkKey: linkKey });
  try {
    await app.ready();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    const cookie = login.cookies.find((c) => c.name === 'ctb_session');
    const manager = { cookie: `ctb_session=${cookie!.value}`, 'x-csrf-token': login.json().csrfToken };
    await createLargeEvent(app, database.db, manager, 'bench-org');

    const { schedule, health } = await askHealthWhileScheduling(app, manager, TIME_LIMIT_SECONDS);
    const sorted = health.map((answer) => answer.ms).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    console.log(
      `schedule: ${schedule.statusCode}, ${schedule.run.meetings} of ${schedule.run.possible} meetings in ${(schedule.run.elapsedMs / 1000).toFixed(1)} s (limit ${TIME_LIMIT_SECONDS} s)`,
    );
    console.log(
      `GET /api/health while scheduling: ${health.length} answers (${health.filter((a) => a.statusCode !== 200).length} not 200), ` +
        `median ${median.toFixed(1)} ms, worst ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (targets < 100 ms, < 1000 ms); ` +
        `load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`,
    );
  } finally {
    await app.close();
  }
} finally {
  await database.close();
}
