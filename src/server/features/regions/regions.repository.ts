import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Region, RegionInput, RegionListQuery, RegionSummary } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { rowsOf } from '../../db/rows';
import { regions } from '../../db/schema';

type RegionRow = typeof regions.$inferSelect;
type RegionValues = z.output<typeof RegionInput>;

export function toRegion(row: RegionRow): Region {
  const { lat, lon, ...rest } = row;
  return { ...rest, location: lat === null || lon === null ? null : { lat, lon } };
}

function toRow(input: RegionValues) {
  const { location, ...rest } = input;
  return { ...rest, lat: location?.lat ?? null, lon: location?.lon ?? null };
}

export async function findRegion(db: DbOrTx, id: string): Promise<Region | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.id, id));
  return row && toRegion(row);
}

export async function findRegionNames(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, Region['name']>();
  const rows = await db.select({ id: regions.id, name: regions.name }).from(regions).where(inArray(regions.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// A region counts the opportunities of its cities and districts too (Sichuan includes Chengdu's).
// Spelled out: inside a sub-select drizzle would render the outer column unqualified.
// Visitors count public opportunities only (members-only ones are not theirs to see).
const opportunityCountFor = ({ membersOnlyToo }: Counting) => sql<number>`(
  with recursive tree(id) as (
    select "regions"."id" union select r.id from regions r join tree on r.parent_id = tree.id)
  select count(*)::int from opportunities o where o.region_id in (select id from tree)
    and (${membersOnlyToo}::boolean or o.visibility = 'public'))`;

/** Which opportunities a reader may count. */
export type Counting = { membersOnlyToo: boolean };

export async function listRegions(db: DbOrTx, q: z.output<typeof RegionListQuery>, counting: Counting) {
  const opportunityCount = opportunityCountFor(counting);
  const where = and(
    q.side ? eq(regions.side, q.side) : undefined,
    q.level ? eq(regions.level, q.level) : undefined,
    q.parentId ? eq(regions.parentId, q.parentId) : undefined,
  );
  const sortColumn = q.sort === 'population' ? regions.population : q.sort === 'areaKm2' ? regions.areaKm2 : sql`${regions.name}->>'en'`;
  // Regions without the figure go last in either direction.
  const direction = (column: typeof sortColumn) => (q.order === 'desc' ? sql`${column} desc nulls last` : sql`${column} asc nulls last`);
  const rows = await db
    .select({ region: regions, opportunityCount })
    .from(regions)
    .where(where)
    .orderBy(direction(sortColumn), asc(regions.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(regions).where(where);
  return { items: rows.map((r) => toSummary(r.region, r.opportunityCount)), total: total?.n ?? 0 };
}

export async function listChildren(db: DbOrTx, parentId: string, counting: Counting): Promise<RegionSummary[]> {
  const opportunityCount = opportunityCountFor(counting);
  const rows = await db.select({ region: regions, opportunityCount }).from(regions).where(eq(regions.parentId, parentId)).orderBy(asc(regions.id));
  return rows.map((r) => toSummary(r.region, r.opportunityCount));
}

function toSummary(row: RegionRow, opportunityCount: number): RegionSummary {
  const r = toRegion(row);
  return {
    id: r.id,
    side: r.side,
    level: r.level,
    parentId: r.parentId,
    country: r.country,
    name: r.name,
    population: r.population,
    areaKm2: r.areaKm2,
    location: r.location,
    opportunityCount,
  };
}

export async function insertRegion(db: DbOrTx, input: RegionValues): Promise<Region> {
  const [row] = await db.insert(regions).values(toRow(input)).returning();
  return toRegion(row!);
}

export async function updateRegion(db: DbOrTx, id: string, input: Omit<RegionValues, 'id'>) {
  const [row] = await db
    .update(regions)
    .set({ ...toRow({ ...input, id }), updatedAt: sql`now()` })
    .where(eq(regions.id, id))
    .returning();
  return row && toRegion(row);
}

export async function deleteRegion(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(regions).where(eq(regions.id, id)).returning({ id: regions.id });
  return rows.length > 0;
}

/** What still refers to a region; a region is deleted only when nothing does. */
export async function regionDependents(db: DbOrTx, id: string) {
  const result = await db.execute(sql`
    select (select count(*)::int from regions where parent_id = ${id}) as children,
           (select count(*)::int from opportunities where region_id = ${id}) as opportunities,
           (select count(*)::int from twinnings where home_region_id = ${id} or partner_region_id = ${id}) as twinnings`);
  const [row] = rowsOf<{ children: number; opportunities: number; twinnings: number }>(result);
  return row ?? { children: 0, opportunities: 0, twinnings: 0 };
}

export async function opportunitiesByTheme(db: DbOrTx, regionId: string, { membersOnlyToo }: Counting) {
  const result = await db.execute(sql`
    select theme, count(*)::int as count
    from opportunities, unnest(themes) as theme
    where (region_id = ${regionId}
       or region_id in (select id from regions where parent_id = ${regionId}))
      and (${membersOnlyToo}::boolean or visibility = 'public')
    group by theme order by count desc, theme`);
  return rowsOf<{ theme: string; count: number }>(result);
}
