import type { Tagger } from '../thesaurus/tagger';
import { LexicalScorer } from './bm25';
import { type Bridge, bridgeCosine, bridgeNorms } from './bridge';
import { explain } from './explain';
import { facetAgreement } from './facet-agreement';
import {
  type AnalysedDocument,
  analyseDocument,
  type CollectionStatistics,
  BRIDGE_SHARE,
  cleantechRelevance,
  combine,
  CONCEPT_SHARE,
  DEFAULT_TWINNING_BOOST,
  isTwinned,
  LEXICAL_SHARE,
  twinnedRegions,
} from './match-index';
import type { Match, MatchDocument, MatchOptions } from './types';

/**
 * Scores one document (an organisation that changed) against queries (opportunities) as
 * MatchIndex.rank would if the document were part of the collection the statistics describe.
 * With the collection's lexical scale per query (NormedRanking.lexicalMax), its score is
 * comparable with the stored scores of the others, so it can take its place among them without
 * indexing the whole collection again. The statistics are not updated by the document itself:
 * in a large collection one document barely moves them, and the next full pass refreshes them.
 */
export class OutsideDocumentScorer {
  private readonly target: AnalysedDocument;
  private readonly lexical: LexicalScorer;
  private readonly idf: Map<string, number>;
  private readonly conceptScale: number;
  private readonly relevance: number;
  private readonly bridgeIdf: (feature: string) => number | undefined;
  private readonly bridgeNorms: ReturnType<typeof bridgeNorms>;

  /** Pass the bridge the collection was indexed with (MatchIndex.bridge), if any. */
  constructor(
    private readonly tagger: Tagger,
    stats: CollectionStatistics,
    target: MatchDocument,
    bridge?: Bridge,
  ) {
    this.target = analyseDocument(tagger, target, bridge);
    this.lexical = new LexicalScorer(stats, this.target.terms);
    // A concept no indexed document carries counts as carried by this one only.
    const unseen = Math.log(1 + (stats.count + 1));
    this.idf = new Map(Object.entries(stats.conceptIdf));
    let norm = 0;
    for (const [id, { weight }] of this.target.expanded) {
      if (!this.idf.has(id)) this.idf.set(id, unseen);
      norm += (weight * (this.idf.get(id) as number)) ** 2;
    }
    this.conceptScale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    this.relevance = cleantechRelevance(this.target.tags);
    const bridgeIdf = stats.bridgeIdf ?? {};
    this.bridgeIdf = (feature) => bridgeIdf[feature] ?? (this.target.bridge.has(feature) ? unseen : undefined);
    this.bridgeNorms = bridgeNorms(this.target.bridge, this.bridgeIdf);
  }

  get id(): string {
    return this.target.doc.id;
  }

  /** The document's analysis, to be stored so the opportunities' passes need not analyse it again. */
  get analysed(): AnalysedDocument {
    return this.target;
  }

  /** The document's match for an analysed query, or undefined when they share nothing. */
  score(query: AnalysedDocument, lexicalMax: number, options: MatchOptions = {}): Match | undefined {
    let queryNorm = 0;
    let dot = 0;
    for (const [id, { weight }] of query.expanded) {
      const idf = this.idf.get(id);
      if (idf === undefined) continue;
      const q = weight * idf;
      queryNorm += q * q;
      const t = this.target.expanded.get(id);
      if (t) dot += q * t.weight * idf;
    }
    const lexical = this.lexical.score(query.terms);
    const lexicalScale = Math.max(lexicalMax, lexical);
    const words = (lexicalScale > 0 ? (LEXICAL_SHARE / lexicalScale) * lexical : 0) + BRIDGE_SHARE * this.bridge(query);
    const twinned = isTwinned(this.target.doc, twinnedRegions(query.doc, options));
    const agreement = facetAgreement(this.tagger.scheme, query.facets, this.target);
    const score =
      combine(
        (CONCEPT_SHARE / (Math.sqrt(queryNorm) || 1)) * dot * this.conceptScale,
        words,
        this.relevance,
        twinned ? 1 + (options.twinningBoost ?? DEFAULT_TWINNING_BOOST) : 1,
      ) * agreement.factor;
    if (!(score > 0)) return undefined;
    return {
      id: this.target.doc.id,
      score: Math.round(score * 1e4) / 1e4,
      explanation: explain(this.tagger.scheme, query, this.target, this.idf, twinned, options.readerLanguage ?? 'en', agreement.matches),
    };
  }

  /** The bridge cosine with a query in another language, as BridgeIndex.score computes it. */
  private bridge(query: AnalysedDocument): number {
    if (query.language === this.target.language || this.target.bridge.size === 0) return 0;
    let dot = 0;
    for (const [feature, weight] of query.bridge) {
      const t = this.target.bridge.get(feature);
      const idf = this.bridgeIdf(feature);
      if (t !== undefined && idf !== undefined) dot += weight * t * idf * idf;
    }
    if (dot === 0) return 0;
    return bridgeCosine(dot, bridgeNorms(query.bridge, this.bridgeIdf), query.language, this.bridgeNorms, this.target.language);
  }
}
