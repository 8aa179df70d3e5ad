import { z } from 'zod';
import { Id, PageQuery, Timestamps, pageOf } from './common';
import { Language, LocalizedText, MissingLanguage } from './localized-text';
import { Industry, Theme } from './themes';

export const opportunityStatuses = ['open', 'in-progress', 'closed'] as const;
export const OpportunityStatus = z.enum(opportunityStatuses);
export const visibilities = ['public', 'members'] as const;
export const Visibility = z.enum(visibilities);
/** Lifecycle: a draft is seen by its editors only; published ones alert matching organisations. */
export const opportunityStages = ['draft', 'published', 'closed'] as const;
export const OpportunityStage = z.enum(opportunityStages);
export const closedReasons = ['partner-found', 'withdrawn', 'expired'] as const;
export const ClosedReason = z.enum(closedReasons);
const IsoDate = z.iso.date();

export const OpportunityInput = z.object({
  id: Id.optional().describe('generated when omitted'),
  regionId: Id,
  title: LocalizedText,
  description: LocalizedText.nullable().default(null),
  themes: z.array(Theme).min(1, 'choose at least one theme').max(14),
  industries: z.array(Industry).max(20).default([]),
  status: OpportunityStatus.default('open'),
  visibility: Visibility.default('public'),
  source: z.string().max(200).nullable().default(null).describe('where the need was stated'),
  stage: z.enum(opportunityStages).default('published').describe('on creation (and in exports) only; later through /publish and /close'),
  expiresOn: IsoDate.nullable().default(null).describe('the owner is reminded a week before; closed as expired after it'),
});
export type OpportunityInput = z.input<typeof OpportunityInput>;

export const OpportunityUpdate = OpportunityInput.omit({ id: true, stage: true });

export const Opportunity = OpportunityInput.extend({
  id: Id,
  stage: OpportunityStage,
  publishedAt: z.string().nullable(),
  closedReason: ClosedReason.nullable(),
  partnerOrganisationId: z.string().nullable().describe('closed with partner found: who'),
  regionName: LocalizedText,
  ...Timestamps,
}).meta({ id: 'Opportunity' });
export type Opportunity = z.infer<typeof Opportunity>;

const csv = <T extends z.ZodType>(item: T) => z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).optional());

export const OpportunityListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('full-text search in nl, en and zh'),
  regionId: csv(z.string().max(100)).describe('comma-separated; a region includes its sub-regions'),
  theme: csv(Theme),
  language: Language.optional().describe('the language the opportunity was written in'),
  missingLanguage: MissingLanguage,
  status: csv(OpportunityStatus),
  sort: z.enum(['relevance', 'title', 'region', 'createdAt', 'updatedAt']).default('title'),
  lang: Language.default('en').describe('language used to sort by title'),
  ...PageQuery,
});
export type OpportunityListQuery = z.infer<typeof OpportunityListQuery>;
export const OpportunityPage = pageOf(Opportunity);
