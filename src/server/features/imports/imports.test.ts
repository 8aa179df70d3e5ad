import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, signInAsProgrammeManager } from '../../../../test/accounts';
import { buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { jobHandlers } from '../../app';
import { listAudit } from '../audit/audit.service';
import { drainJobs } from '../jobs/jobs.service';
import { parseCsv, parseXlsx, toCsv, toXlsx } from './tabular';

let t: TestApp;
let pm: AuthHeaders;
const drain = () => drainJobs(t.database.db, jobHandlers);
// The test's own regions, built under these ids (the files below name them): the home region of an
// imported organisation and the partner province of the imported opportunities.
const regions = { home: 'import-home-region', partner: 'import-partner-province' };

beforeAll(async () => {
  t = await createTestApp();
  pm = await signInAsProgrammeManager(t);
  await buildRegion(t, { id: regions.home, side: 'home', country: 'BE' });
  await buildRegion(t, { id: regions.partner });
  await drain();
}, 60_000);
afterAll(() => t.close());

const upload = async (kind: string, filename: string, content: Buffer | string, mapping?: Record<string, string>) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/imports',
    headers: pm,
    payload: { kind, filename, contentBase64: Buffer.from(content).toString('base64'), ...(mapping ? { mapping } : {}) },
  });
  expect(res.statusCode, res.body).toBe(202);
  await drain();
  return (await t.app.inject({ url: `/api/imports/${res.json().id}`, headers: pm })).json();
};
const commit = async (id: string) => {
  const res = await t.app.inject({ method: 'POST', url: `/api/imports/${id}/commit`, headers: pm });
  await drain();
  return res;
};
const countOrganisations = async () => (await t.app.inject({ url: '/api/organisations?pageSize=1', headers: pm })).json().total as number;

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('data');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('CSV parsing', () => {
  it('reads quotes, embedded separators and line breaks, CRLF, semicolons and a BOM, and writes it back', () => {
    const table = parseCsv(Buffer.from('\ufeffname;note\r\n"A; B";"say ""hi""\nthere"\r\nC;\r\n\r\n'));
    expect(table).toEqual({
      headers: ['name', 'note'],
      rows: [
        ['A; B', 'say "hi"\nthere'],
        ['C', ''],
      ],
      rowNumbers: [2, 3],
      encoding: 'utf-8',
    });
    const again = parseCsv(Buffer.from(toCsv(table)));
    expect(again.rows).toEqual(table.rows);
  });
});

describe('XLSX', () => {
  it('round-trips text cells, Chinese, quotes and empty cells through the streaming writer and reader', async () => {
    const table = {
      headers: ['id', 'name', 'note'],
      rows: [
        ['a', '含油污泥 "处理"', ''],
        ['b', 'Slib, olie; water', 'x'],
      ],
    };
    const back = await parseXlsx(await toXlsx(table, 'sheet'));
    expect(back.headers).toEqual(table.headers);
    expect(back.rows.map((r) => [r[0], r[1], r[2] ?? ''])).toEqual(table.rows);
    expect(back.rowNumbers).toEqual([2, 3]);
  });
});

