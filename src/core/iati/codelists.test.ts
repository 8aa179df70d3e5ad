// The hand-kept codes must be exactly the active codes (and English names) of the vendored lists.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import * as codelists from './codelists';
import { THEME_TO_IATI } from './themes';

const dir = new URL('../../../vendor/iati/codelists/', import.meta.url);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['codelist-item', 'narrative'].includes(name),
  parseTagValue: false,
});

interface Item {
  code: string;
  name: string;
  status: string;
}
function items(list: string): Item[] {
  const doc = parser.parse(readFileSync(new URL(`${list}.xml`, dir), 'utf8'));
  return (doc.codelist['codelist-items']['codelist-item'] as Record<string, unknown>[]).map((it) => {
    const narrative = (it.name as { narrative: (string | { '#text': string })[] }).narrative[0];
    return {
      code: String(it.code).trim(),
      name: (typeof narrative === 'string' ? narrative : (narrative?.['#text'] ?? '')).trim(),
      status: (it.status as string | undefined) ?? 'active',
    };
  });
}
const active = (list: string): Item[] => items(list).filter((i) => i.status === 'active');
const asRecord = (list: string): Record<string, string> => Object.fromEntries(active(list).map((i) => [i.code, i.name]));

describe('codelists.ts against vendor/iati/codelists', () => {
  it.each([
    ['ACTIVITY_STATUS', 'ActivityStatus'],
    ['ACTIVITY_DATE_TYPE', 'ActivityDateType'],
    ['ORGANISATION_ROLE', 'OrganisationRole'],
    ['ORGANISATION_TYPE', 'OrganisationType'],
    ['TRANSACTION_TYPE', 'TransactionType'],
    ['RESULT_TYPE', 'ResultType'],
    ['INDICATOR_MEASURE', 'IndicatorMeasure'],
  ] as const)('%s equals the %s codelist', (constant, list) => {
    expect(codelists[constant]).toEqual(asRecord(list));
  });

  it.each([
    ['CURRENCY_CODES', 'Currency'],
    ['COUNTRY_CODES', 'Country'],
    ['LANGUAGE_CODES', 'Language'],
    ['DOCUMENT_CATEGORY_CODES', 'DocumentCategory'],
  ] as const)('%s holds the active codes of %s', (constant, list) => {
    expect([...codelists[constant]].sort()).toEqual(
      active(list)
        .map((i) => i.code)
        .sort(),
    );
  });

  it('uses DAC sectors and the mitigation marker as named in the codelists', () => {
    const sectors = asRecord('Sector');
    for (const [code, name] of Object.entries(codelists.DAC_SECTORS)) expect(sectors[code]).toBe(name);
    for (const mapping of Object.values(THEME_TO_IATI)) expect(codelists.DAC_SECTORS).toHaveProperty(mapping.sector);
    expect(asRecord('PolicyMarker')[codelists.CLIMATE_MITIGATION_MARKER.code]).toBe(codelists.CLIMATE_MITIGATION_MARKER.name);
    expect(asRecord('PolicyMarkerVocabulary')).toHaveProperty(codelists.CLIMATE_MITIGATION_MARKER.vocabulary);
  });
});
