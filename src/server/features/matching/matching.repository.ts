import { randomUUID } from 'node:crypto';
import { type SQL, and, asc, count, desc, eq, gt, inArray, ne, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import {
  matchEvents,
  matches,
  matchingStatistics,
  opportunityMatchNorms,
  opportunities,
  organisationProfiles,
  organisations,
  twinnings,
  users,
} from '../../db/schema';
import type { StoredCollectionStatistics, StoredExplanation } from '../../db/schema/matching';
import type { LocalizedText, MatchStatus } from '../../../shared/api';

// ── What the engine reads ───────────────────────────────────────────────────

export type OrganisationForMatching = {
  id: string;
  name: string;
  description: LocalizedText | null;
  homeRegionId: string | null;
  capabilities: string[];
  sectors: string[];
};

function selectOrganisationsForMatching(db: DbOrTx) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      description: organisations.description,
      homeRegionId: organisations.homeRegionId,
      capabilities: sql<string[]>`coalesce(${organisationProfiles.capabilities}, '{}')`,
      sectors: sql<string[]>`coalesce(${organisationProfiles.sectors}, '{}')`,
    })
    .from(organisations)
    .leftJoin(organisationProfiles, eq(organisationProfiles.organisationId, organisations.id));
}

/** Organisations in id order, a page at a time (keyset), with what their profile adds. */
export async function organisationsForMatching(db: DbOrTx, after: string, limit: number): Promise<OrganisationForMatching[]> {
  return selectOrganisationsForMatching(db).where(gt(organisations.id, after)).orderBy(asc(organisations.id)).limit(limit);
}

/** The organisations named (those deleted meanwhile are missing). */
export async function organisationsForMatchingById(db: DbOrTx, ids: string[]): Promise<OrganisationForMatching[]> {
  return selectOrganisationsForMatching(db).where(inArray(organisations.id, ids)).orderBy(asc(organisations.id));
}

export type OpportunityForMatching = {
  id: string;
  title: LocalizedText;
  description: LocalizedText | null;
  originalLang: 'nl' | 'en' | 'zh';
  regionId: string;
};

export async function opportunitiesForMatching(db: DbOrTx, ids: string[] | 'all'): Promise<OpportunityForMatching[]> {
  const q = db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      description: opportunities.description,
      originalLang: opportunities.originalLang,
      regionId: opportunities.regionId,
    })
    .from(opportunities);
  return (ids === 'all' ? q : q.where(inArray(opportunities.id, ids))).orderBy(asc(opportunities.id));
}

export async function twinningPairs(db: DbOrTx): Promise<{ home: string; partner: string }[]> {
  return db.select({ home: twinnings.homeRegionId, partner: twinnings.partnerRegionId }).from(twinnings);
}

// ── Writing computed matches ────────────────────────────────────────────────

export type ComputedMatch = { organisationId: string; score: number; explanation: StoredExplanation };

/**
 * Replaces an opportunity's computed matches: new pairs are added, ranked pairs updated,
 * pairs no longer ranked removed unless someone gave them a status (those stay, not current).
 * Organisations or the opportunity deleted meanwhile are skipped.
 */
export async function replaceMatches(tx: DbOrTx, opportunityId: string, computed: ComputedMatch[]): Promise<void> {
  const [opp] = await tx.select({ id: opportunities.id }).from(opportunities).where(eq(opportunities.id, opportunityId)).for('share');
  if (!opp) return;
  const orgIds = computed.map((c) => c.organisationId);
  const existing = orgIds.length
    ? new Set(
        (await tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, orgIds)).for('key share')).map(
          (r) => r.id,
        ),
      )
    : new Set<string>();
  const rows = computed
    .filter((c) => existing.has(c.organisationId))
    .map((c, i) => ({
      id: randomUUID(),
      opportunityId,
      organisationId: c.organisationId,
      score: c.score,
      rank: i + 1,
      explanation: c.explanation,
    }));
  if (rows.length) {
    await tx
      .insert(matches)
      .values(rows)
      .onConflictDoUpdate({
        target: [matches.opportunityId, matches.organisationId],
        set: {
          score: sql`excluded.score`,
          rank: sql`excluded.rank`,
          explanation: sql`excluded.explanation`,
          current: true,
          computedAt: sql`now()`,
        },
      });
  }
  const ranked = rows.map((r) => r.organisationId);
  const notRanked = and(eq(matches.opportunityId, opportunityId), ranked.length ? notInArray(matches.organisationId, ranked) : undefined);
  await tx.delete(matches).where(and(notRanked, eq(matches.status, 'suggested')));
  await tx.update(matches).set({ current: false }).where(and(notRanked, eq(matches.current, true)));
}

