// The pages users open most, at fixed request rates, against real `ctb serve` processes filled by
// `ctb demo generate`: one instance on the embedded database (PGlite), then two instances on
// PostgreSQL behind nginx (when nginx and a PostgreSQL server are there). Loopback only; every
// run is bounded by --duration. Prints p50/p95/p99, errors and each server's RSS at start and end.
// Run: npm run bench:load [-- --duration 60 --organisations 100000 --only pglite|postgres]
// (--pglite-data DIR: start from a copy of a data directory filled before by `ctb demo generate`
// with the same figures, instead of generating it again: 100,000 organisations take 10–15 min.)
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { connectAdmin } from '../test/global-setup';
import { type ServerProcess, exited, runCtb, startCtbServer } from '../test/ctb-process';
import { nginxInstalled, startNginx } from '../test/nginx';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '600' },
    organisations: { type: 'string', default: '100000' },
    opportunities: { type: 'string', default: '500' },
    only: { type: 'string' },
    'pglite-data': { type: 'string' },
    'pglite-rate': { type: 'string', default: '200' },
    'postgres-rate': { type: 'string', default: '1000' },
  },
});
const DURATION = Number(args.duration);
const ORGANISATIONS = Number(args.organisations);
const OPPORTUNITIES = Number(args.opportunities);
const log = (line: string) => process.stderr.write(`${line}\n`);
const manager = { email: 'load.manager@example.org', password: 'load manager password' };

/** Resident memory of a process in MB (Linux). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
}

async function generate(env: Record<string, string>) {
  log(`  ctb demo generate --organisations ${ORGANISATIONS} --opportunities ${OPPORTUNITIES} --events 2 …`);
  const started = Date.now();
  const generated = await runCtb(
    ['demo', 'generate', '--organisations', String(ORGANISATIONS), '--opportunities', String(OPPORTUNITIES), '--events', '2'],
    env,
  );
  if (generated.code !== 0) throw new Error(generated.stderr);
  log(`  generated and matched in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function createManager(env: Record<string, string>) {
  const created = await runCtb(['users', 'create', '--email', manager.email, '--role', 'programme-manager', '--password-stdin'], env, `${manager.password}\n`);
  if (created.code !== 0) throw new Error(created.stderr);
}

type Request = { method: 'GET'; path: string; headers?: Record<string, string> };

/** The mix: what visitors open, and what a signed-in programme manager opens besides. */
async function mixes(base: string) {
  const visitor: Request[] = [
    '/',
    '/api/regions/hebei',
    '/api/opportunities?regionId=hebei',
    '/api/opportunities?q=afvalwater',
    '/api/opportunities?q=wastewater',
    '/api/opportunities?q=污水处理',
    '/api/organisations',
    '/api/organisations?q=Company%201',
    '/api/events',
    // Encoded as a browser sends it: raw UTF-8 in a request line is refused (400).
  ].map((path) => ({ method: 'GET', path: encodeURI(path) }));
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(manager) });
  if (!login.ok) throw new Error(`sign-in: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const registrations = (await (await fetch(`${base}/api/events/demo-event-1-0/registrations`, { headers: { cookie } })).json()) as { items: { id: string }[] };
  const agenda = `/api/events/demo-event-1-0/registrations/${registrations.items[0]!.id}/agenda`;
  const managerPaths = [
    ...visitor.map((r) => r.path),
    '/api/opportunities/demo-opp-0/matches?lang=nl',
    '/api/opportunities/demo-opp-1/matches?lang=en',
    '/api/opportunities/demo-opp-2/matches?lang=zh',
    '/api/matches?status=suggested',
    '/api/projects/p004',
    agenda,
  ];
  return { visitor, manager: managerPaths.map((path): Request => ({ method: 'GET', path, headers: { cookie } })) };
}

type Row = { setup: string; who: string; target: number; achieved: number; p50: number; p95: number; p99: number; errors: number; rss: string };

async function measure(setup: string, who: string, base: string, requests: Request[], rate: number, pids: number[]): Promise<Row> {
  const rssStart = pids.map(rssMb);
  const times: number[] = [];
  log(`  ${who}: ${rate} requests/s for ${DURATION} s …`);
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon({ url: base, connections: 20, overallRate: rate, duration: DURATION, requests, timeout: 10 }, (error, r) =>
      error ? fail(error) : done(r),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round((times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? NaN) * 10) / 10;
  const rss = pids.map((pid, i) => `${rssStart[i]} → ${rssMb(pid)}`).join(', ');
  return {
    setup,
    who,
    target: rate,
    achieved: Math.round(result.requests.total / DURATION),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: result.errors + result.timeouts + result.non2xx,
    rss,
  };
}

async function stopAll(servers: ServerProcess[]) {
  for (const server of servers) {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
}

async function pgliteRun(): Promise<Row[]> {
  log('PGlite, one instance');
  const dir = mkdtempSync(join(tmpdir(), 'ctb-load-'));
  const env = { DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn' };
  try {
    if (args['pglite-data']) {
      log(`  copying ${args['pglite-data']} …`);
      cpSync(args['pglite-data'], env.DATA_DIR, { recursive: true });
    } else await generate(env);
    await createManager(env);
    const server = await startCtbServer(env);
    try {
      const mix = await mixes(server.url);
      const rate = Number(args['pglite-rate']);
      return [
        await measure('PGlite, 1 instance', 'visitor', server.url, mix.visitor, rate, [server.child.pid!]),
        await measure('PGlite, 1 instance', 'manager', server.url, mix.manager, rate, [server.child.pid!]),
      ];
    } finally {
      await stopAll([server]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresRun(): Promise<Row[]> {
  const baseUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!nginxInstalled()) {
    log('PostgreSQL, two instances: skipped (nginx is not installed)');
    return [];
  }
  const name = `ctb_load_${process.pid}`;
  const admin = await connectAdmin(baseUrl);
  try {
    await admin.query(`create database ${name}`);
  } catch (error) {
    log(`PostgreSQL, two instances: skipped (${(error as Error).message})`);
    await admin.end();
    return [];
  }
  log('PostgreSQL, two instances behind nginx');
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString(), LOG_LEVEL: 'warn', TRUST_PROXY: '127.0.0.1' };
  const servers: ServerProcess[] = [];
  try {
    await generate(env);
    await createManager(env);
    servers.push(await startCtbServer(env), await startCtbServer(env));
    const nginx = await startNginx(servers.map((s) => new URL(s.url).host.replace('localhost', '127.0.0.1')));
    try {
      const mix = await mixes(nginx.url);
      const rate = Number(args['postgres-rate']);
      const pids = servers.map((s) => s.child.pid!);
      return [
        await measure('PostgreSQL, 2 instances + nginx', 'visitor', nginx.url, mix.visitor, rate, pids),
        await measure('PostgreSQL, 2 instances + nginx', 'manager', nginx.url, mix.manager, Math.round(rate / 5), pids),
      ];
    } finally {
      await nginx.stop();
    }
  } finally {
    await stopAll(servers);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const rows = [...(args.only !== 'postgres' ? await pgliteRun() : []), ...(args.only !== 'pglite' ? await postgresRun() : [])];
console.log(`# Load: ${ORGANISATIONS.toLocaleString('en')} organisations, ${OPPORTUNITIES} opportunities, ${DURATION} s per row`);
console.log('');
console.log('| set-up | who | target req/s | achieved req/s | p50 ms | p95 ms | p99 ms | errors | RSS MB start → end |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.setup} | ${r.who} | ${r.target} | ${r.achieved} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.rss} |`);
