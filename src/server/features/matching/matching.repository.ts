// Queries of the matches people work with (board, status, plan, history) and organisation profiles.
// What the engine reads and writes is in match-computation.repository.ts.
import { randomUUID } from 'node:crypto';
import { type SQL, and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { matchEvents, matches, opportunities, organisationProfiles, organisations, users } from '../../db/schema';
import type { LocalizedText, MatchStatus } from '../../../shared/api';

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

/** Reads only columns of `matches`: opportunities and organisations are asked through subqueries. */
function whereOf(f: MatchFilter): SQL | undefined {
  const opportunityWhere = (condition: SQL) => sql`${matches.opportunityId} in (select o.id from opportunities o where ${condition})`;
  return and(
    f.ownerId === 'none' ? sql`${matches.ownerId} is null` : f.ownerId ? eq(matches.ownerId, f.ownerId) : undefined,
    f.overdue ? sql`${matches.nextActionOn} < current_date` : undefined,
    f.q
      ? sql`(${opportunityWhere(sql`o.title::text ilike ${likePattern(f.q)}`)}
          or ${matches.organisationId} in (select g.id from organisations g where g.name ilike ${likePattern(f.q)}))`
      : undefined,
    f.opportunityId ? eq(matches.opportunityId, f.opportunityId) : undefined,
    f.organisationId ? eq(matches.organisationId, f.organisationId) : undefined,
    f.status?.length ? inArray(matches.status, f.status) : undefined,
    f.includeDismissed === false ? ne(matches.status, 'not-relevant') : undefined,
    f.regionId
      ? opportunityWhere(sql`o.region_id in (with recursive tree(id) as (
          select id from regions where id = ${f.regionId}
          union select r.id from regions r join tree on r.parent_id = tree.id) select id from tree)`)
      : undefined,
    f.theme?.length ? opportunityWhere(sql`o.themes && ${sql.param(f.theme)}::text[]`) : undefined,
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

/**
 * A page of matches. Sorted by columns of `matches` (score, status, next action), the page's ids
 * are chosen on the matches alone (by score: a walk of matches_score_idx, or of the opportunity's
 * or organisation's score index) and only those 50 rows are joined: joining first made the
 * planner hash every organisation (100,000) to show 50 rows. Sorted by an opportunity's title or
 * an organisation's name, the join comes first, as the order needs it.
 */
export async function listMatches(
  db: DbOrTx,
  f: MatchFilter,
  limit: number,
  offset = 0,
  sort: MatchSort = { by: 'score', order: 'desc', lang: 'en' },
): Promise<MatchRow[]> {
  if (sort.by === 'opportunity' || sort.by === 'organisation') {
    return selectMatches(db)
      .where(whereOf(f))
      .orderBy(...orderOf(sort))
      .limit(limit)
      .offset(offset);
  }
  const page = db
    .select({ id: matches.id })
    .from(matches)
    .where(whereOf(f))
    .orderBy(...orderOf(sort))
    .limit(limit)
    .offset(offset);
  return selectMatches(db)
    .where(inArray(matches.id, page))
    .orderBy(...orderOf(sort));
}

// Counting reads the matches alone: the filter names opportunities and organisations through
// subqueries, not joins, and every match has both (foreign keys, deleted with them), so a count
// does not join 100,000 organisations to find nothing missing.
export async function countMatches(db: DbOrTx, f: MatchFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(matches).where(whereOf(f));
  return row?.n ?? 0;
}

/** How many matches each status holds under a filter (the board's column counts). */
export async function countByStatus(db: DbOrTx, f: MatchFilter): Promise<Map<MatchStatus, number>> {
  const rows = await db.select({ status: matches.status, n: count() }).from(matches).where(whereOf(f)).groupBy(matches.status);
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

export async function setStatus(tx: DbOrTx, id: string, values: { status: MatchStatus; note: string | null; by: string }): Promise<void> {
  await tx
    .update(matches)
    .set({ status: values.status, note: values.note, statusChangedBy: values.by, statusChangedAt: sql`now()` as unknown as string })
    .where(eq(matches.id, id));
}

export async function insertEvent(tx: DbOrTx, e: { matchId: string; fromStatus: string; toStatus: string; note: string | null; actor: string }): Promise<void> {
  await tx.insert(matchEvents).values(e);
}

/** A match the engine never proposed (an organisation's own interest): score 0, not current. */
export async function insertUnrankedMatch(tx: DbOrTx, opportunityId: string, organisationId: string): Promise<void> {
  await tx
    .insert(matches)
    .values({
      id: randomUUID(),
      opportunityId,
      organisationId,
      score: 0,
      rank: 0,
      current: false,
      explanation: { concepts: [], sharedTerms: [], twinned: false },
    })
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
