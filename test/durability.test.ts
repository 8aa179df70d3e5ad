import { describe, expect, it } from 'vitest';
import { exited, startCtbServer, withTempDir } from './ctb-process';
import { testDatabaseKind } from './test-db';

// These concern the embedded database's data directory, so they run in the PGlite suite only.
describe.skipIf(testDatabaseKind === 'postgres')('the embedded database under kill -9', () => {
  it('loses no acknowledged write across 10 kills during a stream of writes', { timeout: 300_000 }, async () => {
    await withTempDir(async (dataDir) => {
      const env = { DATA_DIR: dataDir, SEED_DEMO: 'false' };
      const acknowledged: string[] = [];
      for (let round = 0; round < 10; round++) {
        const server = await startCtbServer(env);
        if (round === 0) await createRegion(server.url);
        const stream = writeStream(server.url, round, acknowledged);
        await sleep(150 + round * 40);
        server.child.kill('SIGKILL');
        await exited(server.child);
        await stream;
      }
      const server = await startCtbServer(env);
      try {
        const stored = await storedTitles(server.url);
        const missing = acknowledged.filter((title) => !stored.has(title));
        expect(acknowledged.length).toBeGreaterThan(20);
        expect(missing).toEqual([]);
      } finally {
        server.child.kill('SIGTERM');
        await exited(server.child);
      }
    });
  });

  it('refuses a second server on a data directory in use, naming the holder', { timeout: 60_000 }, async () => {
    await withTempDir(async (dataDir) => {
      const first = await startCtbServer({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
      try {
        const second = startCtbServer({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
        await expect(second).rejects.toThrow(
          new RegExp(`data directory .* is in use by another Cleantech Bridge process \\(PID ${first.child.pid}\\)`),
        );
        const health = await fetch(`${first.url}/api/health`);
        expect(await health.json()).toEqual({ status: 'ok' });
      } finally {
        first.child.kill('SIGTERM');
        expect(await exited(first.child)).toBe(0);
      }
    });
  });
});

async function createRegion(url: string) {
  const res = await fetch(`${url}/api/regions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'hebei', side: 'partner', level: 'province', country: 'CN', name: { original: 'en', en: 'Hebei' } }),
  });
  expect(res.status).toBe(201);
}

/** Writes one opportunity after another until the server dies; remembers each acknowledged one. */
async function writeStream(url: string, round: number, acknowledged: string[]) {
  for (let i = 0; ; i++) {
    const title = `round ${round} write ${i}`;
    try {
      const res = await fetch(`${url}/api/opportunities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ regionId: 'hebei', title: { original: 'en', en: title }, themes: ['water'] }),
      });
      if (res.status !== 201) throw new Error(`unexpected ${res.status}`);
      acknowledged.push(title);
    } catch {
      return;
    }
  }
}

async function storedTitles(url: string): Promise<Set<string>> {
  const titles = new Set<string>();
  for (let page = 1; ; page++) {
    const res = await fetch(`${url}/api/opportunities?pageSize=200&page=${page}`);
    const body = (await res.json()) as { items: { title: { en: string } }[] };
    for (const o of body.items) titles.add(o.title.en);
    if (body.items.length < 200) return titles;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
