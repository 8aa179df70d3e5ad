import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import {
  analyseDocument,
  type Explanation,
  MatchIndex,
  OutsideDocumentScorer,
  PipelineFeedback,
  type PipelineEvent,
  organisationDocument,
  opportunityDocument,
  type TwinningPair,
} from '../../../core/matching';
import type { ConceptScheme } from '../../../core/thesaurus';
import { type Language, type LocalizedText, type MatchBoardQuery, type MatchBulkStatus, type MatchExplanation, type MatchPlan, type MatchReadQuery, type MatchStatus, type MatchUpdate, type OrganisationProfile, matchStatuses } from '../../../shared/api';
import { type Actor, type Viewer, actorLabel, managesProgramme, seesConfidential } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import type { StoredExplanation } from '../../db/schema/matching';
import { forbidden, invalid, notFound, unauthenticated, unknownReference } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { enqueueJob, type Job, type Progress, queueStatus } from '../jobs/jobs.service';
import { getOpportunity } from '../opportunities/opportunities.service';
import { getOrganisation } from '../organisations/organisations.service';
import { loadScheme } from '../thesaurus/thesaurus.service';
import { explanationRenderer } from './explanation';
import { matchingBridge } from './matching-bridge';

// Other features (the events marketplace) rank with the same cross-lingual bridge.
export { matchingBridge };
import * as repo from './matching.repository';

/** How many organisations are kept per opportunity. */
export const MATCHES_PER_OPPORTUNITY = 20;
const ORGANISATION_PAGE = 2000;
const OPPORTUNITIES_PER_WRITE = 20;
const OPPORTUNITIES_PER_SCORING = 50;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

// ── Computing (the background job) ──────────────────────────────────────────

function textOf(t: LocalizedText | null): { text: string; lang: Language | undefined } {
  if (!t) return { text: '', lang: undefined };
  const text = t[t.original] ?? t.en ?? t.nl ?? t.zh ?? '';
  return { text, lang: t.original };
}

function organisationForEngine(o: repo.OrganisationForMatching, scheme: ConceptScheme) {
  const { text, lang } = textOf(o.description);
  const language: Language = lang ?? 'en';
  // Confirmed capabilities and sectors join the profile text, in the profile's language.
  const confirmed = o.capabilities.map((id) => scheme.byId.get(id)?.prefLabel[language]).filter(Boolean);
  const body = [text, confirmed.join('. '), o.sectors.join(', ')].filter(Boolean).join('. ');
  return organisationDocument({ id: o.id, name: o.name, description: body, language: lang, region: o.homeRegionId ?? undefined });
}

function toStored(explanation: Explanation): StoredExplanation {
  return {
    concepts: explanation.concepts.map((c) => ({
      conceptId: c.conceptId,
      share: c.share,
      opportunityPhrases: c.queryEvidence.map((e) => e.phrase),
      organisationPhrases: c.targetEvidence.map((e) => e.phrase),
    })),
    sharedTerms: explanation.sharedTerms,
    twinned: explanation.twinned,
  };
}

/** Above this many changed organisations in one batch (an import), one full pass is cheaper. */
const ORGANISATION_BATCH_LIMIT = 500;

/**
 * The matching jobs claimed together. The thesaurus changing (match-all) recomputes everything;
 * an opportunity changing ranks that opportunity against every organisation; an organisation or
 * its profile changing scores that organisation alone against every opportunity, with the
 * collection statistics of the last full index, and leaves other organisations' rows alone.
 */
export async function runMatchingJobs(db: Db, jobs: Job[], progress: Progress): Promise<void> {
  const targets = (kind: string) => [...new Set(jobs.filter((j) => j.kind === kind).map((j) => j.target))];
  if (jobs.some((j) => j.kind === 'match-all')) return recomputeMatches(db, 'all', progress);
  const opportunityIds = targets('match-opportunity');
  const organisationIds = targets('match-organisation');
  if (organisationIds.length > ORGANISATION_BATCH_LIMIT) return recomputeMatches(db, 'all', progress);
  if (opportunityIds.length) await recomputeMatches(db, opportunityIds, progress);
  if (organisationIds.length) await recomputeOrganisations(db, organisationIds, progress);
}

