import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCtb, withTempDir } from './ctb-process';
import { testDatabaseKind } from './test-db';

describe.skipIf(testDatabaseKind === 'postgres')('ctb demo generate', () => {
  it('fills a new database with organisations, opportunities in nl/en/zh, events with delegates, and their matches', { timeout: 400_000 }, async () => {
    await withTempDir(async (dir) => {
      const env = { DATA_DIR: join(dir, 'data') };
      const generated = await runCtb(['demo', 'generate', '--organisations', '60', '--opportunities', '12', '--events', '1'], env);
      expect(generated.code, generated.stderr).toBe(0);
      expect(generated.stderr).toContain('"organisations":60,"opportunities":12,"events":1,"registrations":30');
      expect(generated.stderr).toContain('matches computed');

      const exported = await runCtb(['export', '--format', 'json'], env);
      const document = JSON.parse(exported.stdout) as { opportunities: { id: string; title: Record<string, string> }[] };
      const demo = document.opportunities.filter((o) => o.id.startsWith('demo-'));
      expect(demo).toHaveLength(12);
      expect(new Set(demo.map((o) => o.title.original))).toEqual(new Set(['nl', 'en', 'zh']));

      const bad = await runCtb(['demo', 'generate', '--organisations', 'many', '--opportunities', '1'], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('--organisations must be a whole number');
    });
  });
});
