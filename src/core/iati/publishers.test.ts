// Round trips of files written the way Dutch, Belgian and German publishers write them: import →
// export must be schema-valid and say, field by field, what the publisher's file said.
import { describe, expect, it } from 'vitest';
import { activityFacts, PUBLISHER_FILES, readPublisherFile } from '../../../test/fixtures/iati-publishers/facts';
import { validateIatiXml } from '../../../test/fixtures/iati/xsd';
import type { ReportingOrg } from '../projects/model';
import { exportIatiActivities } from './export';
import { importIatiActivities } from './import';

const reportingOrg: ReportingOrg = { ref: 'XE-EXAMPLE-CTB', type: '90', name: { original: 'en', en: 'Cleantech Bridge' } };
const options = { reportingOrg, generatedAt: '2026-01-01T00:00:00Z' };

describe.each(PUBLISHER_FILES)('%s', (name) => {
  const original = readPublisherFile(name);
  const imported = importIatiActivities(original);
  const exported = exportIatiActivities(imported.projects, options);

  it('re-exports as schema-valid IATI 2.03', async () => {
    expect(await validateIatiXml(exported)).toEqual({ valid: true, errors: [] });
  });

  it('says again, field by field, what the publisher said', () => {
    const before = activityFacts(original);
    const after = activityFacts(exported);
    expect(after.map((a) => a.identifier)).toEqual(before.map((a) => a.identifier));
    before.forEach((activity, i) => {
      for (const [field, value] of Object.entries(activity)) expect({ field, value: after[i]?.[field as keyof typeof activity] }).toEqual({ field, value });
    });
  });

  it('lists what it kept verbatim in the import report', () => {
    const kept = imported.warnings.filter((w) => w.message.includes('kept verbatim'));
    expect(kept.length).toBeGreaterThan(0);
    for (const w of kept) expect(w.line).toBeGreaterThan(0);
  });
});

describe('what the model holds of the publishers', () => {
  it('keeps narratives in every language, the views picking nl/en/zh', () => {
    const [de] = importIatiActivities(readPublisherFile('de-agency.xml')).projects;
    expect(de?.title).toEqual({
      original: 'en',
      en: 'Energieeffizienz in Gebäuden in Marokko',
      sourceLanguage: 'de',
      other: { fr: 'Efficacité énergétique dans les bâtiments au Maroc' },
    });
    const [be] = importIatiActivities(readPublisherFile('be-agency.xml')).projects;
    expect(be?.title).toMatchObject({
      original: 'nl',
      nl: 'Elektrificatie van het platteland met zonne-energie',
      en: 'Rural electrification with solar energy',
      other: { fr: 'Électrification rurale par énergie solaire' },
    });
  });

  it("keeps every transaction type with the funder's activity id; a disbursement stays a disbursement", () => {
    const [be] = importIatiActivities(readPublisherFile('be-agency.xml')).projects;
    const types = be?.transactions.map((t) => be.iati?.transactions?.[t.id]?.type);
    expect(types).toEqual(['1', '1', '4', '4', '5', '7']);
    const incoming = be?.transactions[0];
    expect(be?.iati?.transactions?.[incoming?.id ?? '']?.providerActivityId).toBe('XM-DAC-2-10-3019371');
    const [nl] = importIatiActivities(readPublisherFile('nl-ministry.xml')).projects;
    expect(nl?.transactions.filter((t) => nl.iati?.transactions?.[t.id]?.type === '3').map((t) => t.kind)).toEqual(['spent', 'spent']);
  });

  it('keeps sectors of every vocabulary with percentages, and countries with theirs', () => {
    const [nl] = importIatiActivities(readPublisherFile('nl-ministry.xml')).projects;
    expect(nl?.iati?.sectors).toEqual([
      { code: '23210', vocabulary: '1', percentage: 70 },
      { code: '23183', vocabulary: '1', percentage: 30 },
      { code: '232', vocabulary: '2', percentage: 100 },
    ]);
    expect(nl?.iati?.recipientCountries).toEqual([
      { code: 'KE', percentage: 60 },
      { code: 'TZ', percentage: 40 },
    ]);
    expect(nl?.themes).toEqual(['renewable-energy', 'energy-efficiency']);
  });

  it('keeps a transaction in a currency the model does not hold verbatim, and says so', () => {
    const result = importIatiActivities(readPublisherFile('de-agency.xml'));
    expect(result.projects[0]?.iati?.verbatim?.filter((v) => v.name === 'transaction')).toHaveLength(1);
    expect(result.warnings.map((w) => w.message)).toContain('transaction kept verbatim (its currency is not held): written back on export');
  });
});