// ── Incremental recomputation of one organisation ───────────────────────────

const STATISTICS_ID = 'organisations';

/** Pairs whose status says something about relevance, for learning from the pipeline. */
export async function judgedPairs(db: DbOrTx): Promise<{ opportunityId: string; organisationId: string; status: 'not-relevant' | 'collaboration-started' }[]> {
  const rows = await db
    .select({ opportunityId: matches.opportunityId, organisationId: matches.organisationId, status: matches.status })
    .from(matches)
    .where(inArray(matches.status, ['not-relevant', 'collaboration-started']));
  return rows.flatMap((r) => (r.status === 'not-relevant' || r.status === 'collaboration-started' ? [{ ...r, status: r.status }] : []));
}

export async function saveStatistics(db: DbOrTx, statistics: StoredCollectionStatistics): Promise<void> {
  await db
    .insert(matchingStatistics)
    .values({ id: STATISTICS_ID, statistics })
    .onConflictDoUpdate({ target: matchingStatistics.id, set: { statistics, computedAt: sql`now()` } });
}

export async function loadStatistics(db: DbOrTx): Promise<StoredCollectionStatistics | undefined> {
  const [row] = await db.select({ s: matchingStatistics.statistics }).from(matchingStatistics).where(eq(matchingStatistics.id, STATISTICS_ID));
  return row?.s;
}

export async function saveLexicalNorms(tx: DbOrTx, rows: { opportunityId: string; lexicalMax: number }[]): Promise<void> {
  if (!rows.length) return;
  await tx
    .insert(opportunityMatchNorms)
    .values(rows)
    .onConflictDoUpdate({ target: opportunityMatchNorms.opportunityId, set: { lexicalMax: sql`excluded.lexical_max`, computedAt: sql`now()` } });
}

export async function lexicalNorms(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db.select().from(opportunityMatchNorms);
  return new Map(rows.map((r) => [r.opportunityId, r.lexicalMax]));
}

/** Per opportunity, the score an organisation must beat to enter its list (the last kept one's). */
export async function entryScores(db: DbOrTx, kept: number): Promise<Map<string, number>> {
  const rows = await db.execute(sql`select opportunity_id, score from (
      select opportunity_id, score, row_number() over (partition by opportunity_id order by score desc, id) as n
      from matches where current) ranked where n = ${kept}`);
  return new Map(rowsOf(rows).map((r) => [String(r.opportunity_id), Number(r.score)]));
}

const rowsOf = (result: unknown) => ((result as { rows?: Record<string, unknown>[] }).rows ?? (result as Record<string, unknown>[]));

/** The opportunities whose lists hold a row of these organisations: "opportunity organisation" keys. */
export async function pairsOfOrganisations(db: DbOrTx, organisationIds: string[]): Promise<Set<string>> {
  const rows = await db
    .select({ o: matches.opportunityId, g: matches.organisationId })
    .from(matches)
    .where(inArray(matches.organisationId, organisationIds));
  return new Set(rows.map((r) => pairKey(r.o, r.g)));
}

export const pairKey = (opportunityId: string, organisationId: string) => `${opportunityId}\u0000${organisationId}`;

/**
 * Puts one organisation's freshly computed match into an opportunity's list, or takes it out
 * (computed undefined, or not better than the last kept): other organisations' rows are left as
 * they are, except that one pushed beyond `kept` leaves the list (its status, if any, keeps it
 * as not current). The opportunity row is locked so a full pass over it waits or goes first.
 */
export async function placeOrganisationMatch(
  tx: DbOrTx,
  opportunityId: string,
  organisationId: string,
  computed: ComputedMatch | undefined,
  kept: number,
): Promise<void> {
  const [opp] = await tx.select({ id: opportunities.id }).from(opportunities).where(eq(opportunities.id, opportunityId)).for('no key update');
  if (!opp) return;
  const others = await tx
    .select({ id: matches.id, score: matches.score })
    .from(matches)
    .where(and(eq(matches.opportunityId, opportunityId), eq(matches.current, true), ne(matches.organisationId, organisationId)))
    .orderBy(desc(matches.score), asc(matches.id))
    .limit(kept);
  const last = others.length < kept ? undefined : others[kept - 1];
  const pair = and(eq(matches.opportunityId, opportunityId), eq(matches.organisationId, organisationId));
  if (!computed || (last && computed.score <= last.score)) {
    await tx.delete(matches).where(and(pair, eq(matches.status, 'suggested')));
    await tx.update(matches).set({ current: false }).where(and(pair, eq(matches.current, true)));
    return;
  }
  const rank = others.filter((o) => o.score > computed.score).length + 1;
  await tx
    .insert(matches)
    .values({ id: randomUUID(), opportunityId, organisationId, score: computed.score, rank, explanation: computed.explanation })
    .onConflictDoUpdate({
      target: [matches.opportunityId, matches.organisationId],
      set: { score: computed.score, rank, explanation: computed.explanation, current: true, computedAt: sql`now()` },
    });
  if (last) {
    await tx.delete(matches).where(and(eq(matches.id, last.id), eq(matches.status, 'suggested')));
    await tx.update(matches).set({ current: false }).where(eq(matches.id, last.id));
  }
}

