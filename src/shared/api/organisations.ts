import { z } from 'zod';
import { Id, PageQuery, Timestamps, pageOf } from './common';
import { LocalizedText, MissingLanguage } from './localized-text';
import { Visibility } from './opportunities';

export const organisationTypes = ['company', 'knowledge-institute', 'government', 'agency', 'ngo'] as const;
export const OrganisationType = z.enum(organisationTypes);

export const OrganisationInput = z.object({
  id: Id.optional().describe('generated from the name when omitted'),
  name: z.string().trim().min(1).max(300),
  type: OrganisationType,
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. BE'),
  homeRegionId: Id.nullable().default(null),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  description: LocalizedText.nullable().default(null),
  visibility: Visibility.default('public'),
  notes: z.string().max(20_000).nullable().optional().describe('confidential: programme managers only; ignored when others send it'),
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
export const OrganisationConfidential = Organisation.extend({ notes: z.string().nullable() }).strict().meta({ id: 'OrganisationConfidential' });
export type OrganisationConfidential = z.infer<typeof OrganisationConfidential>;

/** One response schema per audience; the service picks which one a caller gets. */
export const OrganisationView = z.union([OrganisationConfidential, Organisation]);
export type OrganisationView = z.infer<typeof OrganisationView>;

const csv = <T extends z.ZodType>(item: T) => z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(50).optional());

/** The directory's filters and search, shared by the list, its facet counts and its export. */
export const OrganisationFilter = {
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('full-text search in nl, en and zh; thesaurus concepts in the query also find their labels in the other languages'),
  type: csv(OrganisationType).describe('comma-separated'),
  country: csv(z.string().regex(/^[A-Z]{2}$/)).describe('comma-separated ISO 3166-1 alpha-2 codes'),
  regionId: csv(z.string().min(1).max(100)).describe('home regions, comma-separated'),
  theme: csv(z.string().min(1).max(100)).describe('thesaurus themes (top concepts) of the confirmed capabilities, comma-separated'),
  language: csv(z.string().regex(/^[a-z]{2}$/)).describe('languages spoken (profile), comma-separated'),
  missingLanguage: MissingLanguage,
};
export const organisationSortKeys = ['name', 'type', 'country', 'updated'] as const;
export const OrganisationSort = z.enum(organisationSortKeys);

export const OrganisationListQuery = z.object({
  ...OrganisationFilter,
  sort: OrganisationSort.default('name'),
  ...PageQuery,
});
export type OrganisationListQuery = z.input<typeof OrganisationListQuery>;

/** A directory row: the organisation as its reader may see it, with its home region's name. */
export const OrganisationListItem = z.union([
  OrganisationConfidential.extend({ regionName: LocalizedText.nullable() }).strict(),
  Organisation.extend({ regionName: LocalizedText.nullable() }).strict(),
]);
export type OrganisationListItem = z.infer<typeof OrganisationListItem>;
export const OrganisationPage = pageOf(OrganisationListItem);

export const OrganisationFacetsQuery = z.object(OrganisationFilter);
const FacetValue = z.object({ value: z.string(), count: z.number().int() });
/**
 * How many organisations each filter value would show, given the other filters (a facet's own
 * selection is left out of its counts, so choosing a second type shows what it adds).
 */
export const OrganisationFacets = z
  .object({
    type: z.array(FacetValue),
    country: z.array(FacetValue),
    regionId: z.array(FacetValue.extend({ name: LocalizedText })),
    theme: z.array(FacetValue.extend({ name: LocalizedText })),
    language: z.array(FacetValue),
  })
  .meta({ id: 'OrganisationFacets' });
export type OrganisationFacets = z.infer<typeof OrganisationFacets>;

export const OrganisationExportQuery = z.object({ ...OrganisationFilter, format: z.enum(['csv', 'xlsx']).default('csv') });
