import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project004 } from '../../server/db/seed/data/project-004';
import { fullProject } from '../../../test/fixtures/iati/full-project';
import { validateIatiXml } from '../../../test/fixtures/iati/xsd';
import { exportIatiActivities } from './export';
import type { IatiExportOptions } from './export';
import { importIatiActivities, XmlSyntaxError } from './import';
import { projectSchema } from '../projects/model';

const options: IatiExportOptions = {
  reportingOrg: { ref: 'XE-EXAMPLE-CTB', type: '90', name: { original: 'en', en: 'Cleantech Bridge (demo)' } },
  generatedAt: '2026-01-01T00:00:00Z',
};
const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/iati/${name}`, import.meta.url), 'utf8');

describe('round trip export → import → export', () => {
  it('gives the same XML for project 004, without warnings', () => {
    const first = exportIatiActivities([project004], options);
    const imported = importIatiActivities(first);
    expect(imported.warnings).toEqual([]);
    expect(imported.projects).toHaveLength(1);
    expect(imported.projects[0]?.phases.map((p) => p.name.en)).toEqual(['Feasibility phase', 'Development phase', 'Implementation phase']);
    expect(exportIatiActivities(imported.projects, options)).toBe(first);
  });

  it('gives the same XML for a project using every exported part', () => {
    const first = exportIatiActivities([fullProject(), project004], options);
    const imported = importIatiActivities(first);
    expect(exportIatiActivities(imported.projects, options)).toBe(first);
    for (const project of imported.projects) expect(projectSchema.safeParse(project).success).toBe(true);
    // What IATI cannot carry is reported, not silently dropped.
    expect(imported.warnings.map((w) => w.message)).toEqual(['gate go inferred from activity-status 4 (who decided, when and why are not in IATI)']);
  });
});

describe('import of a foreign, messy file', () => {
  const { projects, warnings } = importIatiActivities(fixture('foreign-activities.xml'));
  const messages = warnings.map((w) => w.message);

  it('imports the meaningful content of both publishers', () => {
    expect(projects.map((p) => [p.iatiIdentifier, p.reportingOrg?.ref])).toEqual([
      ['XE-EXAMPLE-PROV-2019-01', 'XE-EXAMPLE-PROV'],
      ['XE-EXAMPLE-CITY-88', 'XE-EXAMPLE-CITY'],
    ]);
    const [province, city] = projects;
    expect(province?.title).toEqual({
      original: 'en',
      en: 'Waste-to-energy cooperation Chengdu',
      zh: '成都垃圾焚烧发电合作',
      other: { fr: 'Coopération valorisation énergétique des déchets' },
    });
    expect(province?.status).toBe(2);
    expect(province?.dates).toEqual({ plannedStart: '2019-03-01', actualStart: '2019-04-15' });
    expect(province?.themes).toEqual(['waste-management']);
    expect(province?.location).toEqual({ countryCode: 'CN' });
    expect(province?.participations.map((p) => p.role)).toEqual([1, 4]);
    expect(province?.transactions.map((t) => [t.kind, province.iati?.transactions?.[t.id]?.type, t.value.amount])).toEqual([
      ['committed', '2', 40000],
      ['spent', '1', 40000],
    ]);
    expect(province?.budgetLines.map((b) => b.value)).toEqual([{ amount: 40000, currency: 'EUR' }]);
    expect(province?.phases.map((p) => [p.id, p.gate.status, p.name.nl])).toEqual([['XE-EXAMPLE-PROV-2019-01-A', 'go', 'Verkenning']]);
    expect(province?.results[0]?.indicators[0]?.periods[0]).toMatchObject({ target: { value: 5 }, actual: { value: 3 } });
    expect(city?.title).toEqual({ original: 'en', en: 'Energy efficiency in public buildings' });
    expect(city?.currency).toBe('CNY');
    expect(city?.transactions).toMatchObject([{ kind: 'planned', value: { amount: 200000, currency: 'CNY' } }]);
    for (const project of projects) expect(projectSchema.safeParse(project).success).toBe(true);
  });

  it('reports every skipped or guessed value with its location, in file order', () => {
    expect(warnings.every((w) => w.path.startsWith('/iati-activities[1]/') && w.line !== undefined && w.column !== undefined)).toBe(true);
    expect(warnings.map((w) => w.line)).toEqual([...warnings.map((w) => w.line)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(warnings).toContainEqual({
      message: 'activity-status "Implementation" (IATI 1.x) read as code 2',
      path: '/iati-activities[1]/iati-activity[1]/activity-status[1]',
      line: 34,
      column: 5,
    });
    expect(warnings).toContainEqual({
      message: 'xml:lang "en-GB" read as "en"',
      path: '/iati-activities[1]/iati-activity[1]/title[1]/narrative[1]',
      line: 14,
      column: 7,
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'attribute acme:internal-id kept verbatim: written back on export',
        'participating-org role "Funding" (IATI 1.x) read as code 1',
        'participating-org role "7" is not a known code: skipped',
        'organisation type "99" is not a known code: skipped',
        'activity-date type "start-planned" (IATI 1.x) read as code 1',
        'date "2019-02-30" is not a valid yyyy-mm-dd date: skipped',
        'contact-info kept verbatim (not in the project model): written back on export',
        'acme:project-code kept verbatim (not in the project model): written back on export',
        'country code "cn" read as "CN"',
        'sector vocabulary "DAC" (IATI 1.x) read as 1',
        'currency "USD" is not held (only EUR and CNY amounts are)',
        'transaction type "C" (IATI 1.x) read as code 2',
        'value "1,500" is not a number: skipped',
        'result type "output" (IATI 1.x) read as code 1',
        'text outside a narrative (IATI 1.x) read as a narrative',
        'xml:lang "zh-Hans" read as "zh"',
        'activity-status "8" is not a known code: skipped',
        "participating-org differs from the parent activity's: phases share the project's, skipped",
      ]),
    );
  });

  it('re-exports what it imported as valid IATI', async () => {
    expect(await validateIatiXml(exportIatiActivities(projects, options))).toEqual({ valid: true, errors: [] });
  });
});

describe('refusals and robustness', () => {
  it('refuses malformed XML naming line and column', () => {
    const attempt = (): unknown => importIatiActivities(fixture('malformed.xml'));
    expect(attempt).toThrow(XmlSyntaxError);
    expect(attempt).toThrow(/line 5, column 29/);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ line: 5, column: 29 });
    }
  });

  it('refuses an empty file', () => {
    expect(() => importIatiActivities('')).toThrow(/line 1, column 1/);
  });

  it('refuses well-formed XML that is not an IATI activity file, naming its root element', () => {
    expect(() => importIatiActivities('<html><body/></html>')).toThrow(
      new XmlSyntaxError('the root element is html; an iati-activities file is needed', 1, 1, 'not an IATI activity file'),
    );
  });

  it('decodes character references and imports an orphan phase as a project of its own', () => {
    const { projects, warnings } = importIatiActivities(`<iati-activities version="2.03">
      <iati-activity xml:lang="nl" default-currency="EUR"><iati-identifier>XE-EXAMPLE-A-2</iati-identifier>
        <reporting-org ref="XE-EXAMPLE-A" type="10"><narrative>A</narrative></reporting-org>
        <title><narrative>Caf&#233; &amp; co &#x4E2D;</narrative></title><description><narrative>x</narrative></description>
        <activity-status code="2"/><related-activity type="1" ref="XE-EXAMPLE-A-1"/></iati-activity></iati-activities>`);
    expect(projects.map((p) => p.title)).toEqual([{ original: 'nl', nl: 'Café & co 中' }]);
    expect(warnings.map((w) => w.message)).toEqual(['parent activity XE-EXAMPLE-A-1 is not in this file: imported as a project']);
  });

  it('keeps two levels: a child of a phase becomes a project of its own', () => {
    const activity = (id: string, parent?: string): string => `<iati-activity xml:lang="en"><iati-identifier>${id}</iati-identifier>
      <title><narrative>${id}</narrative></title><description><narrative>d</narrative></description><activity-status code="2"/>
      ${parent ? `<related-activity type="1" ref="${parent}"/>` : ''}</iati-activity>`;
    const { projects, warnings } = importIatiActivities(
      `<iati-activities version="2.03">${activity('XE-EXAMPLE-P')}${activity('XE-EXAMPLE-C', 'XE-EXAMPLE-P')}${activity('XE-EXAMPLE-G', 'XE-EXAMPLE-C')}</iati-activities>`,
    );
    expect(projects.map((p) => [p.id, p.phases.map((ph) => ph.id)])).toEqual([
      ['XE-EXAMPLE-P', ['XE-EXAMPLE-C']],
      ['XE-EXAMPLE-G', []],
    ]);
    expect(warnings.map((w) => w.message)).toContain('child of XE-EXAMPLE-C, itself a child activity: imported as a project');
  });

  it('never throws on odd content in a well-formed file', () => {
    const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const value = fc.oneof(fc.string(), fc.constantFrom('', '1', '2', '99', 'EN', 'zh-CN', '2011-13-45', '-3.5', 'NaN', 'C'));
    fc.assert(
      fc.property(fc.array(value, { minLength: 8, maxLength: 8 }), (raw) => {
        const [a = '', b = '', c = '', d = '', e = '', f = '', g = '', h = ''] = raw.map(escape);
        const xml = `<iati-activities version="${a}"><iati-activity xml:lang="${b}" default-currency="${c}">
          <iati-identifier>${d}</iati-identifier><title><narrative xml:lang="${e}">${f}</narrative></title>
          <activity-status code="${g}"/><activity-date type="${h}" iso-date="${a}"/><sector vocabulary="${b}" code="${g}"/>
          <budget status="${c}"><period-start iso-date="${d}"/><period-end iso-date="${e}"/><value currency="${f}">${g}</value></budget>
          <transaction ref="${g}"><transaction-type code="${h}"/><transaction-date iso-date="${a}"/><value>${b}</value></transaction>
          <transaction ref="${g}"><transaction-type code="2"/><transaction-date iso-date="2020-01-01"/><value>${b}</value></transaction>
          <result type="${c}"><title>${d}</title><indicator measure="${e}"><title/><baseline year="${f}" value="${g}"/></indicator></result>
          <related-activity type="1" ref="${d}"/></iati-activity>
          <iati-activity><iati-identifier>${d}</iati-identifier><related-activity type="2" ref="${e}"/></iati-activity>
          <iati-activity><iati-identifier>${e}</iati-identifier><related-activity type="1" ref="${d}"/></iati-activity></iati-activities>`;
        try {
          const result = importIatiActivities(xml);
          for (const project of result.projects) expect(projectSchema.safeParse(project).success).toBe(true);
        } catch (error) {
          // An activity without identifier (none derivable) refuses the file: the one refusal allowed.
          if (!(error instanceof XmlSyntaxError && error.message.startsWith('activity without identifier'))) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
