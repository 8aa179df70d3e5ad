// Queries of the matching engine: what it reads to compute matches and how it writes them, whole
// or one organisation at a time. The matches people work with are in matching.repository.ts.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, ne, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { matches, matchingStatistics, opportunityMatchNorms, opportunities, organisationProfiles, organisations, twinnings } from '../../db/schema';
import type { StoredCollectionStatistics, StoredExplanation } from '../../db/schema/matching';
import type { LocalizedText } from '../../../shared/api';

// ── What the engine reads ───────────────────────────────────────────────────

export type OrganisationForMatching = {
  id: string;
  name: string;
  description: LocalizedText | null;
  homeRegionId: string | null;
  capabilities: string[];
  sectors: string[];
  /** A hash of all of the above: which version of the organisation an analysis was made of. */
  sourceHash: string;
};

/**
 * Hash of what the matching reads of an organisation (row joined with its profile), computed by
 * the database so that a stored analysis is compared with the current row without reading it.
 */
export const sourceHash = sql<string>`md5(concat_ws(chr(1), ${organisations.name}, ${organisations.description}::text,
  coalesce(${organisations.homeRegionId}, chr(2)), coalesce(${organisationProfiles.capabilities}, '{}')::text,
  coalesce(${organisationProfiles.sectors}, '{}')::text))`;

export const organisationFields = {
  id: organisations.id,
  name: organisations.name,
  description: organisations.description,
  homeRegionId: organisations.homeRegionId,
  capabilities: sql<string[]>`coalesce(${organisationProfiles.capabilities}, '{}')`,
  sectors: sql<string[]>`coalesce(${organisationProfiles.sectors}, '{}')`,
  sourceHash,
};

function selectOrganisationsForMatching(db: DbOrTx) {
  return db.select(organisationFields).from(organisations).leftJoin(organisationProfiles, eq(organisationProfiles.organisationId, organisations.id));
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
    ? new Set((await tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, orgIds)).for('key share')).map((r) => r.id))
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
  await tx
    .update(matches)
    .set({ current: false })
    .where(and(notRanked, eq(matches.current, true)));
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

/** The statistics of a full pass, with the analysis key of the index stored with them (null: none stored). */
export async function saveStatistics(db: DbOrTx, statistics: StoredCollectionStatistics, analysisKey: string | null = null): Promise<void> {
  await db
    .insert(matchingStatistics)
    .values({ id: STATISTICS_ID, statistics, analysisKey })
    .onConflictDoUpdate({ target: matchingStatistics.id, set: { statistics, analysisKey, computedAt: sql`now()` } });
}

export async function loadStatistics(db: DbOrTx): Promise<StoredCollectionStatistics | undefined> {
  return (await loadStatisticsWithKey(db))?.statistics;
}

export async function loadStatisticsWithKey(db: DbOrTx): Promise<{ statistics: StoredCollectionStatistics; analysisKey: string | null } | undefined> {
  const [row] = await db
    .select({ statistics: matchingStatistics.statistics, analysisKey: matchingStatistics.analysisKey })
    .from(matchingStatistics)
    .where(eq(matchingStatistics.id, STATISTICS_ID));
  return row;
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

const rowsOf = (result: unknown) => (result as { rows?: Record<string, unknown>[] }).rows ?? (result as Record<string, unknown>[]);

/** The opportunities whose lists hold a row of these organisations: "opportunity organisation" keys. */
export async function pairsOfOrganisations(db: DbOrTx, organisationIds: string[]): Promise<Set<string>> {
  const rows = await db.select({ o: matches.opportunityId, g: matches.organisationId }).from(matches).where(inArray(matches.organisationId, organisationIds));
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
    await tx
      .update(matches)
      .set({ current: false })
      .where(and(pair, eq(matches.current, true)));
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
