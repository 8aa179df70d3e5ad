import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, signInAsProgrammeManager } from '../../../../test/accounts';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { jobHandlers } from '../../app';
import { drainJobs } from '../jobs/jobs.service';
import { MAX_IMPORT_ROWS, parseCsv } from './tabular';

let t: TestApp;
let pm: AuthHeaders;
const drain = () => drainJobs(t.database.db, jobHandlers);

beforeAll(async () => {
  t = await createTestApp();
  pm = await signInAsProgrammeManager(t, 'sheets@example.org');
  await drain();
}, 60_000);
afterAll(() => t.close());

const upload = async (filename: string, content: Buffer) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/imports',
    headers: pm,
    payload: { kind: 'organisations', filename, contentBase64: content.toString('base64') },
  });
  expect(res.statusCode, res.body).toBe(202);
  await drain().catch(() => undefined);
  return (await t.app.inject({ url: `/api/imports/${res.json().id}`, headers: pm })).json();
};
const commit = async (id: string) => {
  await t.app.inject({ method: 'POST', url: `/api/imports/${id}/commit`, headers: pm });
  await drain();
  return (await t.app.inject({ url: `/api/imports/${id}`, headers: pm })).json();
};
const nameOf = async (id: string) => (await t.app.inject({ url: `/api/organisations/${id}`, headers: pm })).json().name as string;

const chinese = 'id,name,type,country\r\nsz-water,深圳市水务集团有限公司,company,CN\r\ncq-env,重庆环保产业股份有限公司,company,CN\r\n';

describe('CSV encodings on import', () => {
  it.each([
    ['GB18030 (Chinese Excel)', 'gb18030', false, 'gb18030'],
    ['UTF-16 LE with BOM', 'utf-16le', true, 'utf-16le'],
    ['UTF-16 BE with BOM', 'utf-16be', true, 'utf-16be'],
    ['UTF-8 with BOM', 'utf-8', true, 'utf-8'],
  ] as const)('reads Chinese organisation names from %s', async (_, encoding, bom, detected) => {
    const bytes = iconv.encode(chinese.replaceAll('sz-water', `sz-${encoding}`).replaceAll('cq-env', `cq-${encoding}`), encoding, { addBOM: bom });
    expect(parseCsv(bytes).encoding).toBe(detected);
    const preview = await upload(`${encoding}.csv`, bytes);
    expect(preview.state, JSON.stringify(preview)).toBe('ready');
    expect((await commit(preview.id)).state).toBe('committed');
    expect(await nameOf(`sz-${encoding}`)).toBe('深圳市水务集团有限公司');
    expect(await nameOf(`cq-${encoding}`)).toBe('重庆环保产业股份有限公司');
  });

  it('reads Windows-1252 (Western Excel) accents', () => {
    const bytes = iconv.encode('id,name,type,country\r\nsg,Société Générale Énergie,company,FR\r\n', 'windows-1252');
    const table = parseCsv(bytes);
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows[0]![1]).toBe('Société Générale Énergie');
  });
});

describe('imports never hang', () => {
  it('reports a NUL in a cell as a problem of its row and column, and the import does not stick', async () => {
    const preview = await upload('nul.csv', Buffer.from('id,name,type,country\r\nok-1,Fine,company,BE\r\nnul-1,Bad\u0000Name,company,BE\r\n'));
    expect(preview.state).toBe('has-problems');
    expect(preview.problems).toContainEqual({
      row: 3,
      column: 'name',
      message: expect.stringMatching(/cannot be stored \(a NUL byte U\+0000/),
      code: 'unstorable',
    });
  });

  it('ends a file beyond the row cap in failed, with the reason', async () => {
    const lines = ['id,name,type,country'];
    for (let i = 0; i <= MAX_IMPORT_ROWS; i++) lines.push(`many-${i},Many ${i},company,BE`);
    const preview = await upload('many.csv', Buffer.from(lines.join('\n')));
    expect(preview.state).toBe('failed');
    expect(preview.error).toMatch(/more than 50,000 data rows; split it/);
  }, 120_000);

  it('ends an unreadable file in failed, with the reason', async () => {
    const preview = await upload('broken.xlsx', Buffer.from('this is not a zip file at all'));
    expect(preview.state).toBe('failed');
    expect(preview.error).toBeTruthy();
  });
});

describe('exports for spreadsheets', () => {
  it('writes CSV as UTF-8 with a BOM, and formula-looking cells as text, in CSV and XLSX', async () => {
    for (const [id, name] of [
      ['formula', '=1+1'],
      ['cmd', '@SUM(1)'],
      ['zh-name', '深圳水务'],
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/organisations', headers: pm, payload: { id, name, type: 'company', country: 'CN' } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const csv = await t.app.inject({ url: '/api/exports/organisations?format=csv', headers: pm });
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.body).toContain("formula,'=1+1,company");
    expect(csv.body).toContain("cmd,'@SUM(1),company");
    expect(csv.body).toContain('zh-name,深圳水务,company');
    // Imported again, the apostrophe goes: the name is the original one.
    expect(parseCsv(csv.rawPayload).rows.find((r) => r[0] === 'formula')![1]).toBe('=1+1');

    const xlsx = await t.app.inject({ url: '/api/exports/organisations?format=xlsx', headers: pm });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const row = book.worksheets[0]!.getRows(2, book.worksheets[0]!.rowCount - 1)!.find((r) => r.getCell(1).value === 'formula')!;
    expect(row.getCell(2).value).toBe("'=1+1");
    expect(row.getCell(2).formula).toBeUndefined();
  });

  it('escapes formula-looking cells in the matches board export too', async () => {
    const csv = await t.app.inject({ url: '/api/matches?format=csv', headers: pm });
    expect(csv.statusCode).toBe(200);
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
