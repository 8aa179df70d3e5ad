import { type AnyPgColumn, bigint, doublePrecision, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { KeyFigure, LocalizedText } from '../../../shared/api';
import { timestamps } from './types';

export const regions = pgTable(
  'regions',
  {
    id: text('id').primaryKey(),
    side: text('side', { enum: ['partner', 'home'] }).notNull(),
    level: text('level', { enum: ['country', 'province', 'city-province', 'city', 'district'] }).notNull(),
    // No FK cascade: deleting a parent with children is refused by the service with a clear message.
    parentId: text('parent_id').references((): AnyPgColumn => regions.id),
    country: text('country').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    capital: jsonb('capital').$type<LocalizedText>(),
    description: jsonb('description').$type<LocalizedText>(),
    population: bigint('population', { mode: 'number' }),
    populationQualifier: text('population_qualifier', { enum: ['exact', 'approx', 'more-than'] })
      .notNull()
      .default('approx'),
    areaKm2: doublePrecision('area_km2'),
    figures: jsonb('figures').$type<KeyFigure[]>().notNull().default([]),
    facts: jsonb('facts').$type<LocalizedText[]>().notNull().default([]),
    industries: jsonb('industries').$type<LocalizedText[]>().notNull().default([]),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    ...timestamps,
  },
  (t) => [index('regions_parent_idx').on(t.parentId)],
);
