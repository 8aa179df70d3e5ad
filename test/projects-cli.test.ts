import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCtb, withTempDir } from './ctb-process';
import { validateIatiXml } from './fixtures/iati/xsd';
import { testDatabaseKind } from './test-db';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', 'iati', name);
const foreign = (name: string) => join(import.meta.dirname, 'fixtures', 'iati-foreign', name);
const stable = (xml: string) => xml.replace(/generated-datetime="[^"]*"/, '').replace(/last-updated-datetime="[^"]*"/g, '');

describe.skipIf(testDatabaseKind === 'postgres')('ctb export iati / import iati', () => {
  it('exports the demo project as valid IATI, imports it into an empty database and exports the same XML', { timeout: 300_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = { DATA_DIR: join(dir, 'data') };
      expect((await runCtb(['seed'], env)).code).toBe(0);

      const out = join(dir, 'project.xml');
      const exported = await runCtb(['export', 'iati', '--project', 'p004', '--out', out], env);
      expect(exported.code).toBe(0);
      const xml = await readFile(out, 'utf8');
      expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });
      expect(xml).toContain('<iati-identifier>XE-EXAMPLE-CTB-004</iati-identifier>');

      // Without --out, to stdout; all projects without --project.
      const all = await runCtb(['export', 'iati'], env);
      expect(all.code).toBe(0);
      expect(stable(all.stdout)).toBe(stable(xml));
      // The JSON export is unchanged.
      const json = await runCtb(['export', '--format', 'json'], env);
      expect(JSON.parse(json.stdout).format).toBe('cleantech-bridge');
      expect((await runCtb(['export', 'iati', '--project', 'nope'], env)).stderr).toContain('Project "nope" does not exist');

      // Into another, empty database: preview first (nothing written), then the import.
      const otherEnv = { DATA_DIR: join(dir, 'other'), SEED_DEMO: 'false' };
      expect((await runCtb(['migrate'], otherEnv)).code).toBe(0);
      const preview = await runCtb(['import', 'iati', out, '--dry-run'], otherEnv);
      expect(preview.code).toBe(0);
      expect(preview.stderr).toContain('would create project XE-EXAMPLE-CTB-004');
      expect(preview.stderr).toContain('dry run, nothing written');
      expect((await runCtb(['export', 'iati'], otherEnv)).stdout).not.toContain('<iati-activity ');
      const imported = await runCtb(['import', 'iati', out], otherEnv);
      expect(imported.code).toBe(0);
      expect(imported.stderr).toContain('imported: 1 project(s), 0 warning(s)');
      const again = await runCtb(['export', 'iati'], otherEnv);
      expect(stable(again.stdout)).toBe(stable(xml));
      // A second import is refused whole.
      const twice = await runCtb(['import', 'iati', out], otherEnv);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toContain('Already stored: XE-EXAMPLE-CTB-004');
    });
  });

  it('lists warnings with their location, and refuses malformed XML with line and column, writing nothing', { timeout: 300_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = { DATA_DIR: join(dir, 'data'), SEED_DEMO: 'false' };
      expect((await runCtb(['migrate'], env)).code).toBe(0);
      const preview = await runCtb(['import', 'iati', fixture('foreign-activities.xml'), '--dry-run'], env);
      expect(preview.code).toBe(0);
      expect(preview.stderr).toMatch(/^warning: \S+foreign-activities\.xml:\d+:\d+ \/iati-activities\[1\]\/iati-activity\[\d+\]\S* .+$/m);
      expect(preview.stderr).toContain('would create project XE-EXAMPLE-PROV-2019-01');

      const malformed = await runCtb(['import', 'iati', fixture('malformed.xml')], env);
      expect(malformed.code).toBe(1);
      expect(malformed.stderr).toMatch(/malformed XML at line \d+, column \d+/);
      const broken = join(dir, 'broken.xml');
      const good = await readFile(fixture('foreign-activities.xml'), 'utf8');
      // Well-formed until the very end: still nothing is written.
      await writeFile(broken, good.replace(/<\/iati-activities>\s*$/, '</iati-activity>'));
      const refused = await runCtb(['import', 'iati', broken], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/line \d+, column \d+/);
      expect((await runCtb(['export', 'iati'], env)).stdout).not.toContain('<iati-activity ');

      const wrong = await runCtb(['import', 'xml', broken], env);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('unknown import format "xml"');
    });
  });

  it('reads UTF-16 files and refuses, with their location, organisation files and undecodable bytes', { timeout: 300_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = { DATA_DIR: join(dir, 'data'), SEED_DEMO: 'false' };
      expect((await runCtb(['migrate'], env)).code).toBe(0);
      const utf16 = await runCtb(['import', 'iati', foreign('utf16le-bom.xml')], env);
      expect(utf16.code).toBe(0);
      expect(utf16.stderr).toContain('did create project XE-EXAMPLE-PROV-UTF16 (XE-EXAMPLE-PROV-UTF16): Samenwerking café-afval en énergie');

      const organisations = await runCtb(['import', 'iati', foreign('organisations.xml')], env);
      expect(organisations.code).toBe(1);
      expect(organisations.stderr).toContain('not an IATI activity file at line 3, column 1: the root element is iati-organisations');
      const latin1AsUtf8 = join(dir, 'bad-bytes.xml');
      await writeFile(latin1AsUtf8, Buffer.concat([Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities>caf'), Buffer.from([0xe9])]));
      const undecodable = await runCtb(['import', 'iati', latin1AsUtf8], env);
      expect(undecodable.code).toBe(1);
      expect(undecodable.stderr).toContain(`error: ${latin1AsUtf8}: unreadable file at line 2, column 21: bytes that are not valid utf-8`);
      expect(undecodable.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    });
  });
});