/**
 * For the opportunities concerned (all, or the ones named), rank every organisation and store
 * the best. Reads and writes are short transactions; indexing and ranking run between them,
 * yielding to the event loop so requests keep flowing. The collection statistics and each
 * opportunity's lexical scale are kept for the organisations' incremental recomputation.
 */
export async function recomputeMatches(db: Db, ids: string[] | 'all', progress: Progress = async () => {}) {
  const { scheme, tagger } = await loadScheme(db);
  const index = new MatchIndex(tagger(), matchingBridge());
  await progress({ phase: 'indexing organisations', total: 0, done: 0 });
  let after = '';
  for (;;) {
    const page = await repo.organisationsForMatching(db, after, ORGANISATION_PAGE);
    for (const o of page) index.add(organisationForEngine(o, scheme));
    if (page.length < ORGANISATION_PAGE) break;
    after = page[page.length - 1]!.id;
    await progress({ phase: 'indexing organisations', done: index.size });
    await tick();
  }
  index.finish();
  await repo.saveStatistics(db, index.statistics());
  const twinning = await twinningOf(db);
  const feedback = new PipelineFeedback(index, await pipelineEvents(db));
  const opportunities = await repo.opportunitiesForMatching(db, ids);
  await progress({ phase: 'ranking opportunities', total: opportunities.length, done: 0 });
  for (let start = 0; start < opportunities.length; start += OPPORTUNITIES_PER_WRITE) {
    const chunk = opportunities.slice(start, start + OPPORTUNITIES_PER_WRITE);
    const ranked = chunk.map((o) => {
      const { matches, lexicalMax } = index.size
        ? index.rankWithNorm(opportunityForEngine(o), { top: MATCHES_PER_OPPORTUNITY, twinning, feedback })
        : { matches: [], lexicalMax: 0 };
      return { id: o.id, lexicalMax, found: matches.map((m) => ({ organisationId: m.id, score: m.score, explanation: toStored(m.explanation) })) };
    });
    await db.transaction(async (tx) => {
      for (const r of ranked) await repo.replaceMatches(tx, r.id, r.found);
      await repo.saveLexicalNorms(tx, ranked.map((r) => ({ opportunityId: r.id, lexicalMax: r.lexicalMax })));
    });
    await progress({ phase: 'ranking opportunities', done: Math.min(opportunities.length, start + chunk.length) });
    await tick();
  }
}

/**
 * The managers' verdicts ("not relevant", "collaboration started") with the needs they were
 * given on, read afresh at each full pass so that changing a status back undoes its effect.
 * Organisations scored alone after a profile change are not adjusted until the next full pass.
 */
async function pipelineEvents(db: Db): Promise<PipelineEvent[]> {
  const judged = await repo.judgedPairs(db);
  if (judged.length === 0) return [];
  const needs = await repo.opportunitiesForMatching(db, [...new Set(judged.map((j) => j.opportunityId))]);
  const byId = new Map(needs.map((o) => [o.id, opportunityForEngine(o)]));
  return judged.flatMap((j) => {
    const opportunity = byId.get(j.opportunityId);
    return opportunity ? [{ opportunity, organisationId: j.organisationId, signal: j.status }] : [];
  });
}

/**
 * The changed organisations scored alone against every opportunity. Only the lists they enter,
 * stay in or leave are written, one short transaction per few opportunities. Without statistics
 * of a full pass (a new database) it falls back to one.
 */
