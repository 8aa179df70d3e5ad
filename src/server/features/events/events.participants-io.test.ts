// The organiser's participant import (preview, then all or nothing), the export, and the outcome
// report after the event (PDF and XLSX, Chinese included).
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/pdf-text';
import { eventRegistrations, organisations, outbox } from '../../db/schema';
import { type Json, useEventsApp } from './events.test-api';

const { cast, call, ok } = useEventsApp();
// Slots already over, so that the report counts meetings as held.
const slots = [0, 1].map((i) => {
  const start = Date.UTC(2025, 4, 12, 9) + i * 30 * 60_000;
  return { id: `s${i + 1}`, start: new Date(start).toISOString(), end: new Date(start + 25 * 60_000).toISOString() };
});
const upload = (filename: string, content: string | Buffer) => ({ filename, contentBase64: Buffer.from(content).toString('base64') });
const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

async function xlsxRows(raw: Buffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(raw as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('participant import and export', () => {
  const db = () => cast.t.database.db;

  it('previews every problem by row and column and writes nothing', async () => {
    await ok('POST', '/api/events', cast.pm, { id: 'io', title: 'Hydrogen days', languages: ['en', 'zh'], slots, tables: 2 });
    await ok('PUT', '/api/events/io/public-registration', cast.pm, {
      open: false,
      capacity: 2,
      questions: [{ id: 'sector', text: 'Your sector', required: false }],
    });
    const file = csv([
      '姓名,中文姓名,电子邮件,机构,国家,参会方式,Your sector,状态',
      'Wang Wei,王伟,wang@example.cn,Shenzhen Water,CN,线上,water,已报名',
      'Li Na,,not-an-address,,CN,maybe,,',
      'Zhao Lei,,wang@example.cn,Zhao Ltd,,现场,,',
    ]);
    const preview = (await ok('POST', '/api/events/io/participant-imports/preview', cast.pm, upload('people.csv', file))).json();
    expect(preview.rows).toBe(3);
    expect(preview.ignoredColumns).toEqual(['状态']);
    expect(preview.questionColumns).toEqual({ sector: 'Your sector' });
    expect(preview.problems.map((p: Json) => [p.row, p.column, p.code])).toEqual([
      [3, '电子邮件', 'invalid_format'],
      [3, '参会方式', 'invalid_enum'],
      [3, '机构', 'required'],
      [4, '电子邮件', 'duplicate_in_file'],
    ]);
    expect(preview.participants).toMatchObject([{ row: 2, delegateName: 'Wang Wei 王伟', attendance: 'online', status: 'registered', organisationId: null }]);
    expect(await db().select().from(eventRegistrations).where(eq(eventRegistrations.eventId, 'io'))).toHaveLength(0);
    expect(await db().select().from(organisations).where(eq(organisations.name, 'Shenzhen Water'))).toHaveLength(0);
    // The import itself refuses the same file, and still writes nothing.
    const refused = await call('POST', '/api/events/io/participant-imports', cast.pm, upload('people.csv', file));
    expect(refused.status).toBe(409);
    expect(refused.json().error).toBe('import_has_problems');
    expect(await db().select().from(eventRegistrations).where(eq(eventRegistrations.eventId, 'io'))).toHaveLength(0);
  });

  it('imports every row: a new organisation once, an existing one reused, waitlisted beyond capacity', async () => {
    const existing = (await ok('GET', '/api/organisations?limit=1', cast.pm)).json().items[0] as Json;
    const file = csv([
      'name,name_zh,email,organisation,country,language,attendance,sector',
      'Wang Wei,王伟,wang@example.cn,Shenzhen Water,CN,zh,online,water',
      'Chen Jie,陈杰,chen@example.cn,SHENZHEN WATER,,中文,either,',
      `Anna de Vries,,anna@example.nl,${existing.name.toUpperCase()},,nl,on-site,`,
    ]);
    const preview = (await ok('POST', '/api/events/io/participant-imports/preview', cast.pm, upload('people.csv', file))).json();
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ registered: 2, waitlisted: 1, newOrganisations: 1, reusedOrganisations: 1 });
    const result = (await ok('POST', '/api/events/io/participant-imports', cast.pm, upload('people.csv', file))).json();
    expect(result).toMatchObject({ created: 3, registered: 2, waitlisted: 1 });

    const regs = (await ok('GET', '/api/events/io/registrations', cast.pm)).json().items as Json[];
    const byEmail = new Map(regs.map((r) => [r.delegateEmail, r]));
    expect(byEmail.get('wang@example.cn')).toMatchObject({
      delegateName: 'Wang Wei 王伟',
      status: 'registered',
      attendance: 'online',
      answers: { sector: 'water' },
    });
    expect(byEmail.get('chen@example.cn')!.organisationId).toBe(byEmail.get('wang@example.cn')!.organisationId);
    expect(byEmail.get('anna@example.nl')).toMatchObject({ organisationId: existing.id, status: 'waitlisted' });
    expect(await db().select().from(organisations).where(eq(organisations.name, 'Shenzhen Water'))).toHaveLength(1);
    const [mail] = await db().select().from(outbox).where(eq(outbox.to, 'wang@example.cn'));
    expect(mail!.text).toMatch(/\/events\/registration\/[A-Za-z0-9_-]{43}/);

    // Importing the same people again: each address is already registered.
    const again = (await ok('POST', '/api/events/io/participant-imports/preview', cast.pm, upload('people.csv', file))).json();
    expect(again.problems.map((p: Json) => p.code)).toEqual(['already_exists', 'already_exists', 'already_exists']);
  });

  it('keeps the file’s order: the list shows it and the waitlist is promoted in it', async () => {
    await ok('POST', '/api/events', cast.pm, { id: 'io-order', title: 'Order day', languages: ['en'], slots, tables: 2 });
    await ok('PUT', '/api/events/io-order/public-registration', cast.pm, { open: false, capacity: 1, questions: [] });
    const names = ['Zhu Yi', 'Alma Bakker', 'Moss Hu', 'Chen Er', 'Bo Lin', 'Yan Qi'];
    const file = csv(['name,email,organisation,country', ...names.map((n, i) => `${n},p${i}@example.cn,Order Org,CN`)]);
    await ok('POST', '/api/events/io-order/participant-imports', cast.pm, upload('order.csv', file));
    const listed = async () => ((await ok('GET', '/api/events/io-order/registrations', cast.pm)).json().items as Json[]).map((r) => [r.delegateName, r.status]);
    expect(await listed()).toEqual(names.map((n, i) => [n, i === 0 ? 'registered' : 'waitlisted']));

    // Two more places: the second and third rows of the file take them, not any two.
    await ok('PUT', '/api/events/io-order/public-registration', cast.pm, { open: false, capacity: 3, questions: [] });
    expect(await listed()).toEqual(names.map((n, i) => [n, i < 3 ? 'registered' : 'waitlisted']));
  });

  it('reuses an organisation imported before when a second file names it', async () => {
    await ok('POST', '/api/events', cast.pm, { id: 'io2', title: 'Second day', languages: ['en'], slots, tables: 2 });
    const file = csv(['name,email,organisation', 'Zhou Min,zhou@example.cn,shenzhen water']);
    const preview = (await ok('POST', '/api/events/io2/participant-imports/preview', cast.pm, upload('more.csv', file))).json();
    expect(preview.counts).toMatchObject({ newOrganisations: 0, reusedOrganisations: 1 });
    await ok('POST', '/api/events/io2/participant-imports', cast.pm, upload('more.csv', file));
    expect(await db().select().from(organisations).where(eq(organisations.name, 'Shenzhen Water'))).toHaveLength(1);
  });

  it('reads an XLSX file and exports the rows as CSV and XLSX, filtered by status, in the reader’s language', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('people');
    sheet.addRow(['Naam', 'E-mail', 'Organisatie', 'Land']);
    sheet.addRow(['Sun Li', 'sun@example.cn', 'Sun Solar', 'CN']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    expect((await ok('POST', '/api/events/io2/participant-imports', cast.pm, upload('people.xlsx', xlsx))).json().created).toBe(1);

    const exported = await ok('GET', '/api/events/io/participants.csv?lang=zh', cast.pm);
    expect(exported.headers['content-type']).toContain('text/csv');
    const lines = exported.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('姓名,电子邮件,机构');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes('wang@example.cn'))).toContain('Wang Wei 王伟');
    const waitlisted = await xlsxRows((await ok('GET', '/api/events/io/participants.xlsx?status=waitlisted&lang=nl', cast.pm)).raw);
    expect(waitlisted).toHaveLength(2);
    expect(waitlisted[0]).toContain('Naam');
    expect(waitlisted[1]).toContain('anna@example.nl');
    expect(waitlisted[1]).toContain('wachtlijst');
    // An export imports again (into another event): its status columns are left aside, and so is
    // the answer to a question this event does not ask.
    await ok('POST', '/api/events', cast.pm, { id: 'io3', title: 'Third day', languages: ['zh'], slots, tables: 2 });
    const back = (await ok('POST', '/api/events/io3/participant-imports/preview', cast.pm, upload('participants.csv', exported.body))).json();
    expect(back.problems).toEqual([]);
    expect(back.participants).toHaveLength(3);
    expect(back.ignoredColumns).toEqual(['状态', '已签到', '未到场', '报名日期', 'Your sector']);
  });
});

