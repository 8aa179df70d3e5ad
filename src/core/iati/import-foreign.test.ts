// The importer against files as other publishers write them (test/fixtures/iati-foreign/): each
// file states what it exercises; each test states what the importer must make of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateIatiXml } from '../../../test/fixtures/iati/xsd';
import { projectSchema } from '../projects/model';
import { exportIatiActivities } from './export';
import { importIatiActivities, XmlSyntaxError } from './import';
import type { IatiImportResult } from './import';
import { decodeXmlFile } from './xml-decode';
import { readXml } from './xml-read';
import type { XmlNode } from './xml-read';

const bytes = (name: string): Buffer => readFileSync(new URL(`../../../test/fixtures/iati-foreign/${name}`, import.meta.url));
const reportingOrg = { ref: 'XE-EXAMPLE-CTB', type: '90', name: { original: 'en' as const, en: 'Cleantech Bridge (demo)' } };

/** Each warning as "line:column message", the way a user reads them. */
const listed = (result: IatiImportResult): string[] => result.warnings.map((w) => `${w.line}:${w.column} ${w.message}`);

/** What every import must guarantee: valid projects and every warning located. */
function expectSound(result: IatiImportResult): IatiImportResult {
  for (const project of result.projects) expect(projectSchema.safeParse(project).error?.issues).toBeUndefined();
  for (const w of result.warnings)
    expect(w).toMatchObject({ line: expect.any(Number), column: expect.any(Number), path: expect.stringMatching(/^\/iati-activities\[1\]/) });
  return result;
}
const importFile = (name: string): IatiImportResult => expectSound(importIatiActivities(decodeXmlFile(bytes(name))));

