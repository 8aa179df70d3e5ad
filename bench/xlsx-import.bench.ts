// Peak memory of reading a large XLSX for an import: generates a sheet of N rows (default
// 1,000,000, as in the issue, where it peaked at 1.5 GB), then reads it with the import's
// streaming reader, which stops at MAX_IMPORT_ROWS with a message. Prints the file size, what the
// reader said and the process's peak RSS (resource usage maxRSS), before and during the read.
// Run: npm run bench:xlsx-import [-- rows]
import { performance } from 'node:perf_hooks';
import { MAX_IMPORT_ROWS, parseXlsx, toXlsx } from '../src/server/features/imports/tabular';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

const table = {
  headers: ['id', 'name', 'type', 'country', 'description_en'],
  rows: Array.from({ length: ROWS }, (_, i) => [`org-${i}`, `Organisation ${i}`, 'company', 'BE', `Industrial wastewater treatment and sludge dewatering, site ${i}`]),
};
const file = await toXlsx(table, 'organisations');
table.rows.length = 0; // only the file stays in memory, as in the import job
global.gc?.();
const before = process.resourceUsage().maxRSS;
const t0 = performance.now();
let outcome: string;
try {
  const parsed = await parseXlsx(file);
  outcome = `read ${parsed.rows.length} rows`;
} catch (error) {
  outcome = `refused: ${error instanceof Error ? error.message : String(error)}`;
}
const ms = performance.now() - t0;
console.log(
  `XLSX import read of ${ROWS.toLocaleString('en')} rows (${(file.length / 1024 / 1024).toFixed(1)} MB file, cap ${MAX_IMPORT_ROWS.toLocaleString('en')}): ${outcome} in ${(ms / 1000).toFixed(1)} s; peak RSS ${mb(before)} after generating the file, ${mb(process.resourceUsage().maxRSS)} after reading`,
);
