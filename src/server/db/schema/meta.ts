import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from './types';

/** Facts about the database itself, e.g. that the demo data was loaded once. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  ...timestamps,
});
