import { z } from 'zod';
import { Id, PageQuery, Timestamps, pageOf } from './common';
import { LocalizedText } from './localized-text';

/** A representation office of a home-side organisation in the partner region. */
export const Office = z.object({
  organisation: z.string().min(1).max(200),
  city: LocalizedText.nullable().default(null),
  openedYear: z.number().int().min(1900).max(2100).nullable().default(null),
});

export const TwinningInput = z.object({
  id: Id.optional().describe('generated from the two regions when omitted'),
  homeRegionId: Id,
  partnerRegionId: Id,
  since: z.number().int().min(1900).max(2100).nullable().default(null),
  note: LocalizedText.nullable().default(null),
  offices: z.array(Office).max(20).default([]),
});
export type TwinningInput = z.input<typeof TwinningInput>;

export const TwinningUpdate = TwinningInput.omit({ id: true });

export const Twinning = TwinningInput.extend({
  id: Id,
  homeRegionName: LocalizedText,
  partnerRegionName: LocalizedText,
  ...Timestamps,
}).meta({ id: 'Twinning' });
export type Twinning = z.infer<typeof Twinning>;

export const TwinningListQuery = z.object({
  regionId: z.string().max(100).optional().describe('either side'),
  ...PageQuery,
});
export const TwinningPage = pageOf(Twinning);
