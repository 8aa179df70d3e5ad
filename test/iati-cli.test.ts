// `ctb export iati` per project (left out with reasons, --strict, nothing to export),
// `ctb export iati --organisation` and `ctb iati validate`, as a user runs them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCtb, withTempDir } from './ctb-process';
import { activityFacts, PUBLISHER_FILES, readPublisherFile } from './fixtures/iati-publishers/facts';
import { validateIatiXml } from './fixtures/iati/xsd';
import { testDatabaseKind } from './test-db';

const publisher = (name: string) => join(import.meta.dirname, 'fixtures', 'iati-publishers', name);

describe.skipIf(testDatabaseKind === 'postgres')('ctb and IATI files of real-style publishers', () => {
  it('stores what publishers said and exports it again; an incomplete project is left out and named', { timeout: 600_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = { DATA_DIR: join(dir, 'data'), SEED_DEMO: 'false' };
      expect((await runCtb(['migrate'], env)).code).toBe(0);
      const nothing = await runCtb(['export', 'iati'], env);
      expect(nothing.code).toBe(1);
      expect(nothing.stdout).toBe('');
      expect(nothing.stderr).toContain('There is no project to export');

      const onlyIncomplete = await runCtb(['import', 'iati', publisher('incomplete.xml')], env);
      expect(onlyIncomplete.code).toBe(0);
      const refused = await runCtb(['export', 'iati', '--out', join(dir, 'none.xml')], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Nothing to export: IATI cannot carry "XE-EXAMPLE-NODATE-1"');
      await expect(readFile(join(dir, 'none.xml'), 'utf8')).rejects.toThrow();

      for (const name of PUBLISHER_FILES) expect((await runCtb(['import', 'iati', publisher(name)], env)).code).toBe(0);
      const out = join(dir, 'all.xml');
      const partial = await runCtb(['export', 'iati', '--out', out], env);
      expect(partial.code).toBe(2);
      expect(partial.stderr).toContain('left out: project XE-EXAMPLE-NODATE-1 (XE-EXAMPLE-NODATE-1)');
      expect(partial.stderr).toContain('dates.plannedStart: IATI needs a planned or actual start date');
      expect(partial.stderr).toMatch(/4 project\(s\) exported, 1 left out/);
      const xml = await readFile(out, 'utf8');
      expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });
      // Stored in the database and read back, field by field as the publishers wrote it.
      const exported = activityFacts(xml);
      for (const name of PUBLISHER_FILES) {
        for (const activity of activityFacts(readPublisherFile(name))) {
          expect(exported.find((a) => a.identifier === activity.identifier)).toEqual(activity);
        }
      }

      const strict = await runCtb(['export', 'iati', '--strict'], env);
      expect(strict.code).toBe(1);
      expect(strict.stdout).toBe('');
      expect(strict.stderr).toContain('XE-EXAMPLE-NODATE-1.dates.plannedStart');
    });
  });

  it('writes the organisation file, valid against the organisation schema', { timeout: 300_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = { DATA_DIR: join(dir, 'data') };
      expect((await runCtb(['seed'], env)).code).toBe(0);
      const run = await runCtb(['export', 'iati', '--organisation'], env);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('<iati-organisations version="2.03"');
      expect(await validateIatiXml(run.stdout, 'organisations')).toEqual({ valid: true, errors: [] });
    });
  });
});

describe('ctb iati validate', () => {
  it('lists ruleset and codelist errors with their line numbers and fails', { timeout: 120_000 }, async () => {
    const file = publisher('ruleset-errors.xml');
    const run = await runCtb(['iati', 'validate', file], {});
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file}:11:5 error [11.1.2] XE-EXAMPLE-RULES-1 activity-date: The planned start date of the activity must be before the planned end date. (2024-06-01 > 2023-12-31)`,
    );
    expect(run.stdout).toContain(
      `${file}:13:5 error [2.1.2] XE-EXAMPLE-RULES-1 sector: Percentage values for sectors, within a vocabulary (e.g. 1 - OECD DAC), must add up to 100%. (the sum is 90)`,
    );
    expect(run.stdout).toContain(
      `${file}:21:7 error [codelist:TransactionType] XE-EXAMPLE-RULES-1 transaction-type: code "99" is not a code of TransactionType`,
    );
    expect(run.stderr).toContain('5 error(s), 0 warning(s)');
  });

  it('passes a publisher file without errors', { timeout: 120_000 }, async () => {
    const run = await runCtb(['iati', 'validate', publisher('be-agency.xml')], {});
    expect(run.stderr).toContain('0 error(s)');
    expect(run.code).toBe(0);
  });
});
