// The codelist check of an IATI file: every coded attribute against the vendored IATI codelists,
// each finding located by activity, element, line and rule. The XSD and the Standard's rulesets are
// checked outside the core, with libxml2 and XPath (src/server/iati/validate-file.ts).
import { CODELIST_CODES } from './codelist-codes';
import type { XmlNode } from './xml-read';

export interface IatiFinding {
  severity: 'error' | 'warning';
  /** Ruleset id (e.g. 2.1.2), or `codelist:<List>` for a code that is not in its list. */
  rule: string;
  /** iati-identifier of the activity, when the finding is inside one. */
  activity?: string;
  element: string;
  path: string;
  line?: number;
  column?: number;
  message: string;
}

type List = keyof typeof CODELIST_CODES;
const codes = new Map<List, ReadonlySet<string>>((Object.keys(CODELIST_CODES) as List[]).map((list) => [list, new Set(CODELIST_CODES[list].split(' '))]));

/** Which codelist an attribute of an element takes its value from; a function when the list
 *  depends on the element's vocabulary (only the IATI vocabularies are checked). */
type Lookup = List | ((node: XmlNode) => List | undefined);
const byVocabulary =
  (lists: Record<string, List>, fallback = '1') =>
  (node: XmlNode): List | undefined =>
    lists[node.attrs.vocabulary ?? fallback];

const ATTRIBUTE_LISTS: Record<string, Record<string, Lookup>> = {
  'iati-activity': { 'default-currency': 'Currency' },
  'activity-status': { code: 'ActivityStatus' },
  'activity-date': { type: 'ActivityDateType' },
  'activity-scope': { code: 'ActivityScope' },
  'reporting-org': { type: 'OrganisationType' },
  'participating-org': { role: 'OrganisationRole', type: 'OrganisationType' },
  'provider-org': { type: 'OrganisationType' },
  'receiver-org': { type: 'OrganisationType' },
  'transaction-type': { code: 'TransactionType' },
  sector: { vocabulary: 'SectorVocabulary', code: byVocabulary({ '1': 'Sector', '2': 'SectorCategory' }) },
  'recipient-country': { code: 'Country' },
  'recipient-region': { vocabulary: 'RegionVocabulary', code: byVocabulary({ '1': 'Region' }) },
  'policy-marker': { vocabulary: 'PolicyMarkerVocabulary', code: byVocabulary({ '1': 'PolicyMarker' }), significance: 'PolicySignificance' },
  'collaboration-type': { code: 'CollaborationType' },
  'default-flow-type': { code: 'FlowType' },
  'flow-type': { code: 'FlowType' },
  'default-finance-type': { code: 'FinanceType' },
  'finance-type': { code: 'FinanceType' },
  'default-aid-type': { vocabulary: 'AidTypeVocabulary', code: byVocabulary({ '1': 'AidType' }) },
  'aid-type': { vocabulary: 'AidTypeVocabulary', code: byVocabulary({ '1': 'AidType' }) },
  'default-tied-status': { code: 'TiedStatus' },
  'tied-status': { code: 'TiedStatus' },
  budget: { type: 'BudgetType', status: 'BudgetStatus' },
  'planned-disbursement': { type: 'BudgetType' },
  value: { currency: 'Currency' },
  category: { code: 'DocumentCategory' },
  language: { code: 'Language' },
  description: { type: 'DescriptionType' },
  'related-activity': { type: 'RelatedActivityType' },
  result: { type: 'ResultType' },
  indicator: { measure: 'IndicatorMeasure' },
};

const where = (node: XmlNode) => ({ element: node.name, path: node.path, line: node.line, column: node.column });

function codelistFindings(node: XmlNode, activity: string | undefined): IatiFinding[] {
  const lists = ATTRIBUTE_LISTS[node.name] ?? {};
  const own = Object.entries(lists).flatMap(([attribute, lookup]) => {
    const value = node.attrs[attribute];
    const list = typeof lookup === 'function' ? lookup(node) : lookup;
    if (value === undefined || list === undefined || codes.get(list)?.has(value.trim())) return [];
    return [{ severity: 'error' as const, rule: `codelist:${list}`, activity, ...where(node), message: `${attribute} "${value}" is not a code of ${list}` }];
  });
  const lang = node.attrs['xml:lang'];
  const language =
    lang !== undefined && !codes.get('Language')?.has(lang.trim().toLowerCase())
      ? [{ severity: 'error' as const, rule: 'codelist:Language', activity, ...where(node), message: `xml:lang "${lang}" is not a code of Language` }]
      : [];
  return [...own, ...language, ...node.children.flatMap((c) => codelistFindings(c, activity))];
}

/** Codelist findings of an IATI activity file, in file order, from its root as `readXml` read it
 *  (which refuses malformed XML with XmlSyntaxError). */
export function iatiCodelistFindings(root: XmlNode | undefined): IatiFinding[] {
  if (root?.name !== 'iati-activities') {
    return [
      {
        severity: 'error',
        rule: 'root',
        element: root?.name ?? '',
        path: root?.path ?? '/',
        line: root?.line,
        column: root?.column,
        message: 'the root element must be iati-activities',
      },
    ];
  }
  return root.children
    .filter((a) => a.name === 'iati-activity')
    .flatMap((node) => codelistFindings(node, node.children.find((c) => c.name === 'iati-identifier')?.text || undefined));
}
