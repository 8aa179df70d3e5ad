import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { type LocalizedText, organisationTypes, visibilities } from '../../../shared/api';
import { regions } from './regions';
import { timestamps, tsvector } from './types';

export const organisations = pgTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type', { enum: organisationTypes }).notNull(),
    country: text('country').notNull(),
    homeRegionId: text('home_region_id').references(() => regions.id),
    website: text('website'),
    description: jsonb('description').$type<LocalizedText>(),
    visibility: text('visibility', { enum: visibilities }).notNull().default('public'),
    /** Confidential: programme managers and admins only. */
    notes: text('notes'),
    /**
     * Name and every language of the description (organisations.repository searchValues): nl/en
     * stemmed, zh pre-segmented. Null for rows written before it existed or by raw SQL; the
     * directory fills those in before it searches.
     */
    searchVector: tsvector('search_vector'),
    ...timestamps,
  },
  (t) => [
    index('organisations_home_region_idx').on(t.homeRegionId),
    index('organisations_search_idx').using('gin', t.searchVector),
    index('organisations_unindexed_idx')
      .on(t.id)
      .where(sql`search_vector is null`),
    index('organisations_name_idx').on(sql`lower(${t.name})`, t.id),
    index('organisations_updated_idx').on(t.updatedAt, t.id),
    index('organisations_country_idx').on(t.country, sql`lower(${t.name})`, t.id),
    index('organisations_type_idx').on(t.type, sql`lower(${t.name})`, t.id),
  ],
);