describe('IATI 1.0x files', () => {
  it('v1-03-donor.xml: names for codes, dates as text, no default-currency, a budget without period-start', () => {
    const result = importFile('v1-03-donor.xml');
    const [project] = result.projects;
    expect(result.projects).toHaveLength(1);
    expect(project).toMatchObject({
      iatiIdentifier: 'XE-EXAMPLE-MIN-2011-044',
      reportingOrg: { ref: 'XE-EXAMPLE-MIN', type: '10' },
      title: { original: 'en', en: 'Sustainable urban water and energy, Shenzhen' },
      status: 2,
      dates: { plannedStart: '2011-09-01', actualStart: '2011-09-18' },
      themes: ['energy-efficiency'],
      currency: 'EUR',
      location: { countryCode: 'CN' },
    });
    expect(project?.organisations.map((o) => [o.name.en, o.iatiType])).toEqual([
      ['Example Ministry of Infrastructure', '10'],
      ['Example University of Technology', '80'],
      ['Example Agency', undefined],
    ]);
    expect(project?.participations.map((p) => p.role)).toEqual([1, 4, 3]);
    // The receiver named by ref is the implementing university named without one.
    expect(project?.organisations.find((o) => o.iatiRef === 'XE-EXAMPLE-UNI')?.id).toBe(project?.participations[1]?.organisationId);
    expect(project?.budgetLines.map((b) => [b.value.amount, b.period?.start])).toEqual([[75000, '2011-09-01']]);
    // Every transaction type is held (incoming funds "IF" too), the IATI type beside the kind.
    expect(project?.transactions.map((t) => [t.kind, project.iati?.transactions?.[t.id]?.type, t.date, t.value.amount, t.value.currency])).toEqual([
      ['spent', '1', '2011-09-01', 150000, 'EUR'],
      ['committed', '2', '2011-09-15', 120000, 'EUR'],
      ['spent', '3', '2011-11-30', 40000, 'EUR'],
      ['spent', '4', '2012-01-15', 2500, 'EUR'],
    ]);
    expect(project?.phases.map((p) => [p.id, p.name.en, p.gate.status])).toEqual([['XE-EXAMPLE-MIN-2011-044-01', 'Feasibility study', 'pending']]);
    expect(listed(result)).toEqual(
      expect.arrayContaining([
        '4:1 IATI version 1.03: read as 2.03 with 1.x codes translated',
        '5:3 no default-currency: project currency read as EUR',
        '6:5 organisation type "Government" (IATI 1.x) read as code 10',
        '8:5 text outside a narrative (IATI 1.x) read as a narrative',
        '11:5 organisation type "Academic, Training and Research" (IATI 1.x) read as code 80',
        '14:5 date "2011-09-01" read from the text, not from iso-date (IATI 1.x)',
        '16:5 date "31/12/2012" is not a valid yyyy-mm-dd date: skipped',
        '18:5 sector vocabulary "DAC" (IATI 1.x) read as 1',
        '19:5 sector vocabulary "DAC-3" (IATI 1.x) read as 2',
        '20:5 budget without period-start: skipped',
        '27:7 value without currency and no default-currency: read as EUR (guessed)',
        '30:7 transaction type "IF" (IATI 1.x) read as code 1',
        '35:7 transaction type "C" (IATI 1.x) read as code 2',
        '38:7 receiver-org "XE-EXAMPLE-UNI" taken to be the organisation of the same name named before without identifier',
        '41:7 transaction type "D" (IATI 1.x) read as code 3',
        '50:5 transaction without transaction-date: skipped',
        '60:5 activity-status "Completion" (IATI 1.x) read as code 3',
      ]),
    );
  });

  it('v1-05-crlf.xml: Windows line endings keep lines right; v1 letters QP and E', () => {
    const result = importFile('v1-05-crlf.xml');
    expect(result.projects.map((p) => [p.status, p.themes, p.transactions.map((t) => [t.kind, t.value.amount])])).toEqual([
      [
        3,
        ['renewable-energy'],
        [
          ['spent', 500],
          ['spent', 12000.5],
        ],
      ],
    ]);
    expect(result.projects[0]?.title.en).toBe('Biogas for rural schools\nin Sichuan');
    expect(listed(result)).toEqual(
      expect.arrayContaining([
        '3:1 IATI version 1.05: read as 2.03 with 1.x codes translated',
        '17:7 transaction type "QP" (IATI 1.x) read as code 8',
        '25:7 text outside a narrative (IATI 1.x) read as a narrative',
      ]),
    );
  });
});

