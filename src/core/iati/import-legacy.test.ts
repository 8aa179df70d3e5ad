// Legacy files whose activities lack an iati-identifier.
import { describe, expect, it } from 'vitest';
import { readPublisherFile } from '../../../test/fixtures/iati-publishers/facts';
import { validateIatiXml } from '../../../test/fixtures/iati/xsd';
import { exportIatiActivities } from './export';
import { importIatiActivities, XmlSyntaxError } from './import';

describe('activities without iati-identifier', () => {
  it('get one from reporting-org and other-identifier, with a warning, and re-export as valid 2.03', async () => {
    const result = importIatiActivities(readPublisherFile('legacy-v1.xml'));
    expect(result.projects.map((p) => p.iatiIdentifier)).toEqual(['NL-1-21834']);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ line: 4, message: 'no iati-identifier: NL-1-21834 derived from reporting-org and other-identifier' }),
    );
    const xml = exportIatiActivities(result.projects, {
      reportingOrg: { ref: 'XE-EXAMPLE', type: '90', name: { original: 'en', en: 'X' } },
      generatedAt: '2026-01-01T00:00:00Z',
    });
    expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });
    expect(xml).toContain('<iati-identifier>NL-1-21834</iati-identifier>');
    expect(xml).toContain('<transaction-type code="3"/>');
  });

  it('refuse the file, naming its version and what is missing, when no identifier can be derived', () => {
    expect(() => importIatiActivities(readPublisherFile('legacy-v1-ambiguous.xml'))).toThrow(XmlSyntaxError);
    expect(() => importIatiActivities(readPublisherFile('legacy-v1-ambiguous.xml'))).toThrow(
      'activity without identifier at line 10, column 3: IATI version 1.01: activity 2 has no iati-identifier, and no identifier can be derived from it (reporting-org ref and exactly one other-identifier of the reporting organisation are needed)',
    );
  });
});
