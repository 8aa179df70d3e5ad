import { z } from 'zod';
import { Id, PageQuery, Timestamps, pageOf } from './common';
import { LocalizedText } from './localized-text';
import { Theme } from './themes';

export const RegionSide = z.enum(['partner', 'home']);
export const RegionLevel = z.enum(['country', 'province', 'city-province', 'city', 'district']);
export type RegionLevel = z.infer<typeof RegionLevel>;

/** A figure the source states, e.g. GDP growth 9.3 % in 2017, or 127 universities. */
export const KeyFigure = z.object({
  key: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9-]+$/),
  label: LocalizedText,
  value: z.number(),
  unit: z.string().max(20).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  qualifier: z.enum(['exact', 'approx', 'more-than', 'target']).default('exact'),
});
export type KeyFigure = z.infer<typeof KeyFigure>;

export const RegionInput = z.object({
  id: Id,
  side: RegionSide,
  level: RegionLevel,
  parentId: Id.nullable().default(null),
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. CN'),
  name: LocalizedText,
  capital: LocalizedText.nullable().default(null),
  description: LocalizedText.nullable().default(null),
  population: z.number().int().positive().nullable().default(null),
  populationQualifier: z.enum(['exact', 'approx', 'more-than']).default('approx'),
  areaKm2: z.number().positive().nullable().default(null),
  figures: z.array(KeyFigure).max(50).default([]),
  facts: z.array(LocalizedText).max(50).default([]),
  industries: z.array(LocalizedText).max(50).default([]),
  location: z
    .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
    .nullable()
    .default(null),
});
export type RegionInput = z.input<typeof RegionInput>;

export const RegionUpdate = RegionInput.omit({ id: true });

export const Region = RegionInput.extend({ ...Timestamps }).meta({ id: 'Region' });
export type Region = z.infer<typeof Region>;

export const RegionSummary = Region.pick({
  id: true,
  side: true,
  level: true,
  parentId: true,
  country: true,
  name: true,
  population: true,
  areaKm2: true,
  location: true,
}).extend({ opportunityCount: z.number().int() });
export type RegionSummary = z.infer<typeof RegionSummary>;

export const RegionListQuery = z.object({
  side: RegionSide.optional(),
  level: RegionLevel.optional(),
  parentId: z.string().max(100).optional(),
  sort: z.enum(['name', 'population', 'areaKm2']).default('name'),
  ...PageQuery,
});
export const RegionPage = pageOf(RegionSummary);

export const ThemeCount = z.object({ theme: Theme, count: z.number().int() });

export const RegionDetail = Region.extend({
  children: z.array(RegionSummary),
  twinnings: z.array(z.lazy(() => TwinningRef)),
  opportunitiesByTheme: z.array(ThemeCount),
});
export type RegionDetail = z.infer<typeof RegionDetail>;

export const TwinningRef = z.object({
  id: z.string(),
  otherRegionId: z.string(),
  otherRegionName: LocalizedText,
  since: z.number().int().nullable(),
});
