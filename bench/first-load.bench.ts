// The first visit over a slow line (issue #10): `ctb serve` with the demo data, Debian's Chromium
// with the network throttled to 2 Mbit/s down, 300 ms latency and the cache off, opening `/` as a
// visitor and as a signed-in programme manager. Prints, per run and as the median of the runs, the
// compressed bytes of JavaScript and CSS that came over the wire (headers included, as Chromium
// counts them), the other bytes (the map's geometry, API answers), and the time from the start of
// the navigation until the home page's heading is on screen. Targets: ≤ 250 KB of JS + CSS,
// heading ≤ 2 s. Builds the web app first when it is stale.
// Run: npm run bench:first-load [-- --runs 3]
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import { common } from '../src/shared/i18n/en/common';
import { myWork } from '../src/shared/i18n/en/myWork';
import { exited, runCtb, startCtbServer, withTempDir } from '../test/ctb-process';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' }, waterfall: { type: 'boolean', default: false } } });
const RUNS = Number(args.runs);
const TARGET_KB = 250;
const TARGET_MS = 2000;
const manager = { email: 'first-load.manager@example.org', password: 'first load manager password' };
const log = (line: string) => process.stderr.write(`${line}\n`);

/** 2 Mbit/s down, 300 ms round trip added to each request; upload is not what this measures. */
const slowLine = { offline: false, latency: 300, downloadThroughput: 2_000_000 / 8, uploadThroughput: 1_000_000 / 8 };

type Figures = { jsCssBytes: number; otherBytes: number; requests: number; headingMs: number };

/** Counts what the page receives: encoded (compressed) bytes per resource type, from the DevTools protocol. */
function countTraffic(cdp: CDPSession) {
  const types = new Map<string, string>();
  const totals = { jsCss: 0, other: 0, requests: 0 };
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    const type = types.get(event.requestId);
    totals.requests += 1;
    if (type === 'Script' || type === 'Stylesheet') totals.jsCss += event.encodedDataLength;
    else totals.other += event.encodedDataLength;
  });
  return totals;
}

/** Milliseconds from the navigation's start until an h1 with `title` is laid out. */
async function headingVisibleAt(page: Page, title: string): Promise<number> {
  const handle = await page.waitForFunction(
    (title) => {
      const heading = [...document.querySelectorAll('h1')].find((h) => h.textContent?.trim() === title);
      return heading && heading.getBoundingClientRect().height > 0 ? performance.now() : false;
    },
    title,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function firstVisit(browser: Browser, url: string, signedIn: boolean): Promise<Figures> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    if (signedIn) {
      // The session cookie is set in this fresh context; the visit itself starts with an empty cache.
      const response = await page.request.post(`${url}/api/auth/login`, { data: manager });
      if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', slowLine);
    const traffic = countTraffic(cdp);
    await page.goto(`${url}/`, { waitUntil: 'commit' });
    // A visitor's home is the public map page; a signed-in user's is My work.
    const headingMs = await headingVisibleAt(page, signedIn ? myWork.title : common.home.title);
    // Whatever the first view still fetches (the map, the API answers, the chunks the page asked for).
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    if (args.waterfall) {
      // When each file was asked for and arrived, for finding what holds the heading up.
      const entries = await page.evaluate(() =>
        [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
          const t = e as PerformanceResourceTiming;
          return `${t.startTime.toFixed(0).padStart(6)} → ${t.responseEnd.toFixed(0).padStart(6)} ms  ${String(t.encodedBodySize).padStart(7)} B  ${new URL(t.name).pathname}`;
        }),
      );
      log(entries.join('\n'));
    }
    return { jsCssBytes: traffic.jsCss, otherBytes: traffic.other, requests: traffic.requests, headingMs };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

log('Building the web app when stale…');
execFileSync(process.execPath, ['scripts/build-web-if-stale.mjs'], { stdio: 'inherit' });

await withTempDir(async (dir) => {
  const env = { DATA_DIR: dir, SEED_DEMO: 'true' };
  const created = await runCtb(['users', 'create', '--email', manager.email, '--role', 'programme-manager', '--password-stdin'], env, `${manager.password}\n`);
  if (created.code !== 0) throw new Error(created.stderr);
  const server = await startCtbServer(env);
  const browser = await launchBrowser();
  let missed = false;
  try {
    // One unthrottled visit first, so the server has warmed up (first queries, demo data loaded).
    await firstVisit(browser, server.url, false);
    console.log(`first visit of / at 2 Mbit/s, 300 ms latency, cache off; ${RUNS} runs (targets: JS+CSS ≤ ${TARGET_KB} KB, heading ≤ ${TARGET_MS} ms)`);
    for (const [who, signedIn] of [
      ['visitor', false],
      ['programme manager', true],
    ] as const) {
      const runs: Figures[] = [];
      for (let i = 0; i < RUNS; i++) {
        const figures = await firstVisit(browser, server.url, signedIn);
        runs.push(figures);
        log(
          `  ${who} run ${i + 1}: JS+CSS ${kb(figures.jsCssBytes)}, other ${kb(figures.otherBytes)}, ${figures.requests} requests, heading at ${figures.headingMs.toFixed(0)} ms`,
        );
      }
      const bytes = median(runs.map((r) => r.jsCssBytes));
      const ms = median(runs.map((r) => r.headingMs));
      const ok = bytes <= TARGET_KB * 1024 && ms <= TARGET_MS;
      missed ||= !ok;
      console.log(
        `${who.padEnd(18)} JS+CSS ${kb(bytes).padStart(9)}   other ${kb(median(runs.map((r) => r.otherBytes))).padStart(9)}   ` +
          `requests ${median(runs.map((r) => r.requests))}   heading ${ms.toFixed(0).padStart(5)} ms   ${ok ? 'within target' : 'MISSES TARGET'}`,
      );
    }
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
  if (missed) process.exitCode = 1;
});
