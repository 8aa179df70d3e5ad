// Does a password-reset request take the same time whether the address has an account? Median and
// p95 of POST /api/auth/password-reset/request over HTTP for a known and an unknown address,
// alternating, after a warm-up (the issue measured 6.8 ms vs 3.2 ms before the request handed its
// work to the background). Run: npm run bench:password-reset [-- requests]
// (embedded PGlite in a temporary directory; DATABASE_URL=postgres://… for PostgreSQL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/server/app';
import { systemActor } from '../src/server/actor';
import { defaultAuthSettings } from '../src/server/config';
import { openDatabase } from '../src/server/db/open-database';
import { createUser, offlineAccountsContext } from '../src/server/features/accounts/accounts.service';

const REQUESTS = Number(process.argv[2] ?? 300);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;

const dir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'ctb-bench-'));
const database = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: dir! });
try {
  await database.migrate();
  const known = `reset-bench-${Date.now()}@example.org`;
  await createUser(
    offlineAccountsContext(database.db, defaultAuthSettings, 'http://localhost'),
    systemActor('bench'),
    { email: known, displayName: 'Bench', role: 'programme-manager', organisationId: null, regionId: null, language: 'en' },
    { password: 'correct horse battery' },
  );
  // Each request "comes" from another client through a local proxy: the per-address limit of the
  // public account routes (100 a minute) would otherwise answer 429.
  const app = await buildApp({ db: database.db, trustProxy: ['loopback'] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/auth/password-reset/request`;
  const times: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
  for (let i = 0; i < REQUESTS + 20; i++) {
    for (const who of ['known', 'unknown'] as const) {
      const email = who === 'known' ? known : `nobody-${i}@example.org`;
      const t0 = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.${i % 250}.1` },
        body: JSON.stringify({ email }),
      });
      await res.arrayBuffer();
      const ms = performance.now() - t0;
      if (res.status !== 202) throw new Error(`status ${res.status}`);
      if (i >= 20) times[who].push(ms);
    }
    // Let the background work of this pair finish, so it does not fall into the next measurement.
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  await app.close();
  console.log(`password-reset request (${database.kind}, ${REQUESTS} each): known address median ${median(times.known).toFixed(2)} ms, p95 ${p95(times.known).toFixed(2)} ms; unknown address median ${median(times.unknown).toFixed(2)} ms, p95 ${p95(times.unknown).toFixed(2)} ms`);
} finally {
  await database.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