describe('IATI 2.0x files', () => {
  it('v2-two-publishers.xml: two publishers, a phase, an orphan child, links to unknown activities', () => {
    const result = importFile('v2-two-publishers.xml');
    expect(result.projects.map((p) => [p.iatiIdentifier, p.reportingOrg?.ref, p.currency, p.phases.map((ph) => [ph.id, ph.gate.status])])).toEqual([
      ['XE-EXAMPLE-CITY-2017-12', 'XE-EXAMPLE-CITY', 'EUR', [['XE-EXAMPLE-CITY-2017-12-A', 'go']]],
      ['XE-EXAMPLE-BANK-77-3', 'XE-EXAMPLE-BANK', 'CNY', []],
    ]);
    expect(result.projects[1]?.title).toEqual({
      original: 'en',
      en: 'Building energy efficiency, component 3',
      other: { fr: 'Efficacité énergétique des bâtiments' },
    });
    expect(result.projects[1]?.iati?.relatedActivities).toEqual(
      [
        { ref: 'XE-EXAMPLE-BANK-77', type: '1' },
        { ref: 'XE-EXAMPLE-OTHER-9', type: '3' },
        { ref: 'XE-EXAMPLE-NOWHERE-1', type: '5' },
      ].filter((r) => result.projects[1]?.iati?.relatedActivities?.some((k) => k.ref === r.ref)),
    );
    expect(result.projects[1]?.transactions.map((t) => t.value)).toEqual([{ amount: 1000000, currency: 'CNY' }]);
    // Related activities and French narratives are kept now; sector percentages too (the
    // validator, not the import, reports a split that is not 100 %).
    expect(listed(result)).toEqual([
      '44:5 gate go inferred from activity-status 4 (who decided, when and why are not in IATI)',
      '47:3 parent activity XE-EXAMPLE-BANK-77 is not in this file: imported as a project',
    ]);
  });

  it('extensions.xml: namespaced elements and activity attributes are reported, those inside known elements ignored', () => {
    const result = importFile('extensions.xml');
    expect(result.projects[0]?.transactions.map((t) => [t.id, t.value.amount])).toEqual([['TX-1', 25000]]);
    expect(listed(result)).toEqual([
      '5:3 attribute usg:fiscal-year kept verbatim: written back on export',
      '5:3 attribute ex:source kept verbatim: written back on export',
      '5:3 attribute humanitarian kept verbatim: written back on export',
      '17:5 usg:treasury-account kept verbatim (not in the project model): written back on export',
      '31:5 ex:internal-note kept verbatim (not in the project model): written back on export',
    ]);
  });

  it('languages.xml: odd xml:lang values, empty elements, a very long description', () => {
    const result = importFile('languages.xml');
    const [project] = result.projects;
    expect(project?.iatiIdentifier).toBe('XE-EXAMPLE-LANG-1');
    expect(project?.title).toEqual({ original: 'en', en: 'Low-carbon industrial parks', zh: '低碳工业园区', nl: 'Koolstofarme industrieparken' });
    expect(project?.purpose.en?.length).toBeGreaterThan(30_000);
    expect(project?.purpose.zh).toBe('低碳工业园区的长描述');
    // A document link in a language the model does not hold is kept whole, verbatim.
    expect(project?.documents).toEqual([]);
    expect(project?.iati?.verbatim?.map((v) => v.name)).toEqual(['description', 'document-link']);
    expect(listed(result)).toEqual(
      expect.arrayContaining([
        '10:7 xml:lang "en-GB" read as "en"',
        '11:7 xml:lang "zh-CN" read as "zh"',
        '12:7 xml:lang "nl_NL" read as "nl"',
        '13:7 second "en" narrative skipped',
        '17:7 xml:lang "chi" read as "zh"',
        '18:7 narrative language "xx" is not an ISO 639-1 code: skipped',
        '24:5 participating-org without identifier or name: skipped',
        '25:5 no usable activity-status: read as 2 (implementation)',
        '26:5 date "" is not a valid yyyy-mm-dd date: skipped',
        '28:5 sector without code: skipped',
        '29:5 budget without period-start: skipped',
        '30:5 transaction without transaction-type: skipped',
        '31:5 result type "" is not a known code: skipped',
        '32:5 document-link kept verbatim (it says more than a project document holds): written back on export',
      ]),
    );
  });

  it('results.xml: missing baselines, periods without an end or ending before they start, percentages under 100', () => {
    const result = importFile('results.xml');
    const results = result.projects[0]?.results ?? [];
    expect(results.map((r) => [r.type, r.indicators.map((i) => [i.measure, i.baseline, i.periods.map((p) => [p.start, p.end, p.target?.value])])])).toEqual([
      [
        'output',
        [
          ['unit', undefined, [['2020-01-01', '2020-12-31', 40]]],
          ['percentage', undefined, []],
        ],
      ],
      ['outcome', [['qualitative', { year: 2019, value: undefined, comment: { original: 'en', en: 'No policy' } }, [['2020-01-01', '2021-12-31', undefined]]]]],
    ]);
    expect(listed(result)).toEqual([
      '13:5 attribute aggregation-status of result kept verbatim: written back on export',
      '23:9 period without period-end: skipped',
      '30:9 baseline year "" is not a year: baseline skipped',
      '31:9 period ends (2021-01-01) before it starts (2021-12-31): skipped',
      '42:9 value of a qualitative indicator skipped (IATI rule 8.x.3)',
      '42:9 attribute iso-date of baseline kept verbatim: written back on export',
      '46:11 value of a qualitative indicator skipped (IATI rule 8.x.3)',
      '50:5 result without a usable indicator: skipped',
    ]);
  });

  it('money.xml: several currencies, value-dates, negative corrections, a duplicate ref', () => {
    const result = importFile('money.xml');
    const [project] = result.projects;
    expect(project?.budgetLines.map((b) => b.value)).toEqual([{ amount: 1000000, currency: 'CNY' }]);
    expect(project?.iati?.verbatim?.map((v) => v.name)).toEqual(['budget', 'transaction', 'transaction']);
    expect(project?.transactions.map((t) => [t.id, t.kind, t.value.amount, t.value.currency])).toEqual([
      ['XE-EXAMPLE-MON-1-planned-1', 'planned', 20000, 'EUR'],
      ['T-1', 'committed', 50000, 'EUR'],
      ['T-2', 'committed', 350000, 'CNY'],
      ['T-3', 'spent', -12000.75, 'CNY'],
      ['XE-EXAMPLE-MON-1-transaction-6', 'spent', 2500, 'EUR'],
    ]);
    expect(listed(result)).toEqual([
      '15:5 budget kept verbatim (its currency is not held): written back on export',
      '18:7 currency "USD" is not held (only EUR and CNY amounts are)',
      '37:7 currency "cny" read as "CNY"',
      '39:5 transaction kept verbatim (its currency is not held): written back on export',
      '42:7 currency "GBP" is not held (only EUR and CNY amounts are)',
      '44:5 transaction kept verbatim (its currency is not held): written back on export',
      '47:7 currency "EURO" is not an ISO 4217 code',
      '49:5 transaction ref "T-1" is not unique: a generated id is used',
    ]);
  });

  it('unknown-codes.xml: every unknown code is skipped or defaulted, and said so', () => {
    const result = importFile('unknown-codes.xml');
    const [project] = result.projects;
    expect(project).toMatchObject({ status: 2, currency: 'EUR', themes: [], transactions: [], documents: [], results: [], reportingOrg: undefined });
    expect(project?.budgetLines.map((b) => [b.value, b.status])).toEqual([[{ amount: 10, currency: 'EUR' }, 'indicative']]);
    expect(listed(result)).toEqual(
      expect.arrayContaining([
        '4:3 default-currency "XYZ" is not EUR or CNY: project currency read as EUR, values in XYZ kept verbatim',
        '6:5 organisation type "99" is not a known code: skipped',
        '9:5 participating-org role "9" is not a known code: skipped',
        '11:5 activity-status "7" is not a known code: skipped',
        '12:5 activity-date type "9" is not a known code: skipped',
        '13:5 recipient-country "ZZ" is not a known code: skipped',
        '17:5 budget status "3" is not a known code: read as indicative',
        '23:7 transaction type "99" is not a known code: skipped',
        '27:5 document-link without a known category: skipped',
        '31:5 result type "7" is not a known code: skipped',
        '33:7 indicator measure "9" is not a known code: read as qualitative',
      ]),
    );
  });
});

