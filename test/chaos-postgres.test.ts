import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/server/db/open-database';
import { rowsOf } from '../src/server/db/rows';
import { createAccount } from './accounts';
import { exited, type ServerProcess, startCtbServer } from './ctb-process';
import { connectAdmin, withDatabaseName } from './global-setup';
import { createTestDatabase, testDatabaseKind } from './test-db';

/**
 * Issue 12: terminating the app's PostgreSQL connections (a failover, a restart, a pooler
 * reaping idle connections) used to crash the process. Two `ctb serve` processes share one test
 * database under a stream of writes while the test cuts their connections ten times.
 */
describe.skipIf(testDatabaseKind !== 'postgres')('two instances on PostgreSQL while their connections are cut', () => {
  let database: Database;
  let url: string;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    const [row] = rowsOf<{ name: string }>(await database.db.execute(sql`select current_database() as name`));
    url = withDatabaseName(process.env.TEST_DATABASE_URL!, row!.name);
    await createAccount({ app: undefined as never, database, close: async () => {} }, { email: 'pm@example.org', role: 'programme-manager' }, PASSWORD);
  });
  afterAll(async () => {
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
    await database.close();
  });

  it('no process exits, no acknowledged write is lost, both answer afterwards', { timeout: 300_000 }, async () => {
    for (let i = 0; i < 2; i++) {
      servers.push(await startCtbServer({ DATABASE_URL: url, SEED_DEMO: 'false', DATABASE_POOL_MAX: '4' }));
    }
    const auth = await signIn(servers[0]!.url);
    await post(servers[0]!.url, auth, '/api/regions', {
      id: 'chaos-province',
      side: 'partner',
      level: 'province',
      country: 'CN',
      name: { original: 'en', en: 'Chaos province' },
    });

    const acknowledged: string[] = [];
    const refusals: Refusal[] = [];
    let stop = false;
    const streams = servers.map((server, n) => writeStream(server.url, auth, `instance ${n}`, acknowledged, refusals, () => stop));

    const admin = await connectAdmin(url);
    let terminated = 0;
    try {
      for (let cut = 0; cut < 10; cut++) {
        const before = acknowledged.length;
        await until(() => acknowledged.length >= before + 3 || stop, 60_000);
        // Only the backends of this test's own database, never the admin connection doing it.
        const result = await admin.query(
          'select count(*) filter (where pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        );
        terminated += (result.rows[0] as { n: number }).n;
      }
      const afterCuts = acknowledged.length;
      await until(() => acknowledged.length >= afterCuts + 6, 60_000);
    } finally {
      stop = true;
      await Promise.all(streams);
      await admin.end();
    }

    console.info(
      `chaos: ${terminated} backends terminated in 10 cuts; ${acknowledged.length} writes acknowledged, ${refusals.length} refused (${JSON.stringify(refusals.map((r) => r.status))})`,
    );
    expect(terminated).toBeGreaterThanOrEqual(10);
    for (const server of servers) expect(server.child.exitCode, server.stderr()).toBeNull();
    // What was refused was refused as a retryable 503, not a 500 or a dropped connection.
    expect(refusals.filter((r) => r.status !== 503 || !r.retryAfter)).toEqual([]);
    for (const server of servers) {
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status, `${await health.text()}\n${server.stderr()}`).toBe(200);
      // A busy CI machine may still answer "overloaded" for a moment; a client honours Retry-After.
      expect(await postUntilAcknowledged(server.url, auth, opportunity('after the cuts'))).toBe(201);
    }
    const stored = new Set(rowsOf<{ title: string }>(await database.db.execute(sql`select title->>'en' as title from opportunities`)).map((r) => r.title));
    expect(acknowledged.length).toBeGreaterThanOrEqual(36);
    expect(acknowledged.filter((title) => !stored.has(title))).toEqual([]);
  });
});

const PASSWORD = 'chaos password 1';
type Auth = Record<string, string>;
type Refusal = { status: number; retryAfter: string | null; body: string };

async function signIn(url: string): Promise<Auth> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'pm@example.org', password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

const post = (url: string, auth: Auth, path: string, body: object) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(body) });

const opportunity = (title: string) => ({ regionId: 'chaos-province', title: { original: 'en', en: title }, themes: ['water'] });

/** Writes one opportunity after another; remembers each acknowledged (201) one and every refusal. */
async function writeStream(url: string, auth: Auth, name: string, acknowledged: string[], refusals: Refusal[], stopped: () => boolean) {
  for (let i = 0; !stopped(); i++) {
    const title = `${name} write ${i}`;
    const res = await post(url, auth, '/api/opportunities', opportunity(title));
    if (res.status === 201) acknowledged.push(title);
    else refusals.push({ status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() });
  }
}

/** Posts like a well-behaved client: retries a 503 after its Retry-After, at most five times. */
async function postUntilAcknowledged(url: string, auth: Auth, body: object): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const res = await post(url, auth, '/api/opportunities', body);
    const retryAfter = res.headers.get('retry-after');
    if (res.status !== 503 || !retryAfter || attempt === 5) {
      if (res.status !== 201) console.info(`after the cuts: ${res.status} ${await res.text()}`);
      return res.status;
    }
    console.info(`after the cuts, attempt ${attempt}: 503 ${await res.text()}`);
    await sleep(Number(retryAfter) * 1000);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, timeoutMs: number) {
  for (const start = Date.now(); !condition(); await sleep(5)) {
    if (Date.now() - start > timeoutMs) throw new Error('the writes stopped being acknowledged');
  }
}
