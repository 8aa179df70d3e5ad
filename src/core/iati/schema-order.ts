// The order of the iati-activity xsd:sequence (IATI 2.03), which the schema enforces: the
// exporter writes the elements it builds and the ones kept verbatim in this order.
// export.test.ts checks the list against vendor/iati/schema/iati-activities-schema.xsd.
import type { VerbatimElement } from '../projects/iati-extension';
import { el } from './xml';
import type { XmlElement } from './xml';

export const ACTIVITY_SEQUENCE = [
  'iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'other-identifier', 'activity-status',
  'activity-date', 'contact-info', 'activity-scope', 'recipient-country', 'recipient-region', 'location', 'sector', 'tag',
  'country-budget-items', 'humanitarian-scope', 'policy-marker', 'collaboration-type', 'default-flow-type',
  'default-finance-type', 'default-aid-type', 'default-tied-status', 'budget', 'planned-disbursement', 'capital-spend',
  'transaction', 'document-link', 'related-activity', 'legacy-data', 'conditions', 'result', 'crs-add', 'fss',
] as const;

/** Elements of another namespace (publisher extensions) go last, where the schema's xsd:any is. */
const rank = (name: string): number => {
  const at = (ACTIVITY_SEQUENCE as readonly string[]).indexOf(name);
  return at < 0 ? ACTIVITY_SEQUENCE.length : at;
};

/** A stable sort into schema order: within one element name, the given order is kept. */
export function inSchemaOrder(elements: readonly XmlElement[]): XmlElement[] {
  return elements.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e.name) - rank(b.e.name) || a.i - b.i).map(({ e }) => e);
}

export function fromVerbatim(v: VerbatimElement): XmlElement {
  return el(v.name, v.attrs, [...v.children.map(fromVerbatim), ...(v.text === undefined ? [] : [v.text])]);
}