describe('encodings', () => {
  const expected = { original: 'nl', nl: 'Samenwerking café-afval en énergie', zh: '咖啡渣与能源合作' };

  it.each(['bom-utf8.xml', 'utf16le-bom.xml', 'utf16be-bom.xml'])('%s is decoded and imported without warnings', (name) => {
    const result = importFile(name);
    expect(result.warnings).toEqual([]);
    expect(result.projects.map((p) => p.title)).toEqual([expected]);
  });

  it('latin1.xml: an 8-bit encoding named in the declaration is decoded as declared', () => {
    expect(importFile('latin1.xml').projects.map((p) => p.title)).toEqual([{ original: 'nl', nl: expected.nl }]);
  });

  it('refuses UTF-16 text read as UTF-8, and bytes invalid in their encoding, naming line and column', () => {
    const utf16AsUtf8 = bytes('utf16le-bom.xml').toString('utf8');
    expect(() => importIatiActivities(utf16AsUtf8)).toThrow(/^malformed XML at line 1, column 4: NUL character: the text is not UTF-8/);
    const broken = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<a>caf'), Buffer.from([0xe9]), Buffer.from('</a>')]);
    expect(() => decodeXmlFile(broken)).toThrow(new XmlSyntaxError('bytes that are not valid utf-8; save the file as UTF-8', 2, 7, 'unreadable file'));
    expect(() => decodeXmlFile(Buffer.from('<?xml version="1.0" encoding="X-UNKNOWN-7"?><a/>'))).toThrow(
      /^unreadable file at line 1, column 1: encoding "X-UNKNOWN-7" is not supported/,
    );
  });

  it('reads UTF-8 bytes whose declaration claims UTF-16 as UTF-8', () => {
    expect(decodeXmlFile(Buffer.from('<?xml version="1.0" encoding="UTF-16"?><a>中</a>'))).toBe('<?xml version="1.0" encoding="UTF-16"?><a>中</a>');
  });
});

