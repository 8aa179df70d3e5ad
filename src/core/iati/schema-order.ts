// The order of the iati-activity xsd:sequence (IATI 2.03), which the schema enforces: the
// exporter writes the elements it builds and the ones kept verbatim in this order.
// export.test.ts checks the list against vendor/iati/schema/iati-activities-schema.xsd.
import type { VerbatimElement } from '../projects/iati-extension';
import { el } from './xml';
import type { XmlElement } from './xml';

export const ACTIVITY_SEQUENCE = [
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'other-identifier',
  'activity-status',
  'activity-date',
  'contact-info',
  'activity-scope',
  'recipient-country',
  'recipient-region',
  'location',
  'sector',
  'tag',
  'country-budget-items',
  'humanitarian-scope',
  'policy-marker',
  'collaboration-type',
  'default-flow-type',
  'default-finance-type',
  'default-aid-type',
  'default-tied-status',
  'budget',
  'planned-disbursement',
  'capital-spend',
  'transaction',
  'document-link',
  'related-activity',
  'legacy-data',
  'conditions',
  'result',
  'crs-add',
  'fss',
] as const;

/** The sequences inside a result, where parts the model does not hold are written back. */
export const RESULT_SEQUENCE = ['title', 'description', 'document-link', 'reference', 'indicator'] as const;
export const INDICATOR_SEQUENCE = ['title', 'description', 'document-link', 'reference', 'baseline', 'period'] as const;
export const BASELINE_SEQUENCE = ['location', 'dimension', 'document-link', 'comment'] as const;
export const PERIOD_SEQUENCE = ['period-start', 'period-end', 'target', 'actual'] as const;
/** target and actual. */
export const MEASURED_SEQUENCE = ['location', 'dimension', 'comment', 'document-link'] as const;

/** Elements of another namespace (publisher extensions) go last, where the schema's xsd:any is. */
const rank = (sequence: readonly string[], name: string): number => {
  const at = sequence.indexOf(name);
  return at < 0 ? sequence.length : at;
};

/** A stable sort into schema order: within one element name, the given order is kept. */
export function inSchemaOrder(elements: readonly XmlElement[], sequence: readonly string[] = ACTIVITY_SEQUENCE): XmlElement[] {
  return elements
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(sequence, a.e.name) - rank(sequence, b.e.name) || a.i - b.i)
    .map(({ e }) => e);
}

export function fromVerbatim(v: VerbatimElement): XmlElement {
  return el(v.name, v.attrs, [...v.children.map(fromVerbatim), ...(v.text === undefined ? [] : [v.text])]);
}
