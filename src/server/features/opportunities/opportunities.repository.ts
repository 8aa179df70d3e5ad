import { type SQL, and, arrayOverlaps, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { LocalizedText, Opportunity, OpportunityInput, OpportunityListQuery } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { opportunities, regions } from '../../db/schema';
import { searchQuery, searchVector } from './search-document';

type Values = Omit<z.output<typeof OpportunityInput>, 'id' | 'stage'>;
/** Which drafts a reader sees: all (managers), those of a region and below it (its officials), none. */
export type DraftsSeen = 'all' | 'none' | { regionId: string };

function selectOpportunities(db: DbOrTx, extra: { rank?: SQL<number> } = {}) {
  return db
    .select({ o: opportunities, regionName: regions.name, ...extra })
    .from(opportunities)
    .innerJoin(regions, eq(regions.id, opportunities.regionId));
}

function toOpportunity({ o, regionName }: { o: typeof opportunities.$inferSelect; regionName: Opportunity['regionName'] }): Opportunity {
  const { searchVector: _vector, originalLang: _lang, expiryReminderSentAt: _reminded, ...rest } = o;
  return { ...rest, themes: rest.themes as Opportunity['themes'], regionName };
}

/** The stored row of an opportunity: the input plus what is derived from it for search (no expiry date unless given). */
export function rowValues(values: Omit<Values, 'expiresOn'> & { expiresOn?: string | null }) {
  return { ...values, originalLang: values.title.original, searchVector: searchVector(values.title, values.description) };
}

export async function findOpportunity(db: DbOrTx, id: string) {
  const [row] = await selectOpportunities(db).where(eq(opportunities.id, id));
  return row && toOpportunity(row);
}

/** The regions given and everything below them (a province includes its cities and districts). */
const withDescendants = (ids: string[]) => sql`(
  with recursive tree(id) as (
    select id from regions where id in ${ids}
    union select r.id from regions r join tree on r.parent_id = tree.id)
  select id from tree)`;

/** A title, or a description that exists, without a version in `lang`. */
const missingIn = (lang: string) =>
  sql`(not (${opportunities.title} ? ${lang}) or (${opportunities.description} is not null and not (${opportunities.description} ? ${lang})))`;

export async function listOpportunities(
  db: DbOrTx,
  q: z.output<typeof OpportunityListQuery>,
  { membersOnlyToo, drafts }: { membersOnlyToo: boolean; drafts: DraftsSeen },
) {
  const query = q.q ? searchQuery(q.q) : undefined;
  const where = and(
    membersOnlyToo ? undefined : eq(opportunities.visibility, 'public'),
    drafts === 'all'
      ? undefined
      : drafts === 'none'
        ? ne(opportunities.stage, 'draft')
        : sql`(${opportunities.stage} <> 'draft' or ${opportunities.regionId} in ${withDescendants([drafts.regionId])})`,
    q.regionId?.length ? sql`${opportunities.regionId} in ${withDescendants(q.regionId)}` : undefined,
    q.theme?.length ? arrayOverlaps(opportunities.themes, q.theme) : undefined,
    q.language ? eq(opportunities.originalLang, q.language) : undefined,
    q.missingLanguage ? missingIn(q.missingLanguage) : undefined,
    q.status?.length ? inArray(opportunities.status, q.status) : undefined,
    query ? sql`${opportunities.searchVector} @@ ${query}` : undefined,
  );
  const direction = q.order === 'desc' ? desc : asc;
  const titleIn = (table: typeof opportunities.title | typeof regions.name) => sql`coalesce(${table}->>${q.lang}, ${table}->>(${table}->>'original'))`;
  const order: SQL[] =
    q.sort === 'relevance' && query
      ? [sql`ts_rank(${opportunities.searchVector}, ${query}) desc`]
      : q.sort === 'region'
        ? [direction(titleIn(regions.name)), asc(titleIn(opportunities.title))]
        : q.sort === 'createdAt' || q.sort === 'updatedAt'
          ? [direction(opportunities[q.sort])]
          : [direction(titleIn(opportunities.title))];
  const rows = await selectOpportunities(db)
    .where(where)
    .orderBy(...order, asc(opportunities.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(opportunities).innerJoin(regions, eq(regions.id, opportunities.regionId)).where(where);
  return { items: rows.map(toOpportunity), total: total?.n ?? 0 };
}

export async function insertOpportunity(db: DbOrTx, id: string, { stage, ...values }: Values & { stage: Opportunity['stage'] }) {
  await db.insert(opportunities).values({ id, ...rowValues(values), stage, publishedAt: stage === 'published' ? (sql`now()` as unknown as string) : null });
}

export async function updateOpportunity(db: DbOrTx, id: string, values: Values) {
  const rows = await db
    .update(opportunities)
    .set({ ...rowValues(values), updatedAt: sql`now()` })
    .where(eq(opportunities.id, id))
    .returning({ id: opportunities.id });
  return rows.length > 0;
}

/** The title and description with a translation added; the search document follows them. */
export async function updateTexts(db: DbOrTx, id: string, title: LocalizedText, description: LocalizedText | null) {
  const rows = await db
    .update(opportunities)
    .set({ title, description, searchVector: searchVector(title, description), updatedAt: sql`now()` })
    .where(eq(opportunities.id, id))
    .returning({ id: opportunities.id });
  return rows.length > 0;
}

export async function deleteOpportunity(db: DbOrTx, id: string) {
  const rows = await db.delete(opportunities).where(eq(opportunities.id, id)).returning({ id: opportunities.id });
  return rows.length > 0;
}
