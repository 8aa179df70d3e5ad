import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../shared/api';
import { regions } from './regions';
import { timestamps } from './types';

export type OfficeRow = { organisation: string; city: LocalizedText | null; openedYear: number | null };

export const twinnings = pgTable(
  'twinnings',
  {
    id: text('id').primaryKey(),
    homeRegionId: text('home_region_id')
      .notNull()
      .references(() => regions.id),
    partnerRegionId: text('partner_region_id')
      .notNull()
      .references(() => regions.id),
    since: integer('since'),
    note: jsonb('note').$type<LocalizedText>(),
    offices: jsonb('offices').$type<OfficeRow[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [uniqueIndex('twinnings_pair_uq').on(t.homeRegionId, t.partnerRegionId), index('twinnings_partner_idx').on(t.partnerRegionId)],
);
