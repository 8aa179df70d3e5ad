// The reporting organisation's file: valid against the IATI organisation schema, with budgets
// summed per year, per recipient organisation and per recipient country.
import { describe, expect, it } from 'vitest';
import { fullProject } from '../../../test/fixtures/iati/full-project';
import { readPublisherFile } from '../../../test/fixtures/iati-publishers/facts';
import { validateIatiXml } from '../../../test/fixtures/iati/xsd';
import { project004 } from '../../server/db/seed/data/project-004';
import type { ReportingOrg } from '../projects/model';
import { importIatiActivities } from './import';
import { exportIatiOrganisation } from './organisation';
import { readXml } from './xml-read';

const reportingOrg: ReportingOrg = { ref: 'XE-EXAMPLE-CTB', type: '90', name: { original: 'en', en: 'Cleantech Bridge', zh: '清洁技术桥' } };
const options = { reportingOrg, generatedAt: '2026-01-01T00:00:00Z' };

describe('exportIatiOrganisation', () => {
  const [nl] = importIatiActivities(readPublisherFile('nl-ministry.xml')).projects;
  const projects = [fullProject(), project004, ...(nl ? [nl] : [])];
  const xml = exportIatiOrganisation(projects, options);

  it('is valid against the IATI 2.03 organisation schema', async () => {
    expect(await validateIatiXml(xml, 'organisations')).toEqual({ valid: true, errors: [] });
  });

  it('sums the budgets per year, per recipient country (by percentage) and per recipient organisation', () => {
    const organisation = readXml(xml)[0]?.children[0];
    const values = (name: string) =>
      organisation?.children
        .filter((c) => c.name === name)
        .map((b) => {
          const value = b.children.find((c) => c.name === 'value');
          const key = b.children.find((c) => c.name === 'recipient-country')?.attrs.code ?? b.children.find((c) => c.name === 'recipient-org')?.attrs.ref;
          return `${key ?? ''} ${b.children.find((c) => c.name === 'period-start')?.attrs['iso-date'] ?? ''} ${value?.text ?? ''} ${value?.attrs.currency ?? ''}`.trim();
        });
    const expectedTotals = projects.flatMap((p) => p.budgetLines).filter((b) => b.period?.start.startsWith('2021'));
    expect(values('total-budget')).toContain(`2021-01-01 ${expectedTotals.reduce((s, b) => s + b.value.amount, 0)} EUR`);
    expect(values('recipient-country-budget')).toEqual(expect.arrayContaining(['KE 2021-01-01 900000 EUR', 'TZ 2021-01-01 600000 EUR']));
    expect(values('recipient-org-budget')).toContain('NL-KVK-41150085 2022-01-01 1750000.5 EUR');
  });
});
