import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/** A sheet of text cells: the header row and the data rows. */
export type Table = { headers: string[]; rows: string[][] };
/** A parsed sheet also knows the spreadsheet row number (header = 1) of each data row. */
export type ParsedTable = Table & { rowNumbers: number[] };

/**
 * RFC 4180 CSV: comma or semicolon separated (whichever the header line uses more), quoted
 * fields with "" escapes and line breaks, CRLF or LF, a UTF-8 byte-order mark ignored.
 */
export function parseCsv(input: string): ParsedTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const numbered = records.map((r, i) => ({ r, n: i + 1 })).filter(({ r }) => r.some((c) => c.trim() !== ''));
  const [head, ...rest] = numbered;
  return { headers: (head?.r ?? []).map((h) => h.trim()), rows: rest.map((x) => x.r), rowNumbers: rest.map((x) => x.n) };
}

const quote = (v: string) => (/[",;\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

export function toCsv(table: Table): string {
  return [table.headers, ...table.rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
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
 * The first worksheet of an XLSX file as text cells. Read as a stream, yielding to the event loop
 * every few hundred rows, so a 20,000-row sheet does not hold up other requests.
 */
export async function parseXlsx(content: Buffer): Promise<ParsedTable> {
  const chunks = Array.from({ length: Math.ceil(content.length / 65_536) }, (_, i) => content.subarray(i * 65_536, (i + 1) * 65_536));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks), {
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
      for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c).value).trim());
      if (values.some((v) => v !== '')) {
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

/** Writes a sheet as a stream, yielding to the event loop every few hundred rows. */
export async function toXlsx(table: Table, sheetName: string): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (chunk: Buffer) => parts.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  header.commit();
  for (let i = 0; i < table.rows.length; i++) {
    sheet.addRow(table.rows[i]!).commit();
    if (i % 500 === 499) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(parts);
}
