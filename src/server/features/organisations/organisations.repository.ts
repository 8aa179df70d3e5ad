import { type SQL, and, asc, count, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { detectLanguage } from '../../../core/text';
import type { LocalizedText, OrganisationConfidential, OrganisationFacetsQuery, OrganisationInput, OrganisationListQuery } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { pgTextArray } from '../../db/rows';
import { organisationProfiles, organisations, regions } from '../../db/schema';
import { searchVector } from '../opportunities/search-document';
import type { DirectorySearch } from './directory-search';

type Row = typeof organisations.$inferSelect;
export type OrganisationValues = Omit<z.output<typeof OrganisationInput>, 'id' | 'notes'> & { notes: string | null };
type Filter = z.output<typeof OrganisationFacetsQuery>;
type ListQuery = z.output<typeof OrganisationListQuery>;

const { searchVector: _vector, ...visibleColumns } = getTableColumns(organisations);

/** The full record, confidential fields included; the service decides who sees what. */
export function toOrganisation(row: Omit<Row, 'searchVector'>): OrganisationConfidential {
  const { searchVector: _v, ...rest } = row as Row;
  return { ...rest, notes: rest.notes ?? null };
}

/**
 * The search text of an organisation: its name (weight A, in the language it is written in) and
 * every language of its description (B), as the opportunities index theirs.
 */
export function searchValues(name: string, description: LocalizedText | null): SQL {
  const lang = detectLanguage(name);
  return searchVector({ original: lang, [lang]: name }, description);
}

/** A row as stored: the values plus the search vector derived from them. */
export function organisationRow<T extends { name: string; description?: LocalizedText | null }>(values: T) {
  return { ...values, searchVector: searchValues(values.name, values.description ?? null) as unknown as string };
}

export async function findOrganisation(db: DbOrTx, id: string) {
  const [row] = await db.select(visibleColumns).from(organisations).where(eq(organisations.id, id));
  return row && toOrganisation(row);
}

/** Organisations whose id is in a set of profiles matching `condition` (an index scan, not a join per row). */
const profileHas = (condition: SQL) =>
  sql`${organisations.id} = any(array(select ${organisationProfiles.organisationId} from ${organisationProfiles} where ${condition}))`;

export type WhereContext = {
  membersOnlyToo: boolean;
  search?: DirectorySearch | undefined;
  /** theme → the concept ids under it (the thesaurus decides which concepts a theme holds). */
  themeConcepts: (theme: string) => string[];
};

/** The directory's filter as SQL; `without` leaves one facet's own selection out (for its counts). */
export function directoryWhere(q: Filter, ctx: WhereContext, without?: keyof Filter): SQL | undefined {
  const search = ctx.search;
  const searchCondition =
    search && (search.tsquery || search.conceptIds.length)
      ? sql`(${sql.join(
          [
            ...(search.tsquery ? [sql`${organisations.searchVector} @@ ${search.tsquery}`] : []),
            ...(search.conceptIds.length ? [profileHas(sql`${organisationProfiles.capabilities} && ${pgTextArray(search.conceptIds)}`)] : []),
          ],
          sql` or `,
        )})`
      : undefined;
  const themeIds = without === 'theme' ? [] : (q.theme ?? []).flatMap(ctx.themeConcepts);
  return and(
    ctx.membersOnlyToo ? undefined : eq(organisations.visibility, 'public'),
    searchCondition,
    without !== 'type' && q.type?.length ? inArray(organisations.type, q.type) : undefined,
    without !== 'country' && q.country?.length ? inArray(organisations.country, q.country) : undefined,
    without !== 'regionId' && q.regionId?.length ? inArray(organisations.homeRegionId, q.regionId) : undefined,
    without !== 'theme' && q.theme?.length ? profileHas(sql`${organisationProfiles.capabilities} && ${pgTextArray(themeIds)}`) : undefined,
    without !== 'language' && q.language?.length ? profileHas(sql`${organisationProfiles.languages} && ${pgTextArray(q.language)}`) : undefined,
    // A description without a version in this language (an organisation without one has nothing to translate).
    q.missingLanguage ? sql`(${organisations.description} is not null and not (${organisations.description} ? ${q.missingLanguage}))` : undefined,
  );
}

export async function listOrganisations(db: DbOrTx, q: ListQuery, ctx: WhereContext) {
  const where = directoryWhere(q, ctx);
  const direction = q.order === 'desc' ? desc : asc;
  const byName = [direction(sql`lower(${organisations.name})`), direction(organisations.id)];
  const order: SQL[] =
    q.sort === 'type'
      ? [direction(organisations.type), ...byName]
      : q.sort === 'country'
        ? [direction(organisations.country), ...byName]
        : q.sort === 'updated'
          ? [direction(organisations.updatedAt), direction(organisations.id)]
          : byName;
  const rows = await db
    .select({ o: visibleColumns, regionName: regions.name })
    .from(organisations)
    .leftJoin(regions, eq(regions.id, organisations.homeRegionId))
    .where(where)
    .orderBy(...order)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(organisations).where(where);
  return { items: rows.map((r) => ({ ...toOrganisation(r.o), regionName: r.regionName ?? null })), total: total?.n ?? 0 };
}

/** Counts per value of each facet under the other filters. */
export async function directoryFacets(db: DbOrTx, q: Filter, ctx: WhereContext, themeOf: ReadonlyMap<string, string>) {
  const counted = <R extends { value: string | null; count: number }>(rows: R[]) =>
    rows.filter((r): r is R & { value: string } => r.value !== null).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const n = sql<number>`count(*)::int`;
  const [type, country, region, language, theme] = await Promise.all([
    db
      .select({ value: organisations.type, count: n })
      .from(organisations)
      .where(directoryWhere(q, ctx, 'type'))
      .groupBy(organisations.type),
    db
      .select({ value: organisations.country, count: n })
      .from(organisations)
      .where(directoryWhere(q, ctx, 'country'))
      .groupBy(organisations.country),
    db
      .select({ value: organisations.homeRegionId, name: regions.name, count: n })
      .from(organisations)
      .innerJoin(regions, eq(regions.id, organisations.homeRegionId))
      .where(directoryWhere(q, ctx, 'regionId'))
      .groupBy(organisations.homeRegionId, regions.name),
    db
      .select({ value: sql<string>`l.value`, count: n })
      .from(organisations)
      .innerJoin(organisationProfiles, eq(organisationProfiles.organisationId, organisations.id))
      .innerJoin(sql`unnest(${organisationProfiles.languages}) as l(value)`, sql`true`)
      .where(directoryWhere(q, ctx, 'language'))
      .groupBy(sql`l.value`),
    themeOf.size === 0
      ? Promise.resolve([])
      : db
          .select({ value: sql<string>`m.theme`, count: sql<number>`count(distinct ${organisations.id})::int` })
          .from(organisations)
          .innerJoin(organisationProfiles, eq(organisationProfiles.organisationId, organisations.id))
          .innerJoin(
            sql`unnest(${pgTextArray([...themeOf.keys()])}, ${pgTextArray([...themeOf.values()])}) as m(concept, theme)`,
            sql`m.concept = any(${organisationProfiles.capabilities})`,
          )
          .where(directoryWhere(q, ctx, 'theme'))
          .groupBy(sql`m.theme`),
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
  const rows = await db.select({ id: organisations.id }).from(organisations).where(directoryWhere(q, ctx)).orderBy(asc(organisations.id));
  return rows.map((r) => r.id);
}

/** Rows written without a search vector (older rows, raw SQL, a restore): indexed on the next search. */
export async function indexUnindexed(db: DbOrTx, limit = 2000): Promise<number> {
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, description: organisations.description })
    .from(organisations)
    .where(isNull(organisations.searchVector))
    .limit(limit);
  for (const r of rows) {
    await db
      .update(organisations)
      .set({ searchVector: searchValues(r.name, r.description) as unknown as string })
      .where(eq(organisations.id, r.id));
  }
  return rows.length;
}

export async function insertOrganisation(db: DbOrTx, id: string, values: OrganisationValues) {
  const [row] = await db
    .insert(organisations)
    .values(organisationRow({ id, ...values }))
    .returning(visibleColumns);
  return toOrganisation(row!);
}

export async function updateOrganisation(db: DbOrTx, id: string, values: OrganisationValues) {
  const [row] = await db
    .update(organisations)
    .set({ ...organisationRow(values), updatedAt: sql`now()` })
    .where(eq(organisations.id, id))
    .returning(visibleColumns);
  return row && toOrganisation(row);
}

/** The description with a translation added; the search document follows it. */
export async function updateDescription(db: DbOrTx, id: string, name: string, description: LocalizedText) {
  const [row] = await db
    .update(organisations)
    .set({ description, searchVector: searchValues(name, description) as unknown as string, updatedAt: sql`now()` })
    .where(eq(organisations.id, id))
    .returning(visibleColumns);
  return row && toOrganisation(row);
}

export async function deleteOrganisation(db: DbOrTx, id: string) {
  const rows = await db.delete(organisations).where(eq(organisations.id, id)).returning({ id: organisations.id });
  return rows.length > 0;
}

export async function organisationDependents(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ n: count() })
    .from(sql`users`)
    .where(sql`organisation_id = ${id}`);
  return { users: row?.n ?? 0 };
}
