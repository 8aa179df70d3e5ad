// What IATI publishers say about an activity beyond the platform's own project model: sectors with
// their vocabularies and percentages, every recipient country and region, policy markers, tags,
// the default flow/finance/aid/tied status, capital spend, related activities, the IATI detail of
// transactions, budgets and participations (keyed by their model id), and — verbatim, to be
// written back in schema order — every element the model does not hold. An imported project
// carries it so that an export says again what the publisher said (decision 014).
import { z } from 'zod';
import { longText, shortText } from './text-limits';

/** An IATI element kept as published (attributes, text and children), written back unchanged. */
export interface VerbatimElement {
  name: string;
  attrs: Record<string, string>;
  text?: string;
  children: VerbatimElement[];
}

export const verbatimElementSchema: z.ZodType<VerbatimElement> = z
  .lazy(
    () =>
      z.object({
        name: shortText,
        attrs: z.record(shortText, z.string().max(1_000)),
        text: z.string().max(100_000).optional(),
        children: z.array(verbatimElementSchema),
      }),
    // A named component: the OpenAPI document refers to a recursive schema by its id (without one it
    // pointed at an undefined `schema0`, which no client generator can resolve).
  )
  .meta({ id: 'IatiVerbatimElement' });

/** Narratives as published, language → text (ISO 639-1 `xml:lang`), for classifications. */
const narratives = z.record(shortText, longText);

/** A coded classification (sector, region, tag, aid type): vocabulary as published. */
export const classificationSchema = z.object({
  code: shortText,
  vocabulary: shortText.optional(),
  vocabularyUri: shortText.optional(),
  percentage: z.number().min(0).max(100).optional(),
  narratives: narratives.optional(),
});
export type Classification = z.infer<typeof classificationSchema>;

export const policyMarkerSchema = z.object({
  code: shortText,
  vocabulary: shortText.optional(),
  vocabularyUri: shortText.optional(),
  significance: shortText.optional(),
  narratives: narratives.optional(),
});

const isoDate = z.iso.date();

/** The IATI detail of a transaction or planned disbursement of the model. */
export const transactionIatiSchema = z.object({
  /** TransactionType code (1 incoming funds … 13 incoming pledge); for a planned disbursement
   *  its BudgetType (1 original, 2 revised). */
  type: shortText.optional(),
  valueDate: isoDate.optional(),
  /** A planned disbursement's period end. */
  periodEnd: isoDate.optional(),
  /** The funder's (provider's) and the recipient's own IATI activity. */
  providerActivityId: shortText.optional(),
  receiverActivityId: shortText.optional(),
  /** Attributes of the element (e.g. humanitarian) as published. */
  attributes: z.record(shortText, z.string().max(1_000)).optional(),
  /** Children the model does not hold (sector, recipient-country, flow-type, aid-type…). */
  extra: z.array(verbatimElementSchema).optional(),
});
export type TransactionIati = z.infer<typeof transactionIatiSchema>;

/** What a result part (result, indicator, baseline, period, target, actual) said beyond the model. */
export const resultPartIatiSchema = z.object({
  /** Attributes as published (aggregation-status, a baseline's iso-date…). */
  attributes: z.record(shortText, z.string().max(1_000)).optional(),
  /** Children the model does not hold (reference, document-link, location, dimension, more baselines…). */
  extra: z.array(verbatimElementSchema).optional(),
});
export type ResultPartIati = z.infer<typeof resultPartIatiSchema>;
/** Per result part key (see ProjectIati.resultParts). */
export type ResultParts = Record<string, ResultPartIati>;

export const projectIatiSchema = z.object({
  /** iati-activity attributes as published (hierarchy, humanitarian, budget-not-provided…). */
  attributes: z.record(shortText, z.string().max(1_000)).optional(),
  sectors: z.array(classificationSchema).optional(),
  recipientCountries: z
    .array(z.object({ code: z.string().min(2).max(1_000), percentage: z.number().min(0).max(100).optional(), narratives: narratives.optional() }))
    .optional(),
  recipientRegions: z.array(classificationSchema).optional(),
  policyMarkers: z.array(policyMarkerSchema).optional(),
  tags: z.array(classificationSchema).optional(),
  collaborationType: shortText.optional(),
  defaultFlowType: shortText.optional(),
  defaultFinanceType: shortText.optional(),
  defaultAidTypes: z.array(classificationSchema).optional(),
  defaultTiedStatus: shortText.optional(),
  /** Percentage of the activity that is capital spend. */
  capitalSpend: z.number().min(0).max(100).optional(),
  /** related-activity links other than this project's own phases. */
  relatedActivities: z.array(z.object({ ref: shortText, type: shortText })).optional(),
  /** The funder's activity this project implements (shown on the project page, exported as the
   *  funding participating-org's activity-id and the default provider-activity-id). */
  fundedBy: z.object({ activityId: shortText, organisationId: shortText.optional() }).optional(),
  /** Per participation id: the organisation's own activity and CRS channel. */
  participations: z.record(shortText, z.object({ activityId: shortText.optional(), crsChannelCode: shortText.optional() })).optional(),
  /** Per budget line id: BudgetType (1 original, 2 revised) and value date. */
  budgets: z.record(shortText, z.object({ type: shortText.optional(), valueDate: isoDate.optional() })).optional(),
  /** Per transaction id (planned disbursements included). */
  transactions: z.record(shortText, transactionIatiSchema).optional(),
  /** Per result part: the result's, indicator's or period's id, or `<indicator id>/baseline`,
   *  `<period id>/target`, `<period id>/actual`. */
  resultParts: z.record(shortText, resultPartIatiSchema).optional(),
  /** Elements the model does not hold, in file order; the export puts them back in schema order. */
  verbatim: z.array(verbatimElementSchema).optional(),
});
export type ProjectIati = z.infer<typeof projectIatiSchema>;