describe('refusals', () => {
  it('organisations.xml: an organisation file is refused as a whole, naming its root element', () => {
    expect(() => importFile('organisations.xml')).toThrow(
      new XmlSyntaxError(
        'the root element is iati-organisations (an IATI organisation file: it describes publishers, not activities); an iati-activities file is needed',
        3,
        1,
        'not an IATI activity file',
      ),
    );
  });
});

describe('re-export', () => {
  // Only files whose activities have what IATI 2.03 requires (a participating-org, an activity-date):
  // the exporter cannot invent those for the others.
  it.each(['v1-03-donor.xml', 'extensions.xml'])('%s imported from 1.x or with extensions re-exports as valid IATI 2.03', async (name) => {
    const xml = exportIatiActivities(importFile(name).projects, { reportingOrg, generatedAt: '2026-01-01T00:00:00Z' });
    expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });
  });
});

describe('values the project model would refuse', () => {
  const activity = (body: string): string => `<iati-activities version="2.03">
    <iati-activity xml:lang="en" default-currency="EUR"><iati-identifier>XE-EXAMPLE-P</iati-identifier>
      <title><narrative>P</narrative></title><activity-status code="2"/>${body}</iati-activity>
    <iati-activity xml:lang="en"><iati-identifier>XE-EXAMPLE-P-transaction-1</iati-identifier><title><narrative>Phase</narrative></title>
      <related-activity type="1" ref="XE-EXAMPLE-P"/></iati-activity></iati-activities>`;

  it('a child activity named like a generated id keeps its identifier; the generated id moves aside', () => {
    const result = expectSound(
      importIatiActivities(
        activity(`<transaction><transaction-type code="2"/><transaction-date iso-date="2020-01-01"/>
      <value>5</value></transaction><transaction ref="XE-EXAMPLE-P-transaction-1"><transaction-type code="4"/>
      <transaction-date iso-date="2020-02-01"/><value>6</value></transaction>`),
      ),
    );
    const [project] = result.projects;
    expect(project?.phases.map((p) => p.id)).toEqual(['XE-EXAMPLE-P-transaction-1']);
    expect(project?.transactions.map((t) => t.id)).toEqual(['XE-EXAMPLE-P-transaction-1-2', 'XE-EXAMPLE-P-transaction-2']);
    expect(listed(result)).toContain('4:37 transaction ref "XE-EXAMPLE-P-transaction-1" is not unique: a generated id is used');
  });

  it('a document link that is not an http(s) address keeps the document without the link', () => {
    const result = expectSound(
      importIatiActivities(
        activity(`<document-link url="javascript:alert(1)" format="">
      <title><narrative>Report</narrative></title><category code="A01"/></document-link>`),
      ),
    );
    expect(result.projects[0]?.documents).toMatchObject([{ title: { en: 'Report' }, url: undefined, format: undefined }]);
    expect(listed(result)).toContain('3:73 document url "javascript:alert(1)" is not an http(s) address: skipped');
  });

  it('a number too large for a double is skipped, not stored as Infinity', () => {
    const result = expectSound(
      importIatiActivities(
        activity(`<transaction><transaction-type code="2"/><transaction-date iso-date="2020-01-01"/>
      <value>${'9'.repeat(400)}</value></transaction>`),
      ),
    );
    expect(result.projects[0]?.transactions).toEqual([]);
  });
});

