import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, signInAsProgrammeManager } from '../../../../test/accounts';
import { runCtb, withTempDir } from '../../../../test/ctb-process';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { testDatabaseKind } from '../../../../test/test-db';

let t: TestApp;
let pm: AuthHeaders;
beforeAll(async () => {
  t = await createTestApp();
  pm = await signInAsProgrammeManager(t);
});
afterAll(() => t.close());

const activity = '<iati-activity><iati-identifier>&id;</iati-identifier><title><narrative>Boom</narrative></title></iati-activity>';
const doctypeInRoot = `<iati-activities version="2.03">\n  <!DOCTYPE x [<!ENTITY id "boom">]>\n  ${activity}\n</iati-activities>`;
const upload = (xml: string) => t.app.inject({ method: 'POST', url: '/api/projects/import/iati', headers: pm, payload: { xml } });

describe('hostile IATI files sent to the API', () => {
  it('a DOCTYPE inside the root element: 400 at its line and column, nothing expanded', async () => {
    const res = await upload(doctypeInRoot);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toMatchObject([
      { path: 'xml (line 2, column 3)', message: expect.stringContaining('a DOCTYPE (document type declaration) is not accepted') },
    ]);
  });

  it('a large or SYSTEM entity, deep nesting and an over-long text: 400, never 500', async () => {
    const system = `<!DOCTYPE r [<!ENTITY ext SYSTEM "file:///etc/passwd"><!ENTITY big "${'x'.repeat(100_000)}">]>\n<iati-activities>&ext;&big;</iati-activities>`;
    const deep = `<iati-activities>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}</iati-activities>`;
    const long = `<iati-activities>${' '.repeat(17 * 2 ** 20)}</iati-activities>`;
    for (const [xml, message] of [
      [system, 'a DOCTYPE'],
      [deep, 'nested more than 100 levels deep'],
      [long, 'longer than 16 MB'],
    ] as const) {
      const res = await upload(xml);
      expect(res.statusCode).toBe(400);
      expect(res.json().issues[0]).toMatchObject({ path: expect.stringMatching(/^xml \(line \d+, column \d+\)$/), message: expect.stringContaining(message) });
    }
  });
});

describe.skipIf(testDatabaseKind === 'postgres')('hostile IATI files given to ctb import iati', () => {
  it('refuses a DOCTYPE inside the root element naming the file, line and column', { timeout: 120_000 }, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'hostile.xml');
      await writeFile(file, doctypeInRoot);
      const env = { DATA_DIR: join(dir, 'data'), SEED_DEMO: 'false' };
      // Import commands refuse a data directory without a database: make one first.
      expect((await runCtb(['migrate'], env)).code).toBe(0);
      const result = await runCtb(['import', 'iati', file, '--dry-run'], env);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/line 2, column 3: a DOCTYPE \(document type declaration\) is not accepted/);
    });
  });
});
