import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCtb, withTempDir } from './ctb-process';
import { testDatabaseKind } from './test-db';

type Export = {
  regions: { id: string; population: number | null; areaKm2: number | null; name: { zh?: string } }[];
  twinnings: { homeRegionId: string; partnerRegionId: string }[];
  opportunities: { id: string; regionId: string; title: { nl?: string } }[];
};

describe.skipIf(testDatabaseKind === 'postgres')('ctb on an embedded database', () => {
  it('lists its commands', async () => {
    const { code, stdout } = await runCtb(['--help'], {});
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'export', 'import', 'backup', 'restore']) {
      expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  it('exports the demo programme; imports all or nothing; backs up and restores', { timeout: 180_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = { DATA_DIR: join(dir, 'data') };
      const migrated = await runCtb(['migrate'], env);
      expect(migrated.code).toBe(0);
      expect((await runCtb(['seed'], env)).code).toBe(0);
      const reseed = await runCtb(['seed'], env);
      expect(reseed.code).toBe(1);
      expect(reseed.stderr).toContain('already holds data');

      const exported = await runCtb(['export', '--format', 'json'], env);
      expect(exported.code).toBe(0);
      const doc = JSON.parse(exported.stdout) as Export;
      const region = (id: string) => doc.regions.find((r) => r.id === id)!;
      expect(region('hebei')).toMatchObject({ population: 65_000_000, areaKm2: 188_000 });
      expect(region('guangdong').population).toBe(111_690_000);
      expect(doc.twinnings).toContainEqual(expect.objectContaining({ homeRegionId: 'antwerpen', partnerRegionId: 'chongqing' }));
      expect(doc.opportunities).toHaveLength(27);

      // Re-importing the export replaces every record and creates none.
      const exportFile = join(dir, 'export.json');
      await writeFile(exportFile, exported.stdout);
      const preview = await runCtb(['import', '--dry-run', exportFile], env);
      expect(preview.code).toBe(0);
      expect(preview.stderr).toContain(`would import regions: 0 new, ${doc.regions.length} replaced`);
      expect(preview.stderr).toContain('would import opportunities: 0 new, 27 replaced');

      // A document with one bad record is refused whole, with the record's path.
      const bad = structuredClone(doc);
      bad.opportunities[3]!.regionId = 'atlantis';
      bad.regions.push({ ...region('hebei'), id: 'new-region' });
      const badFile = join(dir, 'bad.json');
      await writeFile(badFile, JSON.stringify(bad));
      const refused = await runCtb(['import', badFile], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('opportunities.3.regionId: unknown region "atlantis"');
      const after = JSON.parse((await runCtb(['export'], env)).stdout) as Export;
      expect(after.regions.map((r) => r.id)).not.toContain('new-region');

      const notJson = join(dir, 'not.json');
      await writeFile(notJson, '{"format": ');
      const broken = await runCtb(['import', notJson], env);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/not\.json is not valid JSON/);

      // Backup, then restore: refused on a non-empty database, accepted with --force.
      const adminCreated = await runCtb(
        ['users', 'create', '--email', 'boss@example.org', '--role', 'admin', '--password-stdin'],
        env,
        'a long admin password\n',
      );
      expect(adminCreated.code).toBe(0);
      const backupDir = join(dir, 'backup');
      const backedUp = await runCtb(['backup', backupDir], env);
      expect(backedUp.code).toBe(0);
      expect(backedUp.stderr).toMatch(/backup written to .*: \d+ tables, \d+ rows/);
      // Password and token hashes inside: for the owner only.
      expect((await stat(join(backupDir, 'tables'))).mode & 0o777).toBe(0o700);
      expect((await stat(join(backupDir, 'tables', 'users.json'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(backupDir, 'manifest.json'))).mode & 0o777).toBe(0o600);
      const manifest = JSON.parse(await readFile(join(backupDir, 'manifest.json'), 'utf8')) as {
        format: string;
        version: number;
        tables: { name: string; rows: number }[];
      };
      expect(manifest).toMatchObject({ format: 'cleantech-bridge-backup', version: 2 });
      const rows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
      expect(rows).toMatchObject({ users: 1, projects: 1, regions: doc.regions.length, opportunities: 27 });
      expect(rows.sessions).toBeUndefined();
      const refusedRestore = await runCtb(['restore', backupDir], env);
      expect(refusedRestore.code).toBe(1);
      expect(refusedRestore.stderr).toContain('refuses to overwrite');
      const otherEnv = { DATA_DIR: join(dir, 'other'), SEED_DEMO: 'false' };
      const restored = await runCtb(['restore', backupDir], otherEnv);
      expect(restored.code).toBe(0);
      const copy = JSON.parse((await runCtb(['export', '--out', join(dir, 'copy.json')], otherEnv)).stdout || '{}');
      expect(copy).toEqual({});
      const copied = JSON.parse(await readFile(join(dir, 'copy.json'), 'utf8')) as Export;
      expect({ ...copied, exportedAt: 0 }).toEqual({ ...doc, exportedAt: 0 });
      // The account and the cooperation project came along: a second backup counts the same rows.
      const again = join(dir, 'again');
      expect((await runCtb(['backup', again], otherEnv)).code).toBe(0);
      const second = JSON.parse(await readFile(join(again, 'manifest.json'), 'utf8')) as typeof manifest;
      expect(second.tables.find((t) => t.name === 'users')?.rows).toBe(1);
      expect(second.tables.find((t) => t.name === 'project_phases')?.rows).toBe(rows.project_phases);
      expect((await runCtb(['restore', '--force', backupDir], env)).code).toBe(0);
    });
  });

  it('fails fast with a clear message on bad configuration', async () => {
    const { code, stderr } = await runCtb(['migrate'], { DATABASE_URL: 'mysql://nope', PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT:');
    expect(stderr).toContain('DATABASE_URL: must start with postgres://');
  });
});
