// What the matching passes share: the engine's view of our rows, and how its results are written.
import { createHash } from 'node:crypto';
import { ANALYSIS_VERSION, type Explanation, opportunityDocument, organisationDocument, type PipelineEvent, type TwinningPair } from '../../../core/matching';
import type { ConceptScheme } from '../../../core/thesaurus';
import type { Language } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import type { StoredExplanation } from '../../db/schema/matching';
import { matchingBridgeVersion } from './matching-bridge';
import { textOf } from './matching-rules';
import * as repo from './match-computation.repository';

/** How many organisations are kept per opportunity. */
export const MATCHES_PER_OPPORTUNITY = 20;

export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

// A memo, not state: the key follows from the scheme object's content.
const analysisKeys = new WeakMap<ConceptScheme, string>();

/**
 * Which stored analyses can be used together: made by this version of the analysis code, with
 * this scheme (shipped concepts plus the admins' edits) and the bridge's dictionaries.
 */
export function analysisKeyOf(scheme: ConceptScheme): string {
  let key = analysisKeys.get(scheme);
  if (!key) {
    const content = `${ANALYSIS_VERSION}\u0000${JSON.stringify(scheme.concepts)}\u0000${matchingBridgeVersion()}`;
    analysisKeys.set(scheme, (key = createHash('sha256').update(content).digest('hex').slice(0, 24)));
  }
  return key;
}

export function organisationForEngine(o: repo.OrganisationForMatching, scheme: ConceptScheme) {
  const { text, lang } = textOf(o.description);
  const language: Language = lang ?? 'en';
  // Confirmed capabilities and sectors join the profile text, in the profile's language.
  const confirmed = o.capabilities.map((id) => scheme.byId.get(id)?.prefLabel[language]).filter(Boolean);
  const body = [text, confirmed.join('. '), o.sectors.join(', ')].filter(Boolean).join('. ');
  return organisationDocument({ id: o.id, name: o.name, description: body, language: lang, region: o.homeRegionId ?? undefined });
}

export function opportunityForEngine(o: repo.OpportunityForMatching) {
  return opportunityDocument({
    id: o.id,
    title: textOf(o.title).text,
    description: textOf(o.description).text,
    language: o.originalLang,
    region: o.regionId,
  });
}

export function toStored(explanation: Explanation): StoredExplanation {
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

export async function twinningOf(db: DbOrTx): Promise<TwinningPair[]> {
  return (await repo.twinningPairs(db)).map((t) => ({ chinese: t.partner, european: t.home }));
}

/**
 * The managers' verdicts ("not relevant", "collaboration started") with the needs they were
 * given on, read afresh at each ranking of opportunities so that changing a status back undoes
 * its effect. Organisations scored alone after a profile change are not adjusted until then.
 */
export async function pipelineEvents(db: DbOrTx): Promise<PipelineEvent[]> {
  const judged = await repo.judgedPairs(db);
  if (judged.length === 0) return [];
  const needs = await repo.opportunitiesForMatching(db, [...new Set(judged.map((j) => j.opportunityId))]);
  const byId = new Map(needs.map((o) => [o.id, opportunityForEngine(o)]));
  return judged.flatMap((j) => {
    const opportunity = byId.get(j.opportunityId);
    return opportunity ? [{ opportunity, organisationId: j.organisationId, signal: j.status }] : [];
  });
}

export type RankedOpportunity = { id: string; lexicalMax: number; found: repo.ComputedMatch[] };

/** Rankings of a few opportunities replace their matches, with their lexical scale, in one transaction. */
export async function writeRanked(db: DbOrTx, ranked: readonly RankedOpportunity[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const r of ranked) await repo.replaceMatches(tx, r.id, r.found);
    await repo.saveLexicalNorms(
      tx,
      ranked.map((r) => ({ opportunityId: r.id, lexicalMax: r.lexicalMax })),
    );
  });
}
