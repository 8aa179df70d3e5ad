import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/server/db/open-database';
import { apiPathsUpToDate, migrationDrift, openApiSnapshotPath, openApiUpToDate } from './check-generated';

// The checks of `npm run check:generated` pass on the committed tree and fail on stale copies.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctb-check-generated-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('check:generated', () => {
  it('finds the committed migrations up to date, and a copy missing the latest migration stale', async () => {
    expect(await migrationDrift()).toEqual([]);

    // As if a schema change had been committed without its migration.
    const stale = join(dir, 'migrations');
    await cp(migrationsFolder, stale, { recursive: true });
    const journalPath = join(stale, 'meta/_journal.json');
    const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
    const latest = journal.entries.pop()!;
    await writeFile(journalPath, JSON.stringify(journal, null, 2));
    await rm(join(stale, `${latest.tag}.sql`));
    await rm(join(stale, `meta/${String(latest.idx).padStart(4, '0')}_snapshot.json`));

    const drift = await migrationDrift(stale);
    expect(drift).toContain('meta/_journal.json');
    expect(drift.some((file) => /^\d{4}_.*\.sql$/.test(file))).toBe(true);
  }, 180_000);

  it('finds docs/api/openapi.json up to date, and a snapshot missing an operation stale', async () => {
    expect(await openApiUpToDate()).toBe(true);
    expect(await openApiUpToDate(await snapshotWithoutHealth())).toBe(false);
  }, 180_000);

  it("finds the web's API types up to date with docs/api/openapi.json, and stale against a document missing an operation", async () => {
    expect(await apiPathsUpToDate()).toBe(true);
    expect(await apiPathsUpToDate(undefined, await snapshotWithoutHealth())).toBe(false);
  }, 180_000);
});

/** A copy of docs/api/openapi.json without GET /api/health, as if the snapshot had not followed an API change. */
async function snapshotWithoutHealth(): Promise<string> {
  const doc = JSON.parse(await readFile(openApiSnapshotPath, 'utf8')) as { paths: Record<string, unknown> };
  delete doc.paths['/api/health'];
  const stale = join(dir, 'openapi.json');
  await writeFile(stale, `${JSON.stringify(doc, null, 2)}\n`);
  return stale;
}
