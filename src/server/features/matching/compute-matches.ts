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
import type { Language } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import type { StoredExplanation } from '../../db/schema/matching';
import type { Job, Progress } from '../jobs/jobs.service';
import { loadScheme } from '../thesaurus/thesaurus.service';
import { matchingBridge } from './matching-bridge';
import { textOf } from './matching-rules';
import * as repo from './match-computation.repository';

/** How many organisations are kept per opportunity. */
export const MATCHES_PER_OPPORTUNITY = 20;
const ORGANISATION_PAGE = 2000;
const OPPORTUNITIES_PER_WRITE = 20;
const OPPORTUNITIES_PER_SCORING = 50;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

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
      await repo.saveLexicalNorms(
        tx,
        ranked.map((r) => ({ opportunityId: r.id, lexicalMax: r.lexicalMax })),
      );
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
