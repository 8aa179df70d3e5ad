import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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

/**
 * The directory's listing row of each organisation (issue #10): only what the directory filters,
 * sorts and counts on, so that a page's total and the facet counts read a narrow table instead of
 * the wide organisations rows, and theme/language filters need no join to the profiles. Derived
 * data: written only by the database triggers of migration 0018 (ctb_refresh_organisation_directory,
 * on every write of organisations and organisation_profiles, in the writing transaction), never by
 * the application, and left out of backups (a restore's inserts rebuild it).
 */
export const organisationDirectory = pgTable(
  'organisation_directory',
  {
    id: text('id')
      .primaryKey()
      .references(() => organisations.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
    /** lower(name): the name sort's key. */
    nameKey: text('name_key').notNull(),
    type: text('type', { enum: organisationTypes }).notNull(),
    country: text('country').notNull(),
    homeRegionId: text('home_region_id'),
    visibility: text('visibility', { enum: visibilities }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    /** The keys of the description (its languages and `original`); null without a description. */
    descriptionKeys: text('description_keys').array(),
    /** The profile's confirmed capabilities and languages spoken; empty without a profile. */
    capabilities: text('capabilities').array().notNull(),
    languages: text('languages').array().notNull(),
  },
  (t) => [
    index('organisation_directory_name_idx').on(t.nameKey, t.id),
    index('organisation_directory_updated_idx').on(t.updatedAt, t.id),
    index('organisation_directory_country_idx').on(t.country, t.nameKey, t.id),
    index('organisation_directory_type_idx').on(t.type, t.nameKey, t.id),
    index('organisation_directory_region_idx').on(t.homeRegionId),
    index('organisation_directory_capabilities_idx').using('gin', t.capabilities),
    index('organisation_directory_languages_idx').using('gin', t.languages),
  ],
);
