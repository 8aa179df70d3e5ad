import { type SQL, and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { OrganisationFacetsQuery, OrganisationListQuery } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { pgTextArray, rowsOf } from '../../db/rows';
import { organisationDirectory as d, organisations, regions } from '../../db/schema';
import type { DirectorySearch } from './directory-search';
import { toOrganisation, visibleColumns } from './organisations.repository';

// The directory's queries filter, sort and count on organisation_directory, the narrow listing
// row the database triggers keep in step with organisations and their profiles (migration 0020):
// a total or a facet count reads a few dozen bytes per organisation instead of its description
// and search vector, and the theme and language filters need no join to the profiles. Only the
// page's 50 rows are read from organisations.

type Filter = z.output<typeof OrganisationFacetsQuery>;
type ListQuery = z.output<typeof OrganisationListQuery>;

export type WhereContext = {
  membersOnlyToo: boolean;
  /**
   * What the search matches, absent without a search: its query, for the page (matched, sorted and
   * counted in one statement), or its ids resolved once (searchMatches), for the facets' five counts.
   */
  search?: { matches: SQL } | { ids: readonly string[] } | undefined;
  /** theme → the concept ids under it (the thesaurus decides which concepts a theme holds). */
  themeConcepts: (theme: string) => string[];
};

/**
 * The ids of the organisations a search finds, as a query: the words (or a concept's labels) in
 * the search vector, or one of its concepts among the confirmed capabilities. Two index lookups
 * joined by union: as one `or` in the filter, the planner read every row's vector instead.
 * Undefined when the query holds nothing to search for (as before: no search condition at all).
 */
export function searchMatchesQuery(search: DirectorySearch): SQL | undefined {
  const parts = [
    ...(search.tsquery ? [sql`select ${organisations.id} as id from ${organisations} where ${organisations.searchVector} @@ ${search.tsquery}`] : []),
    ...(search.conceptIds.length ? [sql`select ${d.id} as id from ${d} where ${d.capabilities} && ${pgTextArray(search.conceptIds)}`] : []),
  ];
  return parts.length ? sql.join(parts, sql` union `) : undefined;
}

/** The same, run once: the ids. */
export async function searchMatches(db: DbOrTx, search: DirectorySearch): Promise<string[] | undefined> {
  const query = searchMatchesQuery(search);
  return query && rowsOf<{ id: string }>(await db.execute(query)).map((r) => r.id);
}

/** The directory's filter as SQL over organisation_directory; `without` leaves one facet's own selection out (for its counts). */
export function directoryWhere(q: Filter, ctx: WhereContext, without?: keyof Filter): SQL | undefined {
  const search = ctx.search;
  return and(
    ctx.membersOnlyToo ? undefined : eq(d.visibility, 'public'),
    search === undefined
      ? undefined
      : 'matches' in search
        ? sql`${d.id} in (${search.matches})`
        : search.ids.length
          ? sql`${d.id} = any(${pgTextArray(search.ids)})`
          : sql`false`,
    without !== 'type' && q.type?.length ? inArray(d.type, q.type) : undefined,
    without !== 'country' && q.country?.length ? inArray(d.country, q.country) : undefined,
    without !== 'regionId' && q.regionId?.length ? inArray(d.homeRegionId, q.regionId) : undefined,
    without !== 'theme' && q.theme?.length ? sql`${d.capabilities} && ${pgTextArray(q.theme.flatMap(ctx.themeConcepts))}` : undefined,
    without !== 'language' && q.language?.length ? sql`${d.languages} && ${pgTextArray(q.language)}` : undefined,
    // A description without a version in this language (an organisation without one has nothing to translate).
    q.missingLanguage ? sql`(${d.descriptionKeys} is not null and not (${q.missingLanguage} = any(${d.descriptionKeys})))` : undefined,
  );
}

export async function listOrganisations(db: DbOrTx, q: ListQuery, ctx: WhereContext) {
  const where = directoryWhere(q, ctx);
  const direction = q.order === 'desc' ? desc : asc;
  const order = (c: { id: AnyPgColumn; nameKey: AnyPgColumn; type: AnyPgColumn; country: AnyPgColumn; updatedAt: AnyPgColumn }): SQL[] => {
    const byName = [direction(c.nameKey), direction(c.id)];
    if (q.sort === 'type') return [direction(c.type), ...byName];
    if (q.sort === 'country') return [direction(c.country), ...byName];
    if (q.sort === 'updated') return [direction(c.updatedAt), direction(c.id)];
    return byName;
  };
  // The page is chosen on the narrow rows; only its rows are read in full (one statement, so a
  // row deleted meanwhile cannot leave a hole in the page). A search's matches are few and all
  // sorted anyway: their count comes with the page (a window over them), not from a second pass.
  const searching = ctx.search !== undefined;
  const page = db
    .select({
      id: d.id,
      nameKey: d.nameKey,
      type: d.type,
      country: d.country,
      updatedAt: d.updatedAt,
      total: (searching ? sql<number>`(count(*) over ())::int` : sql<number>`null::int`).as('total'),
    })
    .from(d)
    .where(where)
    .orderBy(...order(d))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .as('page');
  const rows = await db
    .select({ o: visibleColumns, regionName: regions.name, total: page.total })
    .from(page)
    .innerJoin(organisations, eq(organisations.id, page.id))
    .leftJoin(regions, eq(regions.id, organisations.homeRegionId))
    .orderBy(...order(page));
  const total = searching && rows.length ? rows[0]!.total : ((await db.select({ n: count() }).from(d).where(where))[0]?.n ?? 0);
  return { items: rows.map((r) => ({ ...toOrganisation(r.o), regionName: r.regionName ?? null })), total };
}

/** Counts per value of each facet under the other filters. */
export async function directoryFacets(db: DbOrTx, q: Filter, ctx: WhereContext, themeOf: ReadonlyMap<string, string>) {
  const counted = <R extends { value: string | null; count: number }>(rows: R[]) =>
    rows.filter((r): r is R & { value: string } => r.value !== null).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const n = sql<number>`count(*)::int`;
  // Arrays unnested in the select list (a ProjectSet), not joined laterally: half the time per row.
  const spoken = db
    .select({ value: sql<string>`unnest(${d.languages})`.as('value') })
    .from(d)
    .where(directoryWhere(q, ctx, 'language'))
    .as('l');
  const held = db
    .select({ id: d.id, concept: sql<string>`unnest(${d.capabilities})`.as('concept') })
    .from(d)
    .where(directoryWhere(q, ctx, 'theme'))
    .as('c');
  const [type, country, region, language, theme] = await Promise.all([
    db
      .select({ value: d.type, count: n })
      .from(d)
      .where(directoryWhere(q, ctx, 'type'))
      .groupBy(d.type),
    db
      .select({ value: d.country, count: n })
      .from(d)
      .where(directoryWhere(q, ctx, 'country'))
      .groupBy(d.country),
    db
      .select({ value: d.homeRegionId, name: regions.name, count: n })
      .from(d)
      .innerJoin(regions, eq(regions.id, d.homeRegionId))
      .where(directoryWhere(q, ctx, 'regionId'))
      .groupBy(d.homeRegionId, regions.name),
    db.select({ value: spoken.value, count: n }).from(spoken).groupBy(spoken.value),
    themeOf.size === 0
      ? Promise.resolve([])
      : // Each organisation once per theme (two capabilities under one theme count once): distinct by hashing, then counted.
        db
          .select({ value: sql<string>`t.theme`, count: n })
          .from(
            db
              .selectDistinct({ id: held.id, theme: sql<string>`m.theme`.as('theme') })
              .from(held)
              .innerJoin(
                sql`unnest(${pgTextArray([...themeOf.keys()])}, ${pgTextArray([...themeOf.values()])}) as m(concept, theme)`,
                sql`m.concept = c.concept`,
              )
              .as('t'),
          )
          .groupBy(sql`t.theme`),
  ]);
  return {
    type: counted(type),
    country: counted(country),
    regionId: counted(region).map((r) => ({ ...r, name: r.name! })),
    language: counted(language),
    theme: counted(theme),
  };
}

/** Ids of the organisations the filter selects, in id order (for the export). */
export async function filteredIds(db: DbOrTx, q: Filter, ctx: WhereContext): Promise<string[]> {
  const rows = await db.select({ id: d.id }).from(d).where(directoryWhere(q, ctx)).orderBy(asc(d.id));
  return rows.map((r) => r.id);
}
