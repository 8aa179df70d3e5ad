// The opportunity page's matches endpoint at scale: 100,000 organisations in the database, the
// matching job computed, the incremental recomputation after one organisation's and one
// opportunity's change, then GET /api/opportunities/:id/matches over HTTP, p50/p95 of 200 requests.
// Run: npm run bench:matching-api [-- organisations] (embedded PGlite in a temporary directory;
// DATABASE_URL=postgres://… to measure against PostgreSQL — the database is used as it is).
import { performance } from 'node:perf_hooks';
import { openBenchDatabase } from './bench-database';
import { buildApp, jobHandlers } from '../src/server/app';
import { systemActor } from '../src/server/actor';
import { defaultAuthSettings } from '../src/server/config';
import { count, eq, sql } from 'drizzle-orm';
import { jobs, matches, opportunities, organisations } from '../src/server/db/schema';
import { createUser, offlineAccountsContext } from '../src/server/features/accounts/accounts.service';
import { drainJobs } from '../src/server/features/jobs/jobs.service';
import { recomputeMatches } from '../src/server/features/matching/matching.service';
import { generateDemoData } from '../src/server/features/demo/demo.service';
import { generateOpportunities, generateOrganisations } from '../src/core/demo/profiles';

const ORGANISATIONS = Number(process.argv[2] ?? 100_000);
const OPPORTUNITIES = 100;
const REQUESTS = 200;

const log = (...args: unknown[]) => console.error(...args);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const { database, close } = await openBenchDatabase();
try {
  const db = database.db;

  let t0 = performance.now();
  // The data of `ctb demo generate --organisations N --opportunities 100`.
  await generateDemoData(db, { organisations: ORGANISATIONS, opportunities: OPPORTUNITIES });
  const orgs = generateOrganisations(ORGANISATIONS);
  const opps = generateOpportunities(OPPORTUNITIES);
  const insertMs = performance.now() - t0;

  t0 = performance.now();
  let lastPhase = '';
  await recomputeMatches(db, 'all', async (p) => {
    if (p.phase && p.phase !== lastPhase) log(`  ${(lastPhase = p.phase)} …`);
  });
  const recomputeMs = performance.now() - t0;
  const memory = process.memoryUsage().rss / 2 ** 20;
  // The full pass covered what the bulk insert's triggers queued.
  await db
    .update(jobs)
    .set({ state: 'done', finishedAt: sql`now()` })
    .where(eq(jobs.state, 'pending'));

  // Incremental: one organisation's profile changes, then one opportunity; the queue is run as
  // the worker runs it (without the worker's poll interval of up to a second).
  const changedOrganisation = `demo-${orgs[ORGANISATIONS >> 1]!.id}`;
  t0 = performance.now();
  await db
    .update(organisations)
    .set({ description: { original: 'nl', nl: 'Wij verwerken olieslib en oliehoudend slib van raffinaderijen met thermische desorptie.' } })
    .where(eq(organisations.id, changedOrganisation));
  await drainJobs(db, jobHandlers);
  const organisationChangeMs = performance.now() - t0;
  const [{ n: organisationRows } = { n: 0 }] = await db.select({ n: count() }).from(matches).where(eq(matches.organisationId, changedOrganisation));
  const changedOpportunity = `demo-${opps[0]!.id}`;
  t0 = performance.now();
  await db
    .update(opportunities)
    .set({ title: { original: 'zh', zh: '含油污泥处理' }, description: { original: 'zh', zh: '炼油厂的含油污泥需要热解吸处理。' } })
    .where(eq(opportunities.id, changedOpportunity));
  await drainJobs(db, jobHandlers);
  const opportunityChangeMs = performance.now() - t0;

  const email = `bench-${Date.now()}@example.org`;
  await createUser(
    offlineAccountsContext(db, defaultAuthSettings, 'http://localhost'),
    systemActor('bench'),
    { email, displayName: 'Bench', role: 'programme-manager', organisationId: null, regionId: null, language: 'en' },
    { password: 'correct horse battery' },
  );
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;

  const langs = ['nl', 'en', 'zh'];
  const call = async (i: number) => {
    const url = `${base}/api/opportunities/demo-opp-${i % OPPORTUNITIES}/matches?lang=${langs[i % 3]}`;
    const start = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = (await res.json()) as { items: unknown[] };
    if (res.status !== 200 || body.items.length === 0) throw new Error(`${url}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
    return performance.now() - start;
  };
  for (let i = 0; i < 20; i++) await call(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) times.push(await call(i));
  times.sort((a, b) => a - b);
  await app.close();

  const [{ n: matchRows } = { n: 0 }] = await db.select({ n: count() }).from(matches);
  console.log(`# Matches endpoint (${database.kind})`);
  console.log('');
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(`| organisations in the database | ${ORGANISATIONS.toLocaleString('en')} (+ demo) |`);
  console.log(`| opportunities | ${OPPORTUNITIES} (+ demo) |`);
  console.log(`| stored matches | ${matchRows.toLocaleString('en')} |`);
  console.log(`| bulk insert | ${seconds(insertMs)} |`);
  console.log(`| matching job (index all organisations, rank all opportunities, write) | ${seconds(recomputeMs)} |`);
  console.log(`| peak RSS after the job | ${memory.toFixed(0)} MB |`);
  console.log(
    `| an organisation's profile changes → its matches updated (score it against every opportunity) | ${seconds(organisationChangeMs)} (it now has ${organisationRows} matches) |`,
  );
  console.log(`| an opportunity changes → its matches updated (ranked from the stored index, decision 030) | ${seconds(opportunityChangeMs)} |`);
  console.log(
    `| GET /api/opportunities/:id/matches over HTTP, ${REQUESTS} requests | p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms |`,
  );
  console.log(`| target p95 ≤ 200 ms | ${percentile(times, 95) <= 200 ? 'met' : 'NOT met'} |`);
} finally {
  await close();
}
