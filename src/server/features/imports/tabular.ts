import { PassThrough, Readable } from 'node:stream';
import { parse as parseCsvText } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../documents/lazy-libraries';
import { formulaSafe, fromFormulaSafe } from './spreadsheet-safety';
import { type TextEncoding, decodeText } from './text-encoding';

/** A sheet of text cells: the header row and the data rows. */
export type Table = { headers: string[]; rows: string[][] };
/** A parsed sheet also knows the spreadsheet row number (header = 1) of each data row. */
export type ParsedTable = Table & { rowNumbers: number[] };

/**
 * The most data rows an import reads. Beyond it the import fails with a message at once, before
 * the whole sheet is in memory (a 1M-row XLSX used to take 1.5 GB); split such a file.
 */
export const MAX_IMPORT_ROWS = 50_000;

/** A file the import refuses as a whole (too many rows, unreadable); the message says why. */
export class UnreadableFile extends Error {}

const tooManyRows = () => new UnreadableFile(`the file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} data rows; split it into smaller files`);

/**
 * CSV in any encoding decodeText recognises, comma or semicolon separated (whichever the header
 * line uses more), RFC 4180 quoting (csv-parse), CRLF or LF. Row numbers count records, the
 * header being row 1, as a spreadsheet shows them.
 */
export function parseCsv(content: Buffer): ParsedTable & { encoding: TextEncoding } {
  const { text, encoding } = decodeText(content);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parseCsvText(text, { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: false, to: MAX_IMPORT_ROWS + 2 });
  } catch (error) {
    throw new UnreadableFile(`the CSV file cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const numbered = records.map((r, i) => ({ r: r.map(fromFormulaSafe), n: i + 1 })).filter(({ r }) => r.some((c) => c.trim() !== ''));
  const [head, ...rest] = numbered;
  if (rest.length > MAX_IMPORT_ROWS) throw tooManyRows();
  return { headers: (head?.r ?? []).map((h) => h.trim()), rows: rest.map((x) => x.r), rowNumbers: rest.map((x) => x.n), encoding };
}

/** UTF-8 with a byte-order mark (so Excel shows Chinese as Chinese), CRLF, formula-looking cells made text. */
export function toCsv(table: Table): string {
  const safe = [table.headers, ...table.rows].map((r) => r.map(formulaSafe));
  return `\ufeff${stringifyCsv(safe, { record_delimiter: 'windows' })}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * The first worksheet of an XLSX file as text cells. Read as a stream (ExcelJS WorkbookReader),
 * yielding to the event loop every few hundred rows, so a 20,000-row sheet does not hold up other
 * requests; stops with a message beyond MAX_IMPORT_ROWS, before the rest is read.
 */
export async function parseXlsx(content: Buffer): Promise<ParsedTable> {
  const chunks = Array.from({ length: Math.ceil(content.length / 65_536) }, (_, i) => content.subarray(i * 65_536, (i + 1) * 65_536));
  const reader = new (await loadExcel()).stream.xlsx.WorkbookReader(Readable.from(chunks), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  const records: string[][] = [];
  const numbers: number[] = [];
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) values.push(fromFormulaSafe(cellText(row.getCell(c).value).trim()));
      if (values.some((v) => v !== '')) {
        if (records.length > MAX_IMPORT_ROWS) throw tooManyRows();
        records.push(values);
        numbers.push(row.number);
      }
      if (row.number % 500 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    break; // the first worksheet only
  }
  const [headers = [], ...rows] = records;
  return { headers, rows, rowNumbers: numbers.slice(1) };
}

/** Writes a sheet as a stream, yielding to the event loop every few hundred rows; formula-looking text made text. */
export async function toXlsx(table: Table, sheetName: string): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (chunk: Buffer) => parts.push(chunk));
  const workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(table.headers.map(formulaSafe));
  header.font = { bold: true };
  header.commit();
  for (let i = 0; i < table.rows.length; i++) {
    sheet.addRow(table.rows[i]!.map(formulaSafe)).commit();
    if (i % 500 === 499) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(parts);
}
