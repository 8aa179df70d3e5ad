import { describe, expect, it } from 'vitest';
import { exited, runCtb, startCtbServer, withTempDir } from './ctb-process';
import { testDatabaseKind } from './test-db';

// These concern the embedded database's data directory, so they run in the PGlite suite only.
describe.skipIf(testDatabaseKind === 'postgres')('the embedded database under kill -9', () => {
  it('loses no acknowledged write across 10 kills during a stream of writes', { timeout: 300_000 }, async () => {
    await withTempDir(async (dataDir) => {
      const env = { DATA_DIR: dataDir, SEED_DEMO: 'false' };
      const acknowledged: string[] = [];
      const created = await runCtb(['users', 'create', '--email', 'pm@example.org', '--role', 'programme-manager', '--password-stdin'], env, PASSWORD);
      expect(created.code, created.stderr).toBe(0);
      let auth: Record<string, string> = {};
      for (let round = 0; round < 10; round++) {
        const server = await startCtbServer(env);
        // The session lives in the database: one sign-in outlives every kill.
        if (round === 0) auth = await signIn(server.url);
        if (round === 0) await createRegion(server.url, auth);
        const before = acknowledged.length;
        const stream = writeStream(server.url, round, acknowledged, auth);
        // Kill mid-stream: once this round has had a few writes acknowledged (however slow the
        // machine), after a delay that varies by round so the kill lands at different points.
        await until(() => acknowledged.length >= before + 3, 30_000);
        await sleep(round * 7);
        server.child.kill('SIGKILL');
        await exited(server.child);
        await stream;
      }
      const server = await startCtbServer(env);
      try {
        const stored = await storedTitles(server.url);
        const missing = acknowledged.filter((title) => !stored.has(title));
        expect(acknowledged.length).toBeGreaterThanOrEqual(30);
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
        await expect(second).rejects.toThrow(new RegExp(`data directory .* is in use by another Cleantech Bridge process \\(PID ${first.child.pid}\\)`));
        const health = await fetch(`${first.url}/api/health`);
        expect(await health.json()).toEqual({ status: 'ok' });
      } finally {
        first.child.kill('SIGTERM');
        expect(await exited(first.child)).toBe(0);
      }
    });
  });
});

const PASSWORD = 'durable password 1';

async function signIn(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'pm@example.org', password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function createRegion(url: string, auth: Record<string, string>) {
  const res = await fetch(`${url}/api/regions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ id: 'durability-province', side: 'partner', level: 'province', country: 'CN', name: { original: 'en', en: 'Durability province' } }),
  });
  expect(res.status).toBe(201);
}

/** Writes one opportunity after another until the server dies; remembers each acknowledged one. */
async function writeStream(url: string, round: number, acknowledged: string[], auth: Record<string, string>) {
  for (let i = 0; ; i++) {
    const title = `round ${round} write ${i}`;
    try {
      const res = await fetch(`${url}/api/opportunities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ regionId: 'durability-province', title: { original: 'en', en: title }, themes: ['water'] }),
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

async function until(condition: () => boolean, timeoutMs: number) {
  for (const start = Date.now(); !condition(); await sleep(5)) {
    if (Date.now() - start > timeoutMs) throw new Error('no write was acknowledged in time');
  }
}
