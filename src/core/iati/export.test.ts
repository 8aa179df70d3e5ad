import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { project004 } from '../../server/db/seed/data/project-004';
import { fullProject } from '../../../test/fixtures/iati/full-project';
import { IATI_ACTIVITIES_XSD, validateIatiXml } from '../../../test/fixtures/iati/xsd';
import { buildIatiActivities, exportIatiActivities, iatiExportBlockers } from './export';
import type { IatiExportOptions } from './export';
import { iatiRulesetFindings } from '../../server/iati/rulesets';
import { unpublishableParts } from './rules';
import { childrenNamed, serializeXml } from './xml';
import type { XmlElement } from './xml';
import type { Project } from '../projects/model';

const options: IatiExportOptions = {
  reportingOrg: { ref: 'XE-EXAMPLE-CTB', type: '90', name: { original: 'en', en: 'Cleantech Bridge (demo)', nl: 'Cleantech Bridge (demo)' } },
  generatedAt: '2026-01-01T00:00:00Z',
};
const TODAY = '2026-01-01';
const rulesetFindings = (root: XmlElement) => iatiRulesetFindings(serializeXml(root), TODAY);

const activities = (root: XmlElement): XmlElement[] => childrenNamed(root, 'iati-activity');
const first = (node: XmlElement, name: string): XmlElement => {
  const found = childrenNamed(node, name)[0];
  if (!found) throw new Error(`no ${name}`);
  return found;
};
const textOf = (node: XmlElement): string => node.children.filter((c) => typeof c === 'string').join('');

/** The iati-activity xsd:sequence, read from the vendored schema. */
function schemaOrder(): string[] {
  type XsdElement = { name?: string; ref?: string; 'xsd:complexType'?: { 'xsd:sequence'?: { 'xsd:element'?: XsdElement[] } } };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'xsd:element' });
  const schema = parser.parse(IATI_ACTIVITIES_XSD) as { 'xsd:schema': { 'xsd:element': XsdElement[] } };
  const activity = schema['xsd:schema']['xsd:element'].find((e) => e.name === 'iati-activity');
  return (activity?.['xsd:complexType']?.['xsd:sequence']?.['xsd:element'] ?? []).map((e) => e.name ?? e.ref ?? '');
}

