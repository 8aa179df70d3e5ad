import { date, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { closedReasons, type LocalizedText, languages, opportunityStages, opportunityStatuses, visibilities } from '../../../shared/api';
import { regions } from './regions';
import { timestamps, tsvector } from './types';

export const opportunities = pgTable(
  'opportunities',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>(),
    originalLang: text('original_lang', { enum: languages }).notNull(),
    themes: text('themes').array().notNull(),
    industries: text('industries').array().notNull().default([]),
    status: text('status', { enum: opportunityStatuses }).notNull().default('open'),
    visibility: text('visibility', { enum: visibilities }).notNull().default('public'),
    source: text('source'),
    /** Lifecycle (issue 13): a draft is seen by its editors only; closed keeps the reason and partner. */
    stage: text('stage', { enum: opportunityStages }).notNull().default('published'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    expiresOn: date('expires_on', { mode: 'string' }),
    expiryReminderSentAt: timestamp('expiry_reminder_sent_at', { withTimezone: true, mode: 'string' }),
    closedReason: text('closed_reason', { enum: closedReasons }),
    partnerOrganisationId: text('partner_organisation_id'),
    // Dutch and English stemmed, Chinese pre-segmented into words (see search-document.ts).
    searchVector: tsvector('search_vector'),
    ...timestamps,
  },
  (t) => [
    index('opportunities_region_idx').on(t.regionId),
    index('opportunities_themes_idx').using('gin', t.themes),
    index('opportunities_search_idx').using('gin', t.searchVector),
  ],
);