describe('outcome report', () => {
  it('counts registrations, attendance, meetings scheduled and held, requests and feedback, in Chinese', async () => {
    const regs = (await ok('GET', '/api/events/io/registrations', cast.pm)).json().items as Json[];
    const wang = regs.find((r) => r.delegateEmail === 'wang@example.cn')!;
    const chen = regs.find((r) => r.delegateEmail === 'chen@example.cn')!;
    const request = (await ok('POST', '/api/events/io/requests', cast.pm, { from: wang.id, to: [chen.id], priority: 'must-meet' })).json();
    await ok('POST', `/api/events/io/requests/${request.id}/response`, cast.pm, { registrationId: chen.id, answer: 'accept' });
    await ok('POST', '/api/events/io/schedule', cast.pm, { timeLimitSeconds: 2 });
    await ok('POST', `/api/events/io/registrations/${wang.id}/check-in`, cast.pm);
    await ok('POST', `/api/events/io/meetings/${request.id}/feedback`, cast.pm, { registrationId: wang.id, answer: 'follow-up-agreed' });
    await ok('POST', `/api/events/io/meetings/${request.id}/feedback`, cast.pm, { registrationId: chen.id, answer: 'follow-up-agreed' });

    const pdf = await ok('GET', '/api/events/io/outcome-report.pdf?lang=zh', cast.pm);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.raw)).replace(/\s+/g, ' ');
    expect(text).toContain('成果报告');
    expect(text).toContain('Hydrogen days');
    expect(text).toMatch(/已报名 2/);
    expect(text).toMatch(/候补 1/);
    expect(text).toMatch(/中国 2/);
    expect(text).toMatch(/已签到 1/);
    expect(text).toMatch(/已安排 1/);
    expect(text).toMatch(/已举行 1/);
    expect(text).toMatch(/线上 1/);
    expect(text).toMatch(/双方约定跟进 1/);

    const rows = await xlsxRows((await ok('GET', '/api/events/io/outcome-report.xlsx?lang=nl', cast.pm)).raw);
    expect(rows).toContainEqual(['Gehouden', 1]);
    expect(rows).toContainEqual(['Verstuurd', 1]);
    expect(rows).toContainEqual(['Geaccepteerd', 1]);
    expect(rows).toContainEqual(['Ingecheckt', 1]);
  });

  it('is for organisers only, as are the import and the export', async () => {
    expect((await call('GET', '/api/events/io/outcome-report.pdf', cast.memberA)).status).toBe(403);
    expect((await call('GET', '/api/events/io/participants.csv', cast.memberA)).status).toBe(403);
    expect((await call('POST', '/api/events/io/participant-imports/preview', cast.memberA, upload('x.csv', 'a'))).status).toBe(403);
  });
});
