import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../shared/api';
import { regions } from './regions';
import { timestamps } from './types';

export const organisations = pgTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type', { enum: ['company', 'knowledge-institute', 'government', 'agency', 'ngo'] }).notNull(),
    country: text('country').notNull(),
    homeRegionId: text('home_region_id').references(() => regions.id),
    website: text('website'),
    description: jsonb('description').$type<LocalizedText>(),
    visibility: text('visibility', { enum: ['public', 'members'] }).notNull().default('public'),
    /** Confidential: programme managers and admins only. */
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [index('organisations_home_region_idx').on(t.homeRegionId)],
);
