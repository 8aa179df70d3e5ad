// The IATI exchange at the scale: a generated 100-activity file of about 1 MB in the
// style of a German publisher (bench/generators/iati-file.ts), imported into the database (all or
// nothing, with the validator's findings for the preview) and exported again; prints the time of
// each step and the process's peak memory (target: ≤ 10 s, ≤ 500 MB).
// Memory is reported twice: the whole process, and what the import and export add to it. With
// embedded PGlite the process holds about 800 MB before anything is imported — the WebAssembly
// PostgreSQL's own memory (128 MB shared buffers, its file system bundle), the same for an empty
// database — so the target is met or not by the exchange's own share there; against PostgreSQL
// (DATABASE_URL) the whole process counts.
// Run: npm run bench:iati [-- activities] (embedded PGlite in a temporary directory;
// DATABASE_URL=postgres://… to measure against PostgreSQL — the database is used as it is).
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemActor } from '../src/server/actor';
import { openDatabase } from '../src/server/db/open-database';
import { exportIati } from '../src/server/features/projects/export-iati';
import { importIati } from '../src/server/features/projects/import-iati';
import { generateIatiFile } from './generators/iati-file';

const ACTIVITIES = Number(process.argv[2] ?? 100);
const reportingOrg = { ref: 'XE-EXAMPLE-CTB', type: '90', name: { original: 'en' as const, en: 'Cleantech Bridge' } };
const log = (...args: unknown[]) => console.error(...args);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/** CPU time of this process (user + system), less affected than wall time by a busy machine. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const sampler = setInterval(sample, 20);

const dir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'ctb-bench-iati-'));
const database = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: dir! });
try {
  await database.migrate();
  const xml = generateIatiFile(ACTIVITIES);
  log(`file: ${ACTIVITIES} activities, ${(Buffer.byteLength(xml) / 1024 / 1024).toFixed(2)} MB`);
  sample();
  const rssBefore = process.memoryUsage().rss;

  log(`memory before the import (RSS, with the database open): ${mb(rssBefore)}`);
  const c0 = cpu();
  const t0 = performance.now();
  const preview = await importIati(database.db, systemActor('bench'), xml, { dryRun: false, replace: false });
  const t1 = performance.now();
  const c1 = cpu();
  const exported = await exportIati(database.db, reportingOrg);
  const t2 = performance.now();
  const c2 = cpu();
  sample();

  log(
    `import (parse, map, validate with XSD + rulesets, write): ${seconds(t1 - t0)} — ${preview.projects.length} projects, ${preview.warnings.length} warnings, ${preview.findings.length} findings; CPU ${seconds(c1 - c0)}`,
  );
  log(
    `export (load, select, write XML): ${seconds(t2 - t1)} — ${exported.exported.length} exported, ${exported.leftOut.length} left out, ${(exported.xml.length / 1024 / 1024).toFixed(2)} MB; CPU ${seconds(c2 - c1)}`,
  );
  log(
    `import + export: ${seconds(t2 - t0)} wall, ${seconds(c2 - c0)} CPU (target ≤ 10 s); load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`,
  );
  log(`peak memory (RSS): ${mb(peak)}, ${mb(peak - rssBefore)} above the start (target ≤ 500 MB)`);
} finally {
  clearInterval(sampler);
  await database.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
