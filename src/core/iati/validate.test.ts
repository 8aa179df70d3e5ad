// Codelist findings of an activity file, each at its line. (The rulesets: src/server/iati/rulesets.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPublisherFile, PUBLISHER_FILES } from '../../../test/fixtures/iati-publishers/facts';
import { iatiCodelistFindings } from './validate';
import { readXml } from './xml-read';

const findingsOf = (xml: string) => iatiCodelistFindings(readXml(xml)[0]);

describe('iatiCodelistFindings', () => {
  it('lists codes outside their codelist by activity, element, line and list', () => {
    const listed = findingsOf(readPublisherFile('ruleset-errors.xml')).map((f) => `${f.line}:${f.severity}:${f.rule}:${f.activity ?? ''}:${f.element}`);
    expect(listed).toEqual([
      '12:error:codelist:Country:XE-EXAMPLE-RULES-1:recipient-country',
      '21:error:codelist:TransactionType:XE-EXAMPLE-RULES-1:transaction-type',
    ]);
  });

  it.each(PUBLISHER_FILES)('finds no unknown code in %s', (name) => {
    expect(findingsOf(readPublisherFile(name))).toEqual([]);
  });

  it('names an unknown sector code', () => {
    const xml = readFileSync(new URL('../../../test/fixtures/iati-publishers/nl-ministry.xml', import.meta.url), 'utf8').replace(
      'code="14015"',
      'code="14999"',
    );
    expect(findingsOf(xml).map((f) => f.message)).toContain('code "14999" is not a code of Sector');
  });

  it('refuses a file whose root is not iati-activities', () => {
    expect(findingsOf('<iati-organisations/>').map((f) => f.rule)).toEqual(['root']);
  });
});