export async function recomputeOrganisations(db: Db, organisationIds: string[], progress: Progress = async () => {}) {
  const statistics = await repo.loadStatistics(db);
  if (!statistics) return recomputeMatches(db, 'all', progress);
  const [{ scheme, tagger }, organisations, opportunities, norms, entry, existing, twinning] = await Promise.all([
    loadScheme(db),
    repo.organisationsForMatchingById(db, organisationIds),
    repo.opportunitiesForMatching(db, 'all'),
    repo.lexicalNorms(db),
    repo.entryScores(db, MATCHES_PER_OPPORTUNITY),
    repo.pairsOfOrganisations(db, organisationIds),
    twinningOf(db),
  ]);
  await progress({ phase: 'scoring organisations', total: opportunities.length, done: 0 });
  const scorers = organisations.map((o) => new OutsideDocumentScorer(tagger(), statistics, organisationForEngine(o, scheme), matchingBridge()));
  for (let start = 0; start < opportunities.length; start += OPPORTUNITIES_PER_SCORING) {
    const chunk = opportunities.slice(start, start + OPPORTUNITIES_PER_SCORING);
    const writes: { opportunityId: string; organisationId: string; computed: repo.ComputedMatch | undefined }[] = [];
    for (const o of chunk) {
      const query = analyseDocument(tagger(), opportunityForEngine(o), matchingBridge());
      for (const scorer of scorers) {
        const match = scorer.score(query, norms.get(o.id) ?? 0, { twinning });
        const enters = match !== undefined && match.score > (entry.get(o.id) ?? 0);
        // Only lists the organisation enters or already is in are written.
        if (!enters && !existing.has(repo.pairKey(o.id, scorer.id))) continue;
        writes.push({
          opportunityId: o.id,
          organisationId: scorer.id,
          computed: match && { organisationId: scorer.id, score: match.score, explanation: toStored(match.explanation) },
        });
      }
    }
    if (writes.length) {
      await db.transaction(async (tx) => {
        for (const w of writes) await repo.placeOrganisationMatch(tx, w.opportunityId, w.organisationId, w.computed, MATCHES_PER_OPPORTUNITY);
      });
    }
    await progress({ phase: 'scoring organisations', done: Math.min(opportunities.length, start + chunk.length) });
    await tick();
  }
}

async function twinningOf(db: Db): Promise<TwinningPair[]> {
  return (await repo.twinningPairs(db)).map((t) => ({ chinese: t.partner, european: t.home }));
}

function opportunityForEngine(o: repo.OpportunityForMatching) {
  return opportunityDocument({
    id: o.id,
    title: textOf(o.title).text,
    description: textOf(o.description).text,
    language: o.originalLang,
    region: o.regionId,
  });
}

/** Programme managers may ask for a full recomputation (normally the triggers do it). */
export async function requestRecompute(db: Db, actor: Actor): Promise<void> {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins start a recomputation');
  await enqueueJob(db, 'match-all');
}

export async function matchingStatus(db: Db) {
  const status = await queueStatus(db, 'match-');
  const job = (j: (typeof status.running)[number]) => ({
    ...j,
    createdAt: String(j.createdAt),
    startedAt: j.startedAt && String(j.startedAt),
    finishedAt: j.finishedAt && String(j.finishedAt),
  });
  return { ...status, running: status.running.map(job), recent: status.recent.map(job) };
}

// ── Reading ─────────────────────────────────────────────────────────────────

/**
 * A match as the viewer may see it: the pipeline note and who moved the match (a manager's
 * e-mail address) are internal to programme managers and admins, so absent for members.
 */
function toItem(row: repo.MatchRow, explain: (stored: StoredExplanation) => MatchExplanation, lang: Language, viewer: Viewer) {
  const { m } = row;
  const title = row.opportunityTitle;
  const internal = seesConfidential(viewer)
    ? { note: m.note, statusChangedBy: m.statusChangedBy, ownerId: m.ownerId, ownerName: row.ownerName, nextActionOn: m.nextActionOn }
    : {};
  return {
    id: m.id,
    opportunityId: m.opportunityId,
    opportunityTitle: title[lang] ?? title[title.original] ?? '',
    regionId: row.regionId,
    themes: row.themes,
    organisationId: m.organisationId,
    organisationName: row.organisationName,
    score: m.score,
    rank: row.rank,
    current: m.current,
    status: m.status,
    ...internal,
    statusChangedAt: m.statusChangedAt,
    computedAt: m.computedAt,
    explanation: explain(m.explanation),
  };
}

