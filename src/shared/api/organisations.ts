import { z } from 'zod';
import { Id, PageQuery, Timestamps, pageOf } from './common';
import { LocalizedText } from './localized-text';
import { Visibility } from './opportunities';

export const OrganisationType = z.enum(['company', 'knowledge-institute', 'government', 'agency', 'ngo']);

export const OrganisationInput = z
  .object({
    id: Id.optional().describe('generated from the name when omitted'),
    name: z.string().trim().min(1).max(300),
    type: OrganisationType,
    country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. BE'),
    homeRegionId: Id.nullable().default(null),
    website: z.url({ protocol: /^https?$/ }).max(500).nullable().default(null),
    description: LocalizedText.nullable().default(null),
    visibility: Visibility.default('public'),
    notes: z
      .string()
      .max(20_000)
      .nullable()
      .optional()
      .describe('confidential: programme managers only; ignored when others send it'),
  });
export type OrganisationInput = z.input<typeof OrganisationInput>;
export const OrganisationUpdate = OrganisationInput.omit({ id: true });

/** What everyone who may read the organisation sees. */
export const Organisation = OrganisationInput.omit({ notes: true })
  .extend({ id: Id, ...Timestamps })
  .strict()
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

/** What programme managers and admins see: with the confidential fields. */
export const OrganisationConfidential = Organisation.extend({ notes: z.string().nullable() })
  .strict()
  .meta({ id: 'OrganisationConfidential' });
export type OrganisationConfidential = z.infer<typeof OrganisationConfidential>;

/** One response schema per audience; the service picks which one a caller gets. */
export const OrganisationView = z.union([OrganisationConfidential, Organisation]);
export type OrganisationView = z.infer<typeof OrganisationView>;

export const OrganisationListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('part of the name'),
  type: OrganisationType.optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  homeRegionId: z.string().optional(),
  ...PageQuery,
});
export const OrganisationPage = pageOf(OrganisationView);