describe('imports', () => {
  const header = 'id,name,type,country,homeRegionId,website,language,description_nl,description_en,sectors,size';
  const good1 = `slibtech,Slibtech,company,BE,${regions.home},https://slibtech.example,nl,Verwerking van olieslib en slibontwatering,,petrochemicals,small`;
  const good2 = 'waterlab,Waterlab,knowledge-institute,NL,,,en,,Industrial wastewater treatment research,,';
  const bad = 'badrow,Bad Row,cult,Belgium,atlantis,javascript:alert(1),nl,Iets,,,huge';

  it('previews every problem by row and column and writes nothing', async () => {
    const before = await countOrganisations();
    const preview = await upload('organisations', 'orgs.csv', [header, good1, bad, good2].join('\n'));
    expect(preview.state).toBe('has-problems');
    expect(preview.counts).toMatchObject({ rows: 3, rowsWithProblems: 1 });
    const at = (column: string) => preview.problems.filter((p: { row: number; column: string }) => p.row === 3 && p.column === column);
    for (const column of ['type', 'country', 'homeRegionId', 'website', 'size']) expect(at(column), column).toHaveLength(1);
    expect(at('homeRegionId')[0].message).toBe('region "atlantis" does not exist');
    // Each problem carries a code and params, so the web words it in the reader's language.
    expect(at('homeRegionId')[0]).toMatchObject({ code: 'unknown_reference', params: { value: 'atlantis' } });
    expect(at('type')[0]).toMatchObject({ code: 'invalid_enum', params: { allowed: expect.arrayContaining(['company']) } });
    expect(at('country')[0]).toMatchObject({ code: 'invalid_format' });
    expect(preview.problems.every((p: { row: number }) => p.row === 3)).toBe(true);
    expect(await countOrganisations()).toBe(before);
    const refused = await commit(preview.id);
    expect(refused.statusCode).toBe(409);
    expect(await countOrganisations()).toBe(before);
  });

  it('commits a clean file all at once, with profiles, and enqueues matching', async () => {
    const before = await countOrganisations();
    const preview = await upload('organisations', 'orgs.csv', [header, good1, good2].join('\n'));
    expect(preview.state, JSON.stringify(preview.problems)).toBe('ready');
    const res = await t.app.inject({ method: 'POST', url: `/api/imports/${preview.id}/commit`, headers: pm });
    expect(res.statusCode).toBe(202);
    expect(res.json().state).toBe('committing');
    await drain();
    const progress = (await t.app.inject({ url: `/api/imports/${preview.id}/progress`, headers: pm })).json();
    expect(progress).toMatchObject({ state: 'committed', created: 2, phase: 'done' });
    expect(await countOrganisations()).toBe(before + 2);
    const audit = await listAudit(t.database.db, { entityType: 'import', entityId: preview.id, page: 1, pageSize: 50 });
    expect(audit.items.map((e: { action: string }) => e.action).sort()).toEqual(['commit-requested', 'import']);
    expect((audit.items.find((e: { action: string }) => e.action === 'import')!.after as { ids: string[] }).ids).toEqual(['slibtech', 'waterlab']);
    const profile = (await t.app.inject({ url: '/api/organisations/slibtech/profile', headers: pm })).json();
    expect(profile).toMatchObject({ sectors: ['petrochemicals'], size: 'small' });
    // The same file again: every id now exists, so nothing is written.
    const again = await upload('organisations', 'orgs.csv', [header, good1, good2].join('\n'));
    expect(again.problems).toEqual([
      { row: 2, column: 'id', message: '"slibtech" already exists', code: 'already_exists', params: { id: 'slibtech' } },
      { row: 3, column: 'id', message: '"waterlab" already exists', code: 'already_exists', params: { id: 'waterlab' } },
    ]);
  });

  it('is all or nothing when the database changed between preview and commit', async () => {
    const before = await countOrganisations();
    const preview = await upload('organisations', 'late.csv', [header, 'late-a,Late A,company,BE,,,,,,,', 'late-b,Late B,company,BE,,,,,,,'].join('\n'));
    expect(preview.state).toBe('ready');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: pm,
      payload: { id: 'late-b', name: 'Late B', type: 'company', country: 'BE' },
    });
    expect(created.statusCode).toBe(201);
    await commit(preview.id);
    const after = (await t.app.inject({ url: `/api/imports/${preview.id}`, headers: pm })).json();
    expect(after.state).toBe('has-problems');
    expect(after.problems).toEqual([{ row: 3, column: 'id', message: '"late-b" already exists', code: 'already_exists', params: { id: 'late-b' } }]);
    expect(await countOrganisations()).toBe(before + 1); // only the one created through the API
    expect((await t.app.inject({ url: '/api/organisations/late-a', headers: pm })).statusCode).toBe(404);
  });

  it('gives an organisation without id one from its name, or a short random one for a Chinese name', async () => {
    const preview = await upload('organisations', 'names.csv', ['name,type,country', 'Eau Claire SA,company,FR', '深圳环保科技,company,CN'].join('\n'));
    expect(preview.state).toBe('ready');
    await commit(preview.id);
    expect((await t.app.inject({ url: '/api/organisations/eau-claire-sa', headers: pm })).statusCode).toBe(200);
    const found = (await t.app.inject({ url: `/api/organisations?q=${encodeURIComponent('深圳环保')}`, headers: pm })).json().items;
    expect(found[0].id).toMatch(/^org-[0-9a-f]{8}$/);
  });

  it('remembers the column mapping per set of headers, and offers it again for confirmation', async () => {
    const csv = ['Naam;Soort;Land;Omschrijving (NL)', 'Mapped BV;company;BE;Waterzuivering'].join('\n');
    const first = await upload('organisations', 'nl.csv', csv);
    expect(first.mappingReused).toBe(false);
    expect(first.mapping).toMatchObject({ name: 'Naam', type: 'Soort', country: 'Land' });
    expect(first.mapping.description_nl).toBeUndefined();
    const mapping = { ...first.mapping, description_nl: 'Omschrijving (NL)', language: 'Omschrijving (NL)' };
    delete mapping.language;
    const remapped = await t.app.inject({ method: 'PUT', url: `/api/imports/${first.id}/mapping`, headers: pm, payload: { mapping } });
    expect(remapped.statusCode).toBe(200);
    await drain();
    const second = await upload('organisations', 'nl-again.csv', csv);
    expect(second.mapping).toEqual(mapping);
    // Not applied silently: the preview says the mapping comes from an earlier file…
    expect(second.mappingReused).toBe(true);
    expect(second.state).toBe('ready');
    // …until the user confirms it (or changes it).
    const confirmed = await t.app.inject({ method: 'PUT', url: `/api/imports/${second.id}/mapping`, headers: pm, payload: { mapping } });
    expect(confirmed.json().mappingReused).toBe(false);
    const bad = await t.app.inject({ method: 'PUT', url: `/api/imports/${first.id}/mapping`, headers: pm, payload: { mapping: { name: 'Nope' } } });
    await drain();
    const checked = (await t.app.inject({ url: `/api/imports/${bad.json().id}`, headers: pm })).json();
    expect(checked.problems).toEqual(
      expect.arrayContaining([
        { row: 1, column: 'Nope', message: 'the file has no column "Nope"', code: 'missing_column', params: { column: 'Nope' } },
        { row: 1, column: 'type', message: 'no column is mapped to the required field "type"', code: 'unmapped_required', params: { field: 'type' } },
      ]),
    );
  });

  it('imports an XLSX of opportunities after fixing a bad row, matches it, and exports it back (round trip)', async () => {
    const head = ['id', 'regionId', 'language', 'title_zh', 'description_zh', 'themes'];
    const rows = [
      ['xlsx-sludge', regions.partner, 'zh', '含油污泥处理', '炼油厂含油污泥的脱水和热解吸', 'waste, water'],
      ['xlsx-bad', regions.partner, 'zh', '', '没有标题', 'weather'],
    ];
    const preview = await upload('opportunities', 'opps.xlsx', await xlsxOf([head, ...rows]));
    expect(preview.state).toBe('has-problems');
    expect(preview.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`).sort()).toEqual(['3:themes', '3:title_zh']);
    expect((await t.app.inject({ url: '/api/opportunities/xlsx-sludge', headers: pm })).statusCode).toBe(404);

    rows[1] = ['xlsx-fixed', regions.partner, 'zh', '氢能公交', '氢燃料电池公交车示范', 'hydrogen'];
    const fixed = await upload('opportunities', 'opps.xlsx', await xlsxOf([head, ...rows]));
    expect(fixed.state, JSON.stringify(fixed.problems)).toBe('ready');
    await commit(fixed.id);
    expect((await t.app.inject({ url: `/api/imports/${fixed.id}`, headers: pm })).json()).toMatchObject({ state: 'committed', counts: { created: 2 } });
    const matches = (await t.app.inject({ url: '/api/opportunities/xlsx-sludge/matches?lang=nl', headers: pm })).json().items;
    expect(matches[0]).toMatchObject({ organisationId: 'slibtech' });
    expect(matches[0].explanation.text).toMatch(/^Gedeelde concepten/);

    const exported = await t.app.inject({ url: '/api/exports/opportunities?format=xlsx', headers: pm });
    expect(exported.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const line = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'xlsx-sludge')!;
    const record = Object.fromEntries(headers.map((h, i) => [h, line.getCell(i + 1).value]));
    expect(record).toMatchObject({
      id: 'xlsx-sludge',
      regionId: regions.partner,
      language: 'zh',
      title_zh: '含油污泥处理',
      description_zh: '炼油厂含油污泥的脱水和热解吸',
      themes: 'waste, water',
      status: 'open',
    });
    // The export imports again as it is: the only problems are ids that now exist.
    const reimport = await upload('opportunities', 'export.xlsx', exported.rawPayload);
    expect(new Set(reimport.problems.map((p: { column: string; message: string }) => `${p.column}:${p.message.replace(/".*"/, 'x')}`))).toEqual(
      new Set(['id:x already exists']),
    );
  });

  it('exports organisations as CSV in the columns the import reads', async () => {
    const csv = await t.app.inject({ url: '/api/exports/organisations?format=csv', headers: pm });
    expect(csv.statusCode).toBe(200);
    const table = parseCsv(csv.rawPayload);
    expect(table.headers).toEqual(header.split(',').slice(0, 9).concat(['description_zh', 'visibility', 'sectors', 'languages', 'size']));
    expect(table.rows.find((r) => r[0] === 'slibtech')).toEqual([
      'slibtech',
      'Slibtech',
      'company',
      'BE',
      regions.home,
      'https://slibtech.example',
      'nl',
      'Verwerking van olieslib en slibontwatering',
      '',
      '',
      'public',
      'petrochemicals',
      '',
      'small',
    ]);
    expect((await t.app.inject({ url: '/api/exports/organisations' })).statusCode).toBe(401);
  });

  it('imports 20,000 rows in chunks, with progress', async () => {
    const before = await countOrganisations();
    const lines = [header];
    for (let i = 0; i < 20_000; i++) lines.push(`bulk-${i},Bulk ${i},company,BE,,,en,,Wastewater treatment and sludge dewatering number ${i},,`);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: pm,
      payload: { kind: 'organisations', filename: 'bulk.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') },
    });
    expect(res.statusCode).toBe(202);
    await drain();
    const preview = (await t.app.inject({ url: `/api/imports/${res.json().id}`, headers: pm })).json();
    expect(preview).toMatchObject({ state: 'ready', counts: { rows: 20_000, problems: 0 } });
    await commit(preview.id);
    const progress = (await t.app.inject({ url: `/api/imports/${preview.id}/progress`, headers: pm })).json();
    expect(progress).toMatchObject({ state: 'committed', created: 20_000, total: 20_000, done: 20_000 });
    expect(await countOrganisations()).toBe(before + 20_000);
  }, 600_000);
});
