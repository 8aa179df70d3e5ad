// An IATI activity file checked as the IATI Validator does: against the XSD, then against the
// Standard's rulesets and codelists (src/core/iati/validate.ts). Used by `ctb iati validate`, the
// upload preview and every export.
import type { IatiFinding } from '../../core/iati/validate';
import { validateIatiActivitiesXml } from '../../core/iati/validate';
import { validateIatiXsd } from './xsd';

export async function validateIatiFile(xml: string, today: string): Promise<IatiFinding[]> {
  const xsd = await validateIatiXsd(xml, 'activities');
  const schemaFindings = xsd.errors.map((e): IatiFinding => ({
    severity: 'error', rule: 'xsd', element: '', path: '', ...(e.line === undefined ? {} : { line: e.line }), message: e.message.trim(),
  }));
  return [...schemaFindings, ...validateIatiActivitiesXml(xml, today)]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
