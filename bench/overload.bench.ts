// Back-pressure beyond saturation (issue 12): a `ctb serve` process on the demo data (embedded
// PGlite, matching computed beforehand) receives an
// open-loop stream of mixed public reads at rising rates, on loopback only, for a bounded time.
// Printed per rate: p50/p95/p99 latency, answers 200 and 503 (and whether each 503 carried
// Retry-After), other answers, and requests that timed out. Run twice: with the default
// PRESSURE_* limits and with load shedding off, to compare.
// Run: npm run bench:overload [-- rates seconds]   e.g. -- 50,100,200,400 5
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { jobHandlers } from '../src/server/app';
import { openDatabase } from '../src/server/db/open-database';
import { seedDemoOnce } from '../src/server/db/seed/seed-demo';
import { drainJobs } from '../src/server/features/jobs/jobs.service';

const RATES = (process.argv[2] ?? '50,100,200,400').split(',').map(Number);
const SECONDS = Number(process.argv[3] ?? 5);
/** A client gives up after this long: what a browser or a proxy would do, roughly. */
const TIMEOUT_MS = 5000;
const PATHS = ['/api/regions?pageSize=50', '/api/opportunities?q=water', '/api/regions/hebei', '/api/opportunities?pageSize=50&sort=title', '/api/health'];

type Tally = { latencies: number[]; ok: number; shed: number; shedWithRetryAfter: number; other: number; timeouts: number };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('bin/ctb.mjs'), 'serve'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => {
      stderr += d;
      const match = /running at (http:\/\/\S+)/.exec(stderr);
      if (match) done({ url: match[1]!.replace('localhost', '127.0.0.1'), child });
    });
    child.on('exit', (code) => fail(new Error(`ctb serve exited with ${code}:\n${stderr}`)));
  });
}

async function one(url: string, tally: Tally): Promise<void> {
  const started = performance.now();
  try {
    const res = await fetch(url + PATHS[Math.floor(Math.random() * PATHS.length)], { signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.arrayBuffer();
    tally.latencies.push(performance.now() - started);
    if (res.status === 200) tally.ok++;
    else if (res.status === 503) {
      tally.shed++;
      if (res.headers.get('retry-after')) tally.shedWithRetryAfter++;
    } else tally.other++;
  } catch {
    tally.timeouts++;
  }
}

/** Sends `rate` requests per second for SECONDS, whatever the answers (open loop), then waits for them. */
async function drive(url: string, rate: number): Promise<Tally> {
  const tally: Tally = { latencies: [], ok: 0, shed: 0, shedWithRetryAfter: 0, other: 0, timeouts: 0 };
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < rate * SECONDS; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    inFlight.push(one(url, tally));
  }
  await Promise.all(inFlight);
  return tally;
}

const row = (rate: number, t: Tally) => {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const ms = (v: number) => `${Math.round(v)}`.padStart(6);
  return `${String(rate).padStart(5)}/s ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 95))} ${ms(percentile(sorted, 99))}   ${String(t.ok).padStart(5)} ${String(t.shed).padStart(5)} (${t.shedWithRetryAfter} with Retry-After) ${String(t.other).padStart(5)} ${String(t.timeouts).padStart(8)}`;
};

// The demo data with its matching computed beforehand, so the servers measured start idle.
const dataDir = mkdtempSync(join(tmpdir(), 'ctb-overload-'));
const prepared = await openDatabase({ dataDir });
await prepared.migrate();
await seedDemoOnce(prepared.db);
await drainJobs(prepared.db, jobHandlers);
await prepared.close();

try {
  for (const mode of ['default limits', 'load shedding off'] as const) {
    const env: Record<string, string> = { DATA_DIR: dataDir, SEED_DEMO: 'false' };
    if (mode === 'load shedding off') {
      Object.assign(env, {
        PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
        PRESSURE_MAX_EVENT_LOOP_UTILIZATION: '0',
        PRESSURE_MAX_DATABASE_WAITING: '0',
        PRESSURE_MAX_IN_FLIGHT: '0',
      });
    }
    const server = await startServer(env);
    try {
      await drive(server.url, 10); // warm-up
      console.log(`\n${mode} (PGlite; ${SECONDS} s per rate, client timeout ${TIMEOUT_MS} ms)`);
      console.log('  rate    p50    p95    p99 ms    200   503                        other timeouts');
      for (const rate of RATES) {
        console.log(row(rate, await drive(server.url, rate)));
        await sleep(2000); // let the queue drain between rates
      }
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