// ── Reading ────────────────────────────────────────────────────────────────

const matchColumns = {
  m: matches,
  // Ranked on reading: an organisation's recomputation places it among rows it leaves untouched.
  rank: sql<number>`(select count(*)::int + 1 from matches higher
    where higher.opportunity_id = ${matches.opportunityId} and higher.current
      and (higher.score > ${matches.score} or (higher.score = ${matches.score} and higher.id < ${matches.id})))`,
  opportunityTitle: opportunities.title,
  regionId: opportunities.regionId,
  themes: opportunities.themes,
  organisationName: organisations.name,
  ownerName: users.displayName,
};
export type MatchRow = {
  m: typeof matches.$inferSelect;
  rank: number;
  opportunityTitle: LocalizedText;
  regionId: string;
  themes: string[];
  organisationName: string;
  ownerName: string | null;
};

function selectMatches(db: DbOrTx) {
  return db
    .select(matchColumns)
    .from(matches)
    .innerJoin(opportunities, eq(opportunities.id, matches.opportunityId))
    .innerJoin(organisations, eq(organisations.id, matches.organisationId))
    .leftJoin(users, eq(users.id, matches.ownerId));
}

export type MatchFilter = {
  opportunityId?: string;
  organisationId?: string;
  status?: MatchStatus[];
  includeDismissed?: boolean;
  regionId?: string;
  theme?: string[];
  /** A user id, or 'none' for matches nobody owns. */
  ownerId?: string;
  overdue?: boolean;
  /** Part of the opportunity's title (any language) or of the organisation's name. */
  q?: string;
};

export type MatchSort = { by: 'score' | 'status' | 'opportunity' | 'organisation' | 'nextAction'; order: 'asc' | 'desc'; lang: 'nl' | 'en' | 'zh' };

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereOf(f: MatchFilter): SQL | undefined {
  return and(
    f.ownerId === 'none' ? sql`${matches.ownerId} is null` : f.ownerId ? eq(matches.ownerId, f.ownerId) : undefined,
    f.overdue ? sql`${matches.nextActionOn} < current_date` : undefined,
    f.q
      ? sql`(${opportunities.title}::text ilike ${likePattern(f.q)} or ${organisations.name} ilike ${likePattern(f.q)})`
      : undefined,
    f.opportunityId ? eq(matches.opportunityId, f.opportunityId) : undefined,
    f.organisationId ? eq(matches.organisationId, f.organisationId) : undefined,
    f.status?.length ? inArray(matches.status, f.status) : undefined,
    f.includeDismissed === false ? ne(matches.status, 'not-relevant') : undefined,
    f.regionId
      ? sql`${opportunities.regionId} in (with recursive tree(id) as (
          select id from regions where id = ${f.regionId}
          union select r.id from regions r join tree on r.parent_id = tree.id) select id from tree)`
      : undefined,
    f.theme?.length ? sql`${opportunities.themes} && ${sql.param(f.theme)}::text[]` : undefined,
  );
}

/** The pipeline's order of the statuses (not-relevant last), for sorting by status. */
const statusOrder = sql`array_position(array['suggested','interested','shortlisted','introduced','meeting-held','collaboration-started','not-relevant']::text[], ${matches.status})`;

function orderOf(sort: MatchSort): SQL[] {
  const dir = (x: SQL | typeof matches.score) => (sort.order === 'asc' ? asc(x) : desc(x));
  const title = sql`coalesce(${opportunities.title}->>${sort.lang}, ${opportunities.title}->>(${opportunities.title}->>'original'))`;
  const first: SQL[] = {
    score: [],
    status: [dir(statusOrder)],
    opportunity: [dir(title)],
    organisation: [dir(sql`lower(${organisations.name})`)],
    nextAction: [sort.order === 'asc' ? sql`${matches.nextActionOn} asc nulls last` : sql`${matches.nextActionOn} desc nulls last`],
  }[sort.by];
  const score = sort.by === 'score' ? dir(matches.score) : desc(matches.score);
  return [...first, score, asc(matches.id)];
}

