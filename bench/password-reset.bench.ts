// Does a password-reset request take the same time whether the address has an account? Median and
// p95 of POST /api/auth/password-reset/request for a known and an unknown address, alternating
// which goes first, after a warm-up, against `ctb serve` in its own process (as an outside client
// sees it; the issue measured 6.8 ms vs 3.2 ms before the request handed its work to the
// background). Run: npm run bench:password-reset [-- requests]
// (embedded PGlite in a temporary directory; DATABASE_URL=postgres://… for PostgreSQL).
import { performance } from 'node:perf_hooks';
import { runCtb, startCtbServer, withTempDir } from '../test/ctb-process';

const REQUESTS = Number(process.argv[2] ?? 300);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;

await withTempDir(async (dir) => {
  // Each request "comes" from another client through a local proxy: the per-address limit of the
  // public account routes (100 a minute) would otherwise answer 429.
  const env = { DATA_DIR: dir, SEED_DEMO: 'false', TRUST_PROXY: 'loopback' };
  const known = 'reset-bench@example.org';
  const created = await runCtb(['users', 'create', '--email', known, '--role', 'programme-manager', '--password-stdin'], env, 'correct horse battery\n');
  if (created.code !== 0) throw new Error(created.stderr);
  const server = await startCtbServer(env);
  try {
    const url = `${server.url}/api/auth/password-reset/request`;
    const times: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
    for (let i = 0; i < REQUESTS + 20; i++) {
      for (const who of i % 2 === 0 ? (['known', 'unknown'] as const) : (['unknown', 'known'] as const)) {
        const t0 = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.${i % 250}.1` },
          body: JSON.stringify({ email: who === 'known' ? known : `nobody-${i}@example.org` }),
        });
        await res.arrayBuffer();
        const ms = performance.now() - t0;
        if (res.status !== 202) throw new Error(`status ${res.status}`);
        if (i >= 20) times[who].push(ms);
        // Let the background work finish, so it does not fall into the next measurement.
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    }
    console.log(
      `password-reset request (${process.env.DATABASE_URL ? 'postgresql' : 'pglite'}, ${REQUESTS} each): known address median ${median(times.known).toFixed(2)} ms, p95 ${p95(times.known).toFixed(2)} ms; unknown address median ${median(times.unknown).toFixed(2)} ms, p95 ${p95(times.unknown).toFixed(2)} ms`,
    );
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
  }
});
