// A generated IATI 2.03 activity file in the style of test/fixtures/iati-publishers/de-agency.xml:
// each activity with de/en/fr narratives, sectors, countries, budgets, every transaction type and
// a result, about 10 KB each (100 activities ≈ 1 MB).
import { readFileSync } from 'node:fs';

const template = readFileSync(new URL('../../test/fixtures/iati-publishers/de-agency.xml', import.meta.url), 'utf8');
const activity = template.slice(template.indexOf('<iati-activity '), template.indexOf('</iati-activity>') + '</iati-activity>'.length);

/** Extra disbursements so an activity weighs what a long-running one of a real publisher does. */
function disbursements(n: number, i: number): string {
  return Array.from(
    { length: n },
    (_, k) => `
    <transaction ref="${i}-D${k}">
      <transaction-type code="3"/>
      <transaction-date iso-date="2024-${String((k % 12) + 1).padStart(2, '0')}-15"/>
      <value currency="EUR" value-date="2024-${String((k % 12) + 1).padStart(2, '0')}-15">${1000 + k * 17 + i}</value>
      <description><narrative>Auszahlung ${k + 1}</narrative><narrative xml:lang="en">Disbursement ${k + 1}</narrative></description>
      <receiver-org ref="MA-MEM" type="10"><narrative xml:lang="fr">Ministère de la Transition Énergétique</narrative></receiver-org>
    </transaction>`,
  ).join('');
}

export function generateIatiFile(activities: number): string {
  const body = Array.from({ length: activities }, (_, i) =>
    activity
      .replaceAll('DE-1-201922113', `DE-1-2019${String(i).padStart(5, '0')}`)
      .replaceAll('ref="201922113-', `ref="${i}-`)
      .replace('</document-link>', `</document-link>`)
      .replace('<document-link', `${disbursements(8, i)}\n    <document-link`),
  ).join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2025-02-10T06:00:00Z">\n  ${body}\n</iati-activities>\n`;
}