/** By score: uses matches_opportunity_score_idx / matches_organisation_score_idx (a short index scan). */
export async function listMatches(
  db: DbOrTx,
  f: MatchFilter,
  limit: number,
  offset = 0,
  sort: MatchSort = { by: 'score', order: 'desc', lang: 'en' },
): Promise<MatchRow[]> {
  return selectMatches(db)
    .where(whereOf(f))
    .orderBy(...orderOf(sort))
    .limit(limit)
    .offset(offset);
}

export async function countMatches(db: DbOrTx, f: MatchFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(matches)
    .innerJoin(opportunities, eq(opportunities.id, matches.opportunityId))
    .innerJoin(organisations, eq(organisations.id, matches.organisationId))
    .where(whereOf(f));
  return row?.n ?? 0;
}

/** How many matches each status holds under a filter (the board's column counts). */
export async function countByStatus(db: DbOrTx, f: MatchFilter): Promise<Map<MatchStatus, number>> {
  const rows = await db
    .select({ status: matches.status, n: count() })
    .from(matches)
    .innerJoin(opportunities, eq(opportunities.id, matches.opportunityId))
    .innerJoin(organisations, eq(organisations.id, matches.organisationId))
    .where(whereOf(f))
    .groupBy(matches.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

/** Which of these ids are matches (for the bulk change's all-or-nothing check). */
export async function existingMatchIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  const rows = await db.select({ id: matches.id }).from(matches).where(inArray(matches.id, ids)).for('update');
  return new Set(rows.map((r) => r.id));
}

export async function setPlan(tx: DbOrTx, id: string, plan: { ownerId: string | null; nextActionOn: string | null }): Promise<void> {
  await tx.update(matches).set(plan).where(eq(matches.id, id));
}

/** The people who may own a match: programme managers and admins whose account is enabled. */
export async function possibleOwners(db: DbOrTx): Promise<{ id: string; displayName: string }[]> {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(inArray(users.role, ['programme-manager', 'admin']), eq(users.disabled, false)))
    .orderBy(asc(sql`lower(${users.displayName})`), asc(users.id));
}

export async function findMatch(db: DbOrTx, id: string): Promise<MatchRow | undefined> {
  const [row] = await selectMatches(db).where(eq(matches.id, id));
  return row;
}

export async function setStatus(
  tx: DbOrTx,
  id: string,
  values: { status: MatchStatus; note: string | null; by: string },
): Promise<void> {
  await tx
    .update(matches)
    .set({ status: values.status, note: values.note, statusChangedBy: values.by, statusChangedAt: sql`now()` as unknown as string })
    .where(eq(matches.id, id));
}

export async function insertEvent(
  tx: DbOrTx,
  e: { matchId: string; fromStatus: string; toStatus: string; note: string | null; actor: string },
): Promise<void> {
  await tx.insert(matchEvents).values(e);
}

/** A match the engine never proposed (an organisation's own interest): score 0, not current. */
export async function insertUnrankedMatch(tx: DbOrTx, opportunityId: string, organisationId: string): Promise<void> {
  await tx
    .insert(matches)
    .values({ id: randomUUID(), opportunityId, organisationId, score: 0, rank: 0, current: false, explanation: { concepts: [], sharedTerms: [], twinned: false } })
    .onConflictDoNothing({ target: [matches.opportunityId, matches.organisationId] });
}

export function listEvents(db: DbOrTx, matchId: string) {
  return db
    .select({ fromStatus: matchEvents.fromStatus, toStatus: matchEvents.toStatus, note: matchEvents.note, actor: matchEvents.actor, at: matchEvents.at })
    .from(matchEvents)
    .where(eq(matchEvents.matchId, matchId))
    .orderBy(asc(matchEvents.id));
}

// ── Organisation profiles ───────────────────────────────────────────────────

export type ProfileRow = typeof organisationProfiles.$inferSelect;

export async function findProfile(db: DbOrTx, organisationId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(organisationProfiles).where(eq(organisationProfiles.organisationId, organisationId));
  return row;
}

export async function upsertProfile(db: DbOrTx, row: Omit<ProfileRow, 'updatedAt'>): Promise<void> {
  const { organisationId: _id, ...set } = row;
  await db
    .insert(organisationProfiles)
    .values(row)
    .onConflictDoUpdate({ target: organisationProfiles.organisationId, set: { ...set, updatedAt: sql`now()` as unknown as string } });
}
