// An IATI activity or organisation file checked as the IATI Validator does: against the XSD
// (libxml2), the Standard's rulesets (XPath, ./rulesets.ts) and, for activities, the codelists
// (src/core/iati/validate.ts). Used by `ctb iati validate`, the upload preview and every export.
import type { IatiFinding } from '../../core/iati/validate';
import { iatiCodelistFindings } from '../../core/iati/validate';
import { readXml } from '../../core/iati/xml-read';
import { iatiRulesetFindings } from './rulesets';
import { validateIatiXsd } from './xsd';

export async function validateIatiFile(xml: string, today: string): Promise<IatiFinding[]> {
  // Our reader refuses malformed and hostile XML (DOCTYPE, depth, size) before any other parser sees it.
  const root = readXml(xml)[0];
  const kind = root?.name === 'iati-organisations' ? 'organisations' : 'activities';
  const xsd = await validateIatiXsd(xml, kind);
  const schemaFindings = xsd.errors.map((e): IatiFinding => ({
    severity: 'error',
    rule: 'xsd',
    element: '',
    path: '',
    ...(e.line === undefined ? {} : { line: e.line }),
    message: e.message.trim(),
  }));
  const codelistFindings = kind === 'activities' ? iatiCodelistFindings(root) : [];
  return [...schemaFindings, ...iatiRulesetFindings(xml, today), ...codelistFindings].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