/**
 * Programme managers and admins see every match; other signed-in users (members) only the
 * matches of their own organisation; visitors none.
 */
function scopeOf(viewer: Viewer): { all: true } | { organisationId: string | null } {
  if (managesProgramme(viewer)) return { all: true };
  if (!viewer) throw unauthenticated('Sign in to see matches');
  return { organisationId: viewer.kind === 'user' ? viewer.organisationId : null };
}

export async function opportunityMatches(db: Db, viewer: Viewer, opportunityId: string, q: z.output<typeof MatchReadQuery>) {
  const scope = scopeOf(viewer);
  await getOpportunity(db, viewer, opportunityId);
  if (!('all' in scope) && !scope.organisationId) return { lang: q.lang, items: [] };
  const [rows, { scheme }] = await Promise.all([
    repo.listMatches(
      db,
      { opportunityId, includeDismissed: q.includeDismissed, organisationId: 'all' in scope ? undefined : scope.organisationId! },
      q.limit,
    ),
    loadScheme(db),
  ]);
  const explain = await explanationRenderer(scheme, q.lang);
  return { lang: q.lang, items: rows.map((r) => toItem(r, explain, q.lang, viewer)) };
}

export async function organisationMatches(db: Db, viewer: Viewer, organisationId: string, q: z.output<typeof MatchReadQuery>) {
  const scope = scopeOf(viewer);
  await getOrganisation(db, viewer, organisationId);
  if (!('all' in scope) && scope.organisationId !== organisationId) {
    throw forbidden(ErrorCode.ownOrganisationOnly, 'You may only see the matches of your own organisation');
  }
  const [rows, { scheme }] = await Promise.all([
    repo.listMatches(db, { organisationId, includeDismissed: q.includeDismissed }, q.limit),
    loadScheme(db),
  ]);
  const explain = await explanationRenderer(scheme, q.lang);
  return { lang: q.lang, items: rows.map((r) => toItem(r, explain, q.lang, viewer)) };
}

export async function getMatch(db: Db, viewer: Viewer, id: string, lang: Language) {
  const scope = scopeOf(viewer);
  const row = await repo.findMatch(db, id);
  if (!row || (!('all' in scope) && row.m.organisationId !== scope.organisationId)) throw notFound('Match', id);
  const [{ scheme }, history] = await Promise.all([loadScheme(db), repo.listEvents(db, id)]);
  const visibleHistory = seesConfidential(viewer) ? history : history.map(({ fromStatus, toStatus, at }) => ({ fromStatus, toStatus, at }));
  return { ...toItem(row, await explanationRenderer(scheme, lang), lang, viewer), history: visibleHistory };
}

/** A programme manager moves a match along the pipeline; the change is kept in its history. */
export async function updateMatch(db: Db, actor: Actor, id: string, input: z.output<typeof MatchUpdate>) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins change the status of matches');
  await db.transaction((tx) => moveMatch(tx, actor, id, input.status, input.note));
  return getMatch(db, actor, id, 'en');
}

/**
 * Moves a match to `status` inside the caller's transaction, with its history and audit entry;
 * the note is kept when `note` is undefined. The caller has checked that the actor may.
 * (The follow-up loop moves matches too: interest, meeting feedback, agreements.)
 */
export async function moveMatch(tx: DbOrTx, actor: Actor, id: string, status: MatchStatus, note?: string | null) {
  const before = await repo.findMatch(tx, id);
  if (!before) throw notFound('Match', id);
  const kept = note === undefined ? before.m.note : note;
  await repo.setStatus(tx, id, { status, note: kept, by: actorLabel(actor) });
  await repo.insertEvent(tx, { matchId: id, fromStatus: before.m.status, toStatus: status, note: kept, actor: actorLabel(actor) });
  await recordAudit(tx, actor, {
    entityType: 'match',
    entityId: id,
    action: 'update',
    before: { status: before.m.status, note: before.m.note },
    after: { status, note: kept },
  });
}