describe('IATI export of project 004', () => {
  const xml = exportIatiActivities([project004], options);
  const root = buildIatiActivities([project004], options);

  it('validates against the official IATI 2.03 schema', async () => {
    expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });
  });

  it('writes iati-activity children in schema order', () => {
    const order = schemaOrder();
    expect(order.slice(0, 4)).toEqual(['iati-identifier', 'reporting-org', 'title', 'description']);
    for (const activity of activities(root)) {
      const positions = activity.children.map((c) => (typeof c === 'string' ? -1 : order.indexOf(c.name)));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('is a parent with three phase children linked both ways', () => {
    const [parent, ...children] = activities(root);
    if (!parent) throw new Error('no parent');
    expect(parent.attrs.hierarchy).toBe('1');
    expect(childrenNamed(parent, 'related-activity').map((r) => [r.attrs.ref, r.attrs.type])).toEqual([
      ['XE-EXAMPLE-CTB-004-P1', '2'],
      ['XE-EXAMPLE-CTB-004-P2', '2'],
      ['XE-EXAMPLE-CTB-004-P3', '2'],
    ]);
    expect(children.map((c) => [textOf(first(c, 'iati-identifier')), c.attrs.hierarchy, first(c, 'related-activity').attrs])).toEqual([
      ['XE-EXAMPLE-CTB-004-P1', '2', { ref: 'XE-EXAMPLE-CTB-004', type: '1' }],
      ['XE-EXAMPLE-CTB-004-P2', '2', { ref: 'XE-EXAMPLE-CTB-004', type: '1' }],
      ['XE-EXAMPLE-CTB-004-P3', '2', { ref: 'XE-EXAMPLE-CTB-004', type: '1' }],
    ]);
  });

  it('writes narratives in every language held, original first, with dates, sectors, marker and results', () => {
    const [parent, feasibility, development, implementation] = activities(root);
    if (!parent || !feasibility || !development || !implementation) throw new Error('activities');
    expect(childrenNamed(first(parent, 'title'), 'narrative').map((n) => n.attrs['xml:lang'])).toEqual(['en', 'nl', 'zh']);
    expect(childrenNamed(parent, 'sector').map((s) => s.attrs)).toEqual([
      { vocabulary: '1', code: '41010', percentage: '50' },
      { vocabulary: '1', code: '43030', percentage: '50' },
    ]);
    expect(first(parent, 'policy-marker').attrs).toEqual({ vocabulary: '1', code: '6', significance: '2' });
    expect(childrenNamed(parent, 'result').map((r) => r.attrs.type)).toEqual(['1', '1', '2', '2', '2', '2', '1']);
    expect(childrenNamed(parent, 'activity-date').map((d) => d.attrs)).toEqual([{ type: '1', 'iso-date': '2011-09-18' }]);
    // Feasibility: first dated activity; development: Q1 2012; implementation: after the last known day.
    expect(first(feasibility, 'activity-date').attrs['iso-date']).toBe('2011-09-18');
    expect(first(development, 'activity-date').attrs['iso-date']).toBe('2012-01-01');
    expect(first(implementation, 'activity-date').attrs['iso-date']).toBe('2012-04-01');
    expect(first(parent, 'activity-status').attrs.code).toBe('1');
  });

  it('breaks no IATI ruleset rule, and names what IATI cannot carry', () => {
    expect(rulesetFindings(root)).toEqual([]);
    expect(unpublishableParts(project004)).toEqual(['budget line p004-budget-total has no period (IATI budgets need one of at most a year)']);
  });

  it('refuses to publish a project without the start dates and participating organisation IATI requires', () => {
    expect(iatiExportBlockers(project004)).toEqual([]);
    const bare: Project = {
      ...fullProject(),
      dates: {},
      participations: [],
      phases: fullProject().phases.map((phase) => ({ ...phase, dates: undefined, activities: [] })),
    };
    const blockers = iatiExportBlockers(bare);
    expect(blockers.map((b) => b.path)).toEqual(['participations', 'dates.plannedStart', ...bare.phases.map((_, i) => `phases.${i}.dates.plannedStart`)]);
    // Without them the file would not validate: the blockers are exactly what the schema needs.
    expect(validateIatiXml(exportIatiActivities([bare], options))).not.toEqual([]);
  });

  it('uses only codes of the vendored official codelists', () => {
    const lists: Record<string, string> = {
      'activity-status/code': 'ActivityStatus',
      'activity-date/type': 'ActivityDateType',
      'participating-org/role': 'OrganisationRole',
      'participating-org/type': 'OrganisationType',
      'reporting-org/type': 'OrganisationType',
      'sector/code': 'Sector',
      'sector/vocabulary': 'SectorVocabulary',
      'policy-marker/code': 'PolicyMarker',
      'policy-marker/vocabulary': 'PolicyMarkerVocabulary',
      'policy-marker/significance': 'PolicySignificance',
      'related-activity/type': 'RelatedActivityType',
      'result/type': 'ResultType',
      'indicator/measure': 'IndicatorMeasure',
      'description/type': 'DescriptionType',
      'recipient-country/code': 'Country',
      'budget/type': 'BudgetType',
      'budget/status': 'BudgetStatus',
      'transaction-type/code': 'TransactionType',
      'value/currency': 'Currency',
      'category/code': 'DocumentCategory',
      'language/code': 'Language',
      'planned-disbursement/type': 'BudgetType',
      'iati-activity/default-currency': 'Currency',
      'narrative/xml:lang': 'Language',
      'iati-activity/xml:lang': 'Language',
    };
    const codes = (list: string): Set<string> =>
      new Set(
        [...readFileSync(new URL(`../../../vendor/iati/codelists/${list}.xml`, import.meta.url), 'utf8').matchAll(/<code>([^<]+)<\/code>/g)].map(
          (m) => m[1] ?? '',
        ),
      );
    const walk = (node: XmlElement): [string, string][] => [
      ...Object.entries(node.attrs).flatMap(([k, v]) =>
        v !== undefined && `${node.name}/${k}` in lists ? [[`${node.name}/${k}`, v] as [string, string]] : [],
      ),
      ...node.children.flatMap((c) => (typeof c === 'string' ? [] : walk(c))),
    ];
    const used = [...buildIatiActivities([project004, fullProject()], options).children].flatMap((c) => (typeof c === 'string' ? [] : walk(c)));
    expect(new Set(used.map(([key]) => key)).size).toBeGreaterThan(20);
    for (const [key, value] of used) expect(codes(lists[key] ?? ''), `${key}=${value}`).toContain(value);
  });
});

describe('IATI export of a project using every part', () => {
  const project = fullProject();
  const root = buildIatiActivities([project], options);
  const [parent, phase1, phase2, phase3] = activities(root);

  it('validates against the schema and breaks no rule', async () => {
    expect(await validateIatiXml(exportIatiActivities([project, project004], options))).toEqual({ valid: true, errors: [] });
    expect(rulesetFindings(root)).toEqual([]);
  });

  it('writes budgets, planned disbursements and transactions with currency and value date', () => {
    if (!parent) throw new Error('parent');
    expect(childrenNamed(parent, 'budget').map((b) => [b.attrs.status, first(b, 'value').attrs])).toEqual([
      ['2', { currency: 'EUR', 'value-date': '2024-01-01' }],
      ['1', { currency: 'CNY', 'value-date': '2025-01-01' }],
    ]);
    expect(childrenNamed(parent, 'planned-disbursement')).toHaveLength(1);
    expect(childrenNamed(parent, 'transaction').map((t) => [first(t, 'transaction-type').attrs.code, first(t, 'value').attrs])).toEqual([
      ['2', { currency: 'EUR', 'value-date': '2024-02-01' }],
      ['4', { currency: 'CNY', 'value-date': '2024-03-15' }],
    ]);
    expect(childrenNamed(parent, 'sector').map((s) => s.attrs.percentage)).toEqual(['34', '33', '33']);
  });

  it('writes quantitative values and leaves them out of qualitative indicators', () => {
    if (!parent) throw new Error('parent');
    const [quantitative, qualitative] = childrenNamed(parent, 'result').map((r) => first(r, 'indicator'));
    if (!quantitative || !qualitative) throw new Error('indicators');
    expect(first(quantitative, 'baseline').attrs).toEqual({ year: '2023', value: '0' });
    expect(first(first(quantitative, 'period'), 'actual').attrs).toEqual({ value: '4' });
    expect(first(first(qualitative, 'period'), 'target').attrs).toEqual({ value: undefined });
  });

  it('derives phase status from the gates', () => {
    expect([phase1, phase2, phase3].map((p) => p && first(p, 'activity-status').attrs.code)).toEqual(['4', '2', '1']);
  });
});

describe('exported text', () => {
  it('escapes markup characters', () => {
    const project = fullProject();
    project.title = { original: 'en', en: 'Heat & power <CHP> "pilot"' };
    const xml = exportIatiActivities([project], options);
    expect(xml).toContain('Heat &amp; power &lt;CHP&gt; "pilot"');
    const parsed = new XMLParser().parse(xml) as { 'iati-activities': { 'iati-activity': { title: { narrative: string } }[] } };
    expect(parsed['iati-activities']['iati-activity'][0]?.title.narrative).toBe('Heat & power <CHP> "pilot"');
  });
});
