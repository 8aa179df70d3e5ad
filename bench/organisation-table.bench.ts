// The organisation directory at scale (issue #10): 100,000 organisations made by the demo
// generator (`ctb demo generate`), a third of them with a profile (confirmed capabilities,
// languages spoken), then p50/p95 of the page-of-50 query (rows + total) for typical filter, sort
// and search combinations, and of the facet counts. Target: p95 ≤ 100 ms for the page query.
// The queries read the narrow listing table organisation_directory that database triggers keep
// (decision 029), so the generation also times its triggers. Facets have no target: five counts
// over every organisation, reported as they are.
// Run: npm run bench:organisation-table [-- organisations] (embedded PGlite in a temporary
// directory; DATABASE_URL=postgres://… to measure against PostgreSQL).
import { performance } from 'node:perf_hooks';
import { openBenchDatabase } from './bench-database';
import { sql } from 'drizzle-orm';
import { pick, seededRandom } from '../src/core/demo/random';
import { SCHEME } from '../src/core/thesaurus';
import { OrganisationFacetsQuery, OrganisationListQuery } from '../src/shared/api';
import { systemActor } from '../src/server/actor';
import { rowsOf } from '../src/server/db/rows';
import { organisationProfiles } from '../src/server/db/schema';
import { generateDemoData } from '../src/server/features/demo/demo.service';
import { listOrganisations, organisationFacets } from '../src/server/features/organisations/organisations.service';

const ORGANISATIONS = Number(process.argv[2] ?? 100_000);
const RUNS = 40;
const log = (...args: unknown[]) => console.error(...args);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const { database, close } = await openBenchDatabase();
try {
  const db = database.db;
  let t0 = performance.now();
  await generateDemoData(db, { organisations: ORGANISATIONS, opportunities: 0 });
  const random = seededRandom(42);
  const ids = rowsOf<{ id: string }>(await db.execute(sql`select id from organisations where id like 'demo-%' order by id`)).map((r) => r.id);
  const profiles = ids
    .filter(() => random() < 0.33)
    .map((organisationId) => ({
      organisationId,
      capabilities: [pick(random, SCHEME.concepts).id, pick(random, SCHEME.concepts).id],
      languages: random() < 0.3 ? ['zh', 'en'] : random() < 0.5 ? ['nl', 'en'] : ['en'],
      sectors: [],
    }));
  for (let i = 0; i < profiles.length; i += 2000)
    await db
      .insert(organisationProfiles)
      .values(profiles.slice(i, i + 2000))
      .onConflictDoNothing();
  await db.execute(sql`vacuum analyze`); // as autovacuum would have by then: index-only counts
  log(`${ids.length} organisations (${profiles.length} with a profile) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const viewer = systemActor('bench');
  const cases: [string, Record<string, string>][] = [
    ['first page, by name', {}],
    ['page 20, by name descending', { page: '20', order: 'desc' }],
    ['companies in BE, latest updated', { type: 'company', country: 'BE', sort: 'updated', order: 'desc' }],
    ['by country, page 5', { sort: 'country', page: '5' }],
    ['search 废水 (cross-lingual)', { q: '废水' }],
    ['search afvalwater + company', { q: 'afvalwater', type: 'company' }],
    ['search "hydrogen storage" by type', { q: 'hydrogen storage', sort: 'type' }],
    ['theme water, by country', { theme: 'water', sort: 'country' }],
    ['language zh + region hebei', { language: 'zh', regionId: 'hebei' }],
  ];
  const results: { name: string; p50: number; p95: number; total: number }[] = [];
  const time = async (name: string, run: () => Promise<number>) => {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS + 3; i++) {
      t0 = performance.now();
      total = await run();
      if (i >= 3) times.push(performance.now() - t0); // three warm-up runs
    }
    times.sort((a, b) => a - b);
    results.push({ name, p50: percentile(times, 50), p95: percentile(times, 95), total });
    log(`  ${name}: p95 ${percentile(times, 95).toFixed(1)} ms`);
  };
  for (const [name, query] of cases) {
    await time(name, async () => (await listOrganisations(db, viewer, OrganisationListQuery.parse(query))).total);
  }
  for (const [name, query] of [
    ['facets, no filter', {}],
    ['facets, search 废水', { q: '废水' }],
    ['facets, company + BE', { type: 'company', country: 'BE' }],
  ] as const) {
    await time(name, async () => (await organisationFacets(db, viewer, OrganisationFacetsQuery.parse(query))).type.length);
  }

  console.log(
    `Organisation directory, ${ids.length.toLocaleString('en')} organisations, ${RUNS} runs each (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`,
  );
  console.log('query'.padEnd(40), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'total'.padStart(8));
  for (const r of results) console.log(r.name.padEnd(40), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), String(r.total).padStart(8));
  const pages = results.filter((r) => !r.name.startsWith('facets'));
  const worst = Math.max(...pages.map((r) => r.p95));
  console.log(`page-of-50 worst p95 ${worst.toFixed(1)} ms (target ≤ 100 ms): ${worst <= 100 ? 'met' : 'NOT met'}`);
} finally {
  await close();
}