/** The match of an opportunity and an organisation; made (unranked, not current) when the engine never proposed it. */
export async function ensureMatch(tx: DbOrTx, opportunityId: string, organisationId: string) {
  await repo.insertUnrankedMatch(tx, opportunityId, organisationId);
  const [row] = await repo.listMatches(tx, { opportunityId, organisationId }, 1);
  if (!row) throw notFound('Match', `${opportunityId}/${organisationId}`);
  return { id: row.m.id, status: row.m.status, organisationId, opportunityId, regionId: row.regionId };
}

/** Where each status stands in the pipeline: the loop only ever moves a match forward. */
export const pipelineStep = (status: MatchStatus) => (status === 'not-relevant' ? -1 : matchStatuses.indexOf(status));

/**
 * Several matches moved to one status in one transaction, each exactly as a single change
 * (history, audit: `moveMatch`). An id that is no match refuses the whole change, naming it.
 */
export async function bulkMoveMatches(db: Db, actor: Actor, input: z.output<typeof MatchBulkStatus>) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins change the status of matches');
  const ids = [...new Set(input.ids)];
  await db.transaction(async (tx) => {
    const existing = await repo.existingMatchIds(tx, ids);
    const unknown = input.ids.map((id, i) => ({ id, i })).filter(({ id }) => !existing.has(id));
    if (unknown.length) throw invalid(unknown.map(({ id, i }) => unknownReference(`ids.${i}`, 'Match', id)));
    for (const id of ids) await moveMatch(tx, actor, id, input.status, input.note);
  });
  return { updated: ids.length };
}

/** Who follows a match up (a programme manager or admin) and the day of the next action; audited. */
export async function planMatch(db: Db, actor: Actor, id: string, input: z.output<typeof MatchPlan>) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins plan the follow-up of matches');
  await db.transaction(async (tx) => {
    const before = await repo.findMatch(tx, id);
    if (!before) throw notFound('Match', id);
    if (input.ownerId && !(await repo.possibleOwners(tx)).some((o) => o.id === input.ownerId)) {
      throw invalid([unknownReference('ownerId', 'Programme manager', input.ownerId)]);
    }
    const was = { ownerId: before.m.ownerId, nextActionOn: before.m.nextActionOn };
    const plan = {
      ownerId: input.ownerId === undefined ? was.ownerId : input.ownerId,
      nextActionOn: input.nextActionOn === undefined ? was.nextActionOn : input.nextActionOn,
    };
    await repo.setPlan(tx, id, plan);
    await recordAudit(tx, actor, { entityType: 'match', entityId: id, action: 'update', before: was, after: plan });
  });
  return getMatch(db, actor, id, 'en');
}

/** The programme managers and admins a match may be given to, by name. */
export async function matchOwners(db: Db, actor: Actor) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins see who owns matches');
  return { items: await repo.possibleOwners(db) };
}

export async function matchBoard(db: Db, actor: Actor, q: z.output<typeof MatchBoardQuery>) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins see the pipeline board');
  const filter: repo.MatchFilter = {
    status: q.status,
    regionId: q.regionId,
    theme: q.theme,
    ownerId: q.ownerId,
    overdue: q.overdue,
    q: q.q || undefined,
    organisationId: q.organisationId,
    opportunityId: q.opportunityId,
  };
  const sort: repo.MatchSort = { by: q.sort, order: q.order ?? (q.sort === 'score' ? 'desc' : 'asc'), lang: q.lang };
  const everything = q.format !== 'json';
  const [rows, total, counts, { scheme }] = await Promise.all([
    repo.listMatches(db, filter, everything ? 100_000 : q.pageSize, everything ? 0 : (q.page - 1) * q.pageSize, sort),
    repo.countMatches(db, filter),
    repo.countByStatus(db, { ...filter, status: undefined }),
    loadScheme(db),
  ]);
  const statusCounts = Object.fromEntries(matchStatuses.map((s) => [s, counts.get(s) ?? 0])) as Record<MatchStatus, number>;
  const explain = await explanationRenderer(scheme, q.lang);
  return {
    items: rows.map((r) => toItem(r, explain, q.lang, actor)),
    total,
    page: everything ? 1 : q.page,
    pageSize: everything ? total : q.pageSize,
    statusCounts,
  };
}

