import { describe, expect, it } from 'vitest';
import { generateOpportunities, generateOrganisations } from '../demo/profiles';
import { matchingBridge } from '../../server/features/matching/matching-bridge';
import { restoreAnalysis, restoreIndex, type SnapshotPosting, snapshotKeys, snapshotOf, storedAnalysis } from './index-snapshot';
import { MatchIndex } from './match-index';
import { OutsideDocumentScorer } from './outside-document';
import { opportunityDocument, organisationDocument } from './rank';

const organisations = generateOrganisations(600).map(organisationDocument);
const needs = generateOpportunities(25).map(opportunityDocument);
const options = { top: 15, twinning: [{ chinese: 'Hebei', european: 'Antwerpen' }] };

/** The stored index reduced to what one query loads: only its keys' postings. */
function loadFor(index: MatchIndex, keys: string[]) {
  const { documents, postings } = snapshotOf(index);
  const all = new Map<string, SnapshotPosting>(postings);
  return { documents, postings: new Map(keys.flatMap((k) => (all.has(k) ? [[k, all.get(k)!] as const] : []))) };
}

describe('index snapshot', () => {
  it.each([
    ['without', undefined],
    ['with', matchingBridge()],
  ])('ranks from the postings of the query keys exactly as the full index (%s bridge)', (_, bridge) => {
    const index = MatchIndex.build(organisations, undefined, bridge);
    for (const need of needs) {
      const query = index.analyse(need);
      const { documents, postings } = loadFor(index, snapshotKeys(query));
      const restored = restoreIndex(index.statistics(), documents, postings, new Set(), [], index.tagger, bridge);
      const candidates = restored.candidates(query, options);
      const matches = restored.rankPool(candidates, (doc) => index.analyse(organisations[doc]!), options);
      expect(matches).toEqual(index.rank(need, options));
      expect(candidates.lexicalMax).toBe(index.rankWithNorm(need, options).lexicalMax);
    }
  });

  it('leaves out excluded documents and scores outside ones as OutsideDocumentScorer does', () => {
    const bridge = matchingBridge();
    const index = MatchIndex.build(organisations, undefined, bridge);
    const statistics = index.statistics();
    const edited = { ...organisations[7]!, body: 'We treat oily sludge from refineries with thermal desorption and dewater sludge.' };
    const outside = [index.analyse(edited)];
    for (const need of needs) {
      const query = index.analyse(need);
      const { documents, postings } = loadFor(index, snapshotKeys(query));
      const restored = restoreIndex(statistics, documents, postings, new Set([7]), outside, index.tagger, bridge);
      const candidates = restored.candidates(query, { top: 600 });
      expect(candidates.pool.filter((p) => p.doc === 7)).toEqual([]);
      const matches = restored.rankPool(candidates, (doc) => (doc === organisations.length ? outside[0]! : index.analyse(organisations[doc]!)), { top: 600 });
      const mine = matches.find((m) => m.id === edited.id);
      const alone = new OutsideDocumentScorer(index.tagger, statistics, edited, bridge).score(query, candidates.lexicalMax);
      expect(mine?.score).toBe(alone?.score);
    }
  });

  it('restores a stored analysis to the same analysis', () => {
    const index = MatchIndex.build([], undefined, matchingBridge());
    for (const doc of organisations.slice(0, 50)) {
      const analysed = index.analyse(doc);
      const stored = JSON.parse(JSON.stringify(storedAnalysis(analysed))) as ReturnType<typeof storedAnalysis>;
      expect(restoreAnalysis(index.tagger.scheme, doc, stored)).toEqual(analysed);
    }
  });
});
