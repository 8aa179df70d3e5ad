// Ruleset and codelist findings of an activity file, each at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPublisherFile, PUBLISHER_FILES } from '../../../test/fixtures/iati-publishers/facts';
import { validateIatiActivitiesXml } from './validate';

const TODAY = '2026-01-01';

describe('validateIatiActivitiesXml', () => {
  it('lists ruleset and codelist breaches by activity, element, line and rule', () => {
    const findings = validateIatiActivitiesXml(readPublisherFile('ruleset-errors.xml'), TODAY);
    const listed = findings.map((f) => `${f.line}:${f.severity}:${f.rule}:${f.activity ?? ''}:${f.element}`);
    expect(listed).toEqual([
      '11:error:11.1.2:XE-EXAMPLE-RULES-1:activity-date',
      '12:error:codelist:Country:XE-EXAMPLE-RULES-1:recipient-country',
      '13:error:2.1.2:XE-EXAMPLE-RULES-1:sector',
      '15:error:7.5.3:XE-EXAMPLE-RULES-1:budget',
      '21:error:codelist:TransactionType:XE-EXAMPLE-RULES-1:transaction-type',
    ]);
    expect(findings[2]?.message).toBe('sector percentages of vocabulary 1 sum to 90');
  });

  it.each(PUBLISHER_FILES)('finds no error in %s', (name) => {
    expect(validateIatiActivitiesXml(readPublisherFile(name), TODAY).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('checks the vendored codelists: an unknown sector code is named', () => {
    const xml = readFileSync(new URL('../../../test/fixtures/iati-publishers/nl-ministry.xml', import.meta.url), 'utf8').replace('code="14015"', 'code="14999"');
    expect(validateIatiActivitiesXml(xml, TODAY).map((f) => f.message)).toContain('code "14999" is not a code of Sector');
  });
});