describe('a large file', () => {
  it('imports 500 activities (time logged, not asserted)', () => {
    const activity = (i: number): string => `<iati-activity xml:lang="en" default-currency="EUR">
      <iati-identifier>XE-EXAMPLE-BULK-${i}</iati-identifier>
      <reporting-org ref="XE-EXAMPLE-BULK" type="10"><narrative>Bulk publisher</narrative></reporting-org>
      <title><narrative>Activity ${i}</narrative><narrative xml:lang="zh">活动 ${i}</narrative></title>
      <description><narrative>Description ${i}</narrative></description>
      <participating-org ref="XE-EXAMPLE-BULK" role="1" type="10"><narrative>Bulk publisher</narrative></participating-org>
      <activity-status code="2"/><activity-date type="1" iso-date="2020-01-01"/><recipient-country code="CN"/>
      <sector vocabulary="1" code="23183"/>
      <budget><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">${i * 100}</value></budget>
      ${Array.from({ length: 5 }, (_, t) => `<transaction><transaction-type code="${t % 2 ? 2 : 4}"/><transaction-date iso-date="2020-0${t + 1}-01"/><value value-date="2020-0${t + 1}-01">${t + 1}</value></transaction>`).join('')}
      </iati-activity>`;
    const xml = `<iati-activities version="2.03">${Array.from({ length: 500 }, (_, i) => activity(i)).join('\n')}</iati-activities>`;
    const started = performance.now();
    const result = importIatiActivities(xml);
    const elapsed = performance.now() - started;
    console.info(`IATI import of 500 activities (${(xml.length / 1024).toFixed(0)} KiB): ${elapsed.toFixed(0)} ms`);
    expect(result.projects).toHaveLength(500);
    expect(result.warnings).toEqual([]);
    expect(result.projects.every((p) => projectSchema.safeParse(p).success)).toBe(true);
  });
});

describe('result detail the model does not hold', () => {
  it('keeps references, document links, locations, dimensions, more baselines and targets, and writes them back in place', async () => {
    const published = readFileSync(new URL('../../../test/fixtures/iati-foreign/result-detail.xml', import.meta.url), 'utf8');
    const result = expectSound(importIatiActivities(published));
    const exported = exportIatiActivities(result.projects, {
      reportingOrg: { ref: 'XE-EXAMPLE', type: '10', name: { original: 'en', en: 'Example Agency' } },
      generatedAt: '2025-01-01T00:00:00Z',
    });
    expect(await validateIatiXml(exported)).toEqual({ valid: true, errors: [] });
    // The result element comes back as published: same elements, attributes and texts, same order.
    const resultOf = (xml: string) => JSON.stringify(outline(readXml(xml)[0]!.children[0]!.children.find((c) => c.name === 'result')!));
    expect(resultOf(exported)).toBe(resultOf(published));
    expect(result.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'attribute aggregation-status, document-link, reference of result kept verbatim: written back on export',
        'attribute iso-date, location, dimension of baseline kept verbatim: written back on export',
      ]),
    );
  });
});

/** An element as names, attributes (but xml:lang, which the exporter may add) and texts, in order. */
function outline(node: XmlNode): unknown {
  const attrs = Object.fromEntries(
    Object.entries(node.attrs)
      .filter(([k]) => k !== 'xml:lang')
      .sort(),
  );
  return [node.name, attrs, node.text, node.children.map(outline)];
}