/** Columns of the board's CSV/XLSX export. */
export function boardTable(items: Awaited<ReturnType<typeof matchBoard>>['items']) {
  const headers = [
    'opportunityId',
    'opportunityTitle',
    'regionId',
    'organisationId',
    'organisationName',
    'score',
    'rank',
    'status',
    'note',
    'statusChangedAt',
    'statusChangedBy',
    'explanation',
    'ownerName',
    'nextActionOn',
    'themes',
  ];
  const rows = items.map((i) => [
    i.opportunityId,
    i.opportunityTitle,
    i.regionId,
    i.organisationId,
    i.organisationName,
    String(i.score),
    String(i.rank),
    i.status,
    i.note ?? '',
    i.statusChangedAt ?? '',
    i.statusChangedBy ?? '',
    i.explanation.text,
    i.ownerName ?? '',
    i.nextActionOn ?? '',
    i.themes.join(' '),
  ]);
  return { headers, rows };
}

// ── Organisation profile (matching side) ────────────────────────────────────

const emptyProfile = { sectors: [], capabilities: [], languages: [], size: null, references: [], people: [] };

export async function getProfile(db: Db, viewer: Viewer, organisationId: string) {
  const organisation = await getOrganisation(db, viewer, organisationId);
  const [row, { scheme, tagger }] = await Promise.all([repo.findProfile(db, organisationId), loadScheme(db)]);
  const profile = row ?? { organisationId, ...emptyProfile };
  const { text, lang } = textOf(organisation.description ?? null);
  const tags = tagger().analyse(`${organisation.name}. ${text}`, lang).tags;
  const confirmed = new Set(profile.capabilities);
  const language: Language = lang ?? 'en';
  const suggestions = tags
    .filter((t) => !confirmed.has(t.conceptId))
    .map((t) => ({
      conceptId: t.conceptId,
      label: scheme.byId.get(t.conceptId)?.prefLabel[language] ?? t.conceptId,
      weight: t.weight,
      confirmed: false,
      evidence: t.evidence.map((e) => e.phrase),
    }));
  return {
    organisationId,
    sectors: profile.sectors,
    capabilities: profile.capabilities,
    languages: profile.languages,
    size: (profile.size as z.output<typeof OrganisationProfile>['size']) ?? null,
    references: profile.references,
    // Contacts are personal data: for signed-in users only.
    people: viewer ? profile.people : [],
    suggestions,
  };
}

/**
 * Programme managers edit every profile; a member edits their own organisation's, except the
 * confirmed capabilities, which only a programme manager confirms.
 */
export async function updateProfile(db: Db, actor: Actor, organisationId: string, input: z.output<typeof OrganisationProfile>) {
  const manager = managesProgramme(actor);
  if (!manager && !(actor.kind === 'user' && actor.role === 'member' && actor.organisationId === organisationId)) {
    throw forbidden(ErrorCode.ownOrganisationOnly, "You may only edit your own organisation's profile");
  }
  await getOrganisation(db, actor, organisationId);
  const { scheme } = await loadScheme(db);
  const unknown = input.capabilities.map((id, i) => ({ id, i })).filter(({ id }) => !scheme.byId.has(id));
  if (unknown.length) {
    throw invalid(unknown.map(({ id, i }) => ({ path: `capabilities.${i}`, message: `unknown concept "${id}"` })));
  }
  await db.transaction(async (tx) => {
    const before = await repo.findProfile(tx, organisationId);
    const capabilities = manager ? input.capabilities : (before?.capabilities ?? []);
    const after = { organisationId, ...input, capabilities };
    await repo.upsertProfile(tx, after);
    await recordAudit(tx, actor, { entityType: 'organisation-profile', entityId: organisationId, action: before ? 'update' : 'create', before, after });
  });
  return getProfile(db, actor, organisationId);
}
