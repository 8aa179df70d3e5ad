import { type AnalysedDocument, analyseDocument, PipelineFeedback, restoreAnalysis, restoreIndex, snapshotKeys, storedAnalysis } from '../../../core/matching';
import type { Db } from '../../db/open-database';
import type { Progress } from '../jobs/jobs.service';
import { loadScheme } from '../thesaurus/thesaurus.service';
import { matchingBridge } from './matching-bridge';
import {
  analysisKeyOf,
  MATCHES_PER_OPPORTUNITY,
  opportunityForEngine,
  organisationForEngine,
  pipelineEvents,
  type RankedOpportunity,
  toStored,
  twinningOf,
  writeRanked,
} from './matching-documents';
import * as repo from './match-computation.repository';
import * as stored from './match-index.repository';

/**
 * Changed opportunities ranked against every organisation from the index the last full pass
 * stored (docs/decisions/030-stored-match-index.md), without analysing the organisations again:
 * only the postings of the opportunities' concepts, words and bridge features are read. Stored
 * documents of organisations edited or deleted since are left out, and organisations added or
 * edited since join with their stored analysis (or one made now) weighted with the stored
 * statistics — the ranking a full pass would give with those statistics. The pool of best
 * candidates is analysed afresh for facet agreement, feedback and explanations. Returns false
 * when there is no usable stored index (none yet, or another scheme or analysis version): the
 * caller then indexes every organisation.
 */
export async function rankFromStoredIndex(db: Db, ids: string[], progress: Progress): Promise<boolean> {
  const { scheme, tagger } = await loadScheme(db);
  const analysisKey = analysisKeyOf(scheme);
  const bridge = matchingBridge();
  // One snapshot of the database: the index, what superseded it and the queries belong together.
  const read = await db.transaction(
    async (tx) => {
      const saved = await repo.loadStatisticsWithKey(tx);
      if (!saved || saved.analysisKey !== analysisKey) return undefined;
      const opportunities = await repo.opportunitiesForMatching(tx, ids);
      const queries = opportunities.map((o) => analyseDocument(tagger(), opportunityForEngine(o), bridge));
      const keys = [...new Set(queries.flatMap(snapshotKeys))];
      return {
        statistics: saved.statistics,
        queries,
        documents: await stored.loadDocuments(tx),
        postings: await stored.loadPostings(tx, keys),
        ...(await stored.changesSinceIndex(tx, analysisKey)),
        twinning: await twinningOf(tx),
        events: await pipelineEvents(tx),
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (!read) return false;
  await progress({ phase: 'ranking opportunities', total: read.queries.length, done: 0 });
  const analysedNow: Parameters<typeof stored.saveAnalyses>[1][number][] = [];
  const outside = read.outside.map((o) => {
    const doc = organisationForEngine(o, scheme);
    if (o.analysis) return restoreAnalysis(scheme, doc, o.analysis);
    const analysed = analyseDocument(tagger(), doc, bridge);
    analysedNow.push({ organisationId: o.id, sourceHash: o.sourceHash, analysisKey, analysis: storedAnalysis(analysed) });
    return analysed;
  });
  const index = restoreIndex(read.statistics, read.documents, read.postings, read.excluded, outside, tagger(), bridge);
  const feedback = new PipelineFeedback(index, read.events);
  const base = read.documents.ids.length;
  const options = { top: MATCHES_PER_OPPORTUNITY, twinning: read.twinning, feedback };
  const ranked: RankedOpportunity[] = [];
  for (const query of read.queries) {
    const candidates = index.candidates(query, options);
    // The pool's stored documents are analysed again from their rows (the same analysis while
    // the row is as indexed; one edited meanwhile is corrected by its own pass, queued by the edit).
    const rows = await repo.organisationsForMatchingById(
      db,
      candidates.pool.filter((p) => p.doc < base).map((p) => p.id),
    );
    const analysed = new Map<number, AnalysedDocument>(outside.map((a, j) => [base + j, a]));
    const byId = new Map(rows.map((r) => [r.id, analyseDocument(tagger(), organisationForEngine(r, scheme), bridge)]));
    const pool = { ...candidates, pool: candidates.pool.filter((p) => p.doc >= base || byId.has(p.id)) };
    for (const p of pool.pool) if (p.doc < base) analysed.set(p.doc, byId.get(p.id)!);
    const matches = index.rankPool(pool, (doc) => analysed.get(doc)!, options);
    ranked.push({
      id: query.doc.id,
      lexicalMax: candidates.lexicalMax,
      found: matches.map((m) => ({ organisationId: m.id, score: m.score, explanation: toStored(m.explanation) })),
    });
  }
  await writeRanked(db, ranked);
  // Organisations analysed here are not analysed again by the next opportunity's pass.
  if (analysedNow.length) await db.transaction((tx) => stored.saveAnalyses(tx, analysedNow));
  await progress({ phase: 'ranking opportunities', done: read.queries.length });
  return true;
}
