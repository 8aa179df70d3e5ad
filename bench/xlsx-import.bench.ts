// Peak memory of reading a large XLSX for an import: generates a sheet of N rows (default
// 1,000,000, as in the issue, where reading it peaked at 1.5 GB) into a temporary file, then reads
// it with the import's streaming reader in a fresh process (so the generator's memory does not
// count), which stops at MAX_IMPORT_ROWS with a message. Prints the file size, what the reader
// said, its time and the reading process's peak RSS.
// Run: npm run bench:xlsx-import [-- rows]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { MAX_IMPORT_ROWS, parseXlsx, toXlsx } from '../src/server/features/imports/tabular';

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

if (process.argv[2] === '--read') {
  const file = readFileSync(process.argv[3]!);
  const baseline = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  let outcome: string;
  try {
    outcome = `read ${(await parseXlsx(file)).rows.length} rows`;
  } catch (error) {
    outcome = `refused: ${error instanceof Error ? error.message : String(error)}`;
  }
  console.log(
    `${outcome} in ${((performance.now() - t0) / 1000).toFixed(1)} s; peak RSS of the reading process ${mb(process.resourceUsage().maxRSS)} (${mb(baseline)} before reading)`,
  );
} else {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const table = {
    headers: ['id', 'name', 'type', 'country', 'description_en'],
    rows: Array.from({ length: rows }, (_, i) => [
      `org-${i}`,
      `Organisation ${i}`,
      'company',
      'BE',
      `Industrial wastewater treatment and sludge dewatering, site ${i}`,
    ]),
  };
  const dir = mkdtempSync(join(tmpdir(), 'ctb-xlsx-'));
  try {
    const path = join(dir, 'large.xlsx');
    const file = await toXlsx(table, 'organisations');
    writeFileSync(path, file);
    const read = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--read', path], { encoding: 'utf8' });
    console.log(
      `XLSX import read of ${rows.toLocaleString('en')} rows (${(file.length / 1024 / 1024).toFixed(1)} MB file, cap ${MAX_IMPORT_ROWS.toLocaleString('en')}): ${read.trim()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
