// The IATI Standard rulesets, interpreted from the vendored standard.json, on files and on what
// our exporter writes.
import { describe, expect, it } from 'vitest';
import { buildIatiActivities } from '../../core/iati/export';
import type { IatiExportOptions } from '../../core/iati/export';
import { el, serializeXml } from '../../core/iati/xml';
import type { XmlElement } from '../../core/iati/xml';
import type { Project } from '../../core/projects/model';
import { fullProject } from '../../../test/fixtures/iati/full-project';
import { PUBLISHER_FILES, readPublisherFile } from '../../../test/fixtures/iati-publishers/facts';
import { iatiRulesetFindings } from './rulesets';
import { validateIatiFile } from './validate-file';

const TODAY = '2026-01-01';
const options: IatiExportOptions = {
  reportingOrg: { ref: 'XE-EXAMPLE-CTB', type: '90', name: { original: 'en', en: 'Cleantech Bridge (demo)' } },
  generatedAt: '2026-01-01T00:00:00Z',
};
const errorIds = (xml: string, today = TODAY): string[] =>
  iatiRulesetFindings(xml, today)
    .filter((f) => f.severity === 'error')
    .map((f) => f.rule);

describe('the IATI rulesets on a file', () => {
  it('lists each breach by line, activity, element and rule, with the ruleset message', async () => {
    const findings = await validateIatiFile(readPublisherFile('ruleset-errors.xml'), TODAY);
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.rule}:${f.activity ?? ''}:${f.element}`)).toEqual([
      '11:11.1.2:XE-EXAMPLE-RULES-1:activity-date',
      '12:codelist:Country:XE-EXAMPLE-RULES-1:recipient-country',
      '13:2.1.2:XE-EXAMPLE-RULES-1:sector',
      '15:7.5.3:XE-EXAMPLE-RULES-1:budget',
      '21:codelist:TransactionType:XE-EXAMPLE-RULES-1:transaction-type',
    ]);
    const sum = findings.find((f) => f.rule === '2.1.2');
    expect(sum?.message).toBe('Percentage values for sectors, within a vocabulary (e.g. 1 - OECD DAC), must add up to 100%. (the sum is 90)');
    expect(findings.find((f) => f.rule === '11.1.2')?.message).toContain('(2024-06-01 > 2023-12-31)');
  });

  it.each(PUBLISHER_FILES)('finds no error in %s', (name) => {
    expect(errorIds(readPublisherFile(name))).toEqual([]);
  });

  it('runs the rules of organisation files, and looped rules per vocabulary', () => {
    const organisation = `<iati-organisations version="2.03"><iati-organisation last-updated-datetime="2030-01-01T00:00:00Z">
      <organisation-identifier> NL-KVK-12</organisation-identifier><reporting-org ref="NL-KVK-12" type="10"/>
      <total-budget><period-start iso-date="2024-01-01"/><period-end iso-date="2023-01-01"/><value currency="EUR">1</value></total-budget>
    </iati-organisation></iati-organisations>`;
    expect(
      iatiRulesetFindings(organisation, TODAY)
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['1.12.1', '11.4.1', '8.6.3']);
    const sectors = (s: string) => `<iati-activities version="2.03"><iati-activity xml:lang="en" default-currency="EUR">
      <iati-identifier>NL-KVK-12-A</iati-identifier><reporting-org ref="NL-KVK-12" type="10"/>
      <activity-date type="1" iso-date="2024-01-01"/><recipient-country code="CN"/>${s}</iati-activity></iati-activities>`;
    // Vocabulary 2 is summed on its own; vocabulary 1 is present, so no 102.1.1 warning.
    expect(
      errorIds(
        sectors('<sector vocabulary="1" code="41010"/><sector vocabulary="2" code="410" percentage="50"/><sector vocabulary="2" code="430" percentage="40"/>'),
      ),
    ).toEqual(['2.1.2']);
    expect(
      errorIds(
        sectors('<sector vocabulary="1" code="41010"/><sector vocabulary="2" code="410" percentage="50"/><sector vocabulary="2" code="430" percentage="50"/>'),
      ),
    ).toEqual([]);
  });
});

describe('the IATI rulesets on what the exporter writes', () => {
  const broken = (mutate: (p: Project) => void): Project => {
    const p = fullProject();
    mutate(p);
    return p;
  };
  const ruleIds = (project: Project, today = TODAY): string[] =>
    iatiRulesetFindings(serializeXml(buildIatiActivities([project], options)), today).map((f) => f.rule);

  it('flags identifiers, dates, budgets, sectors and indicator values', () => {
    expect(
      ruleIds(
        broken((p) => {
          p.iatiIdentifier = 'XX-OTHER/1';
        }),
      ),
    ).toEqual(expect.arrayContaining(['1.1.21', '1.3.13']));
    expect(
      ruleIds(
        broken((p) => {
          p.dates = { plannedStart: '2025-01-01', plannedEnd: '2024-01-01' };
        }),
      ),
    ).toContain('11.1.2');
    expect(ruleIds(fullProject(), '2024-03-01')).toEqual(expect.arrayContaining(['11.1.1', '11.2.1', '11.2.2']));
    expect(
      ruleIds(
        broken((p) => {
          p.budgetLines = [{ id: 'b', value: { amount: 1, currency: 'EUR' }, period: { start: '2024-01-01', end: '2025-01-01' }, status: 'indicative' }];
        }),
      ),
    ).toContain('7.5.3');
    expect(
      ruleIds(
        broken((p) => {
          p.themes = [];
        }),
      ),
    ).toEqual(expect.arrayContaining(['6.2.2']));
    const quantitative = broken((p) => {
      const indicator = p.results[0]?.indicators[0];
      if (indicator) indicator.periods = [{ id: 'x', start: '2024-12-31', end: '2024-01-01', target: {} }];
    });
    expect(ruleIds(quantitative)).toEqual(expect.arrayContaining(['8.9.1', '8.6.1']));
  });

  it('checks sector percentages and policy-marker significance on any tree', () => {
    const activity = (children: XmlElement[]): string =>
      serializeXml(
        el('iati-activities', { version: '2.03' }, [
          el('iati-activity', { 'xml:lang': 'en' }, [
            el('iati-identifier', {}, ['NL-KVK-12-A-1']),
            el('reporting-org', { ref: 'NL-KVK-12', type: '10' }),
            el('activity-date', { type: '1', 'iso-date': '2024-01-01' }),
            el('recipient-country', { code: 'CN' }),
            ...children,
          ]),
        ]),
      );
    const ids = (children: XmlElement[]): string[] => iatiRulesetFindings(activity(children), TODAY).map((f) => f.rule);
    expect(ids([el('sector', { code: '41010', percentage: '60' }), el('sector', { code: '43030', percentage: '30' })])).toEqual(['2.1.2']);
    expect(ids([el('sector', { code: '41010', percentage: '60' }), el('sector', { code: '43030' })])).toEqual(['2.1.1']);
    expect(ids([el('sector', { code: '41010', percentage: '60' })])).toEqual(['2.1.4']);
    expect(ids([el('sector', { code: '41010' }), el('policy-marker', { vocabulary: '1', code: '6' })])).toEqual(['6.14.1']);
    // A narrative without xml:lang is fine when the activity declares a default language.
    expect(ids([el('sector', { code: '41010' }), el('participating-org', { role: '1' }, [el('narrative', {}, ['x'])])])).toEqual([]);
  });
});
