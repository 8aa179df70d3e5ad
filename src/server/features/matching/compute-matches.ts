import { analyseDocument, MatchIndex, OutsideDocumentScorer, PipelineFeedback, snapshotOf, storedAnalysis } from '../../../core/matching';
import type { Db } from '../../db/open-database';
import type { Job, Progress } from '../jobs/jobs.service';
import { loadScheme } from '../thesaurus/thesaurus.service';
import { matchingBridge } from './matching-bridge';
import {
  analysisKeyOf,
  MATCHES_PER_OPPORTUNITY,
  opportunityForEngine,
  organisationForEngine,
  pipelineEvents,
  tick,
  toStored,
  twinningOf,
  writeRanked,
} from './matching-documents';
import * as repo from './match-computation.repository';
import * as stored from './match-index.repository';
import { rankFromStoredIndex } from './rank-opportunities';

export { MATCHES_PER_OPPORTUNITY } from './matching-documents';

const ORGANISATION_PAGE = 2000;
const OPPORTUNITIES_PER_WRITE = 20;
const OPPORTUNITIES_PER_SCORING = 50;

/** Above this many changed organisations in one batch (an import), one full pass is cheaper. */
const ORGANISATION_BATCH_LIMIT = 500;

/**
 * The matching jobs claimed together. The thesaurus changing (match-all) recomputes everything;
 * an opportunity changing ranks that opportunity against every organisation, from the index the
 * last full pass stored; an organisation or its profile changing scores that organisation alone
 * against every opportunity, with the collection statistics of the last full index, and leaves
 * other organisations' rows alone.
 */
export async function runMatchingJobs(db: Db, jobs: Job[], progress: Progress): Promise<void> {
  const targets = (kind: string) => [...new Set(jobs.filter((j) => j.kind === kind).map((j) => j.target))];
  if (jobs.some((j) => j.kind === 'match-all')) return recomputeMatches(db, 'all', progress);
  const opportunityIds = targets('match-opportunity');
  const organisationIds = targets('match-organisation');
  if (organisationIds.length > ORGANISATION_BATCH_LIMIT) return recomputeMatches(db, 'all', progress);
  if (opportunityIds.length && !(await rankFromStoredIndex(db, opportunityIds, progress))) await recomputeMatches(db, opportunityIds, progress);
  if (organisationIds.length) await recomputeOrganisations(db, organisationIds, progress);
}

/**
 * For the opportunities concerned (all, or the ones named), index every organisation, rank them
 * and store the best. Reads and writes are short transactions; indexing and ranking run between
 * them, yielding to the event loop so requests keep flowing. The collection statistics, the
 * index itself and each opportunity's lexical scale are kept for the incremental passes.
 */
export async function recomputeMatches(db: Db, ids: string[] | 'all', progress: Progress = async () => {}) {
  const { scheme, tagger } = await loadScheme(db);
  const index = new MatchIndex(tagger(), matchingBridge());
  const sourceHashes: string[] = [];
  await progress({ phase: 'indexing organisations', total: 0, done: 0 });
  let after = '';
  for (;;) {
    const page = await repo.organisationsForMatching(db, after, ORGANISATION_PAGE);
    for (const o of page) {
      index.add(organisationForEngine(o, scheme));
      sourceHashes.push(o.sourceHash);
    }
    if (page.length < ORGANISATION_PAGE) break;
    after = page[page.length - 1]!.id;
    await progress({ phase: 'indexing organisations', done: index.size });
    await tick();
  }
  index.finish();
  await progress({ phase: 'storing the index', done: index.size });
  const analysisKey = analysisKeyOf(scheme);
  const { documents, postings } = snapshotOf(index);
  await db.transaction(async (tx) => {
    await stored.saveIndex(tx, analysisKey, documents, postings, sourceHashes);
    await repo.saveStatistics(tx, index.statistics(), analysisKey);
  });
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
    await writeRanked(db, ranked);
    await progress({ phase: 'ranking opportunities', done: Math.min(opportunities.length, start + chunk.length) });
    await tick();
  }
}

/**
 * The changed organisations scored alone against every opportunity. Only the lists they enter,
 * stay in or leave are written, one short transaction per few opportunities; their analyses are
 * stored for the opportunities' passes. Without statistics of a full pass (a new database) it
 * falls back to one.
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
  const analysisKey = analysisKeyOf(scheme);
  await db.transaction((tx) =>
    stored.saveAnalyses(
      tx,
      organisations.map((o, i) => ({ organisationId: o.id, sourceHash: o.sourceHash, analysisKey, analysis: storedAnalysis(scorers[i]!.analysed) })),
    ),
  );
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
