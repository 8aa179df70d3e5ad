import { detectLanguage, type Language } from '../text/language';
import { SCHEME } from '../thesaurus/scheme';
import { Tagger, type ConceptTag } from '../thesaurus/tagger';
import { Bm25Index } from './bm25';
import { type Bridge, BridgeIndex } from './bridge';
import { expandTags, type ExpandedConcept } from './concept-vector';
import { explain } from './explain';
import { composedTags, facetAgreement, facetConcepts } from './facet-agreement';
import type { Facet } from '../thesaurus/facets';
import { lexicalTerms } from './lexical-terms';
import type { FeedbackAdjustment } from './pipeline-feedback';
import { ScoreBoard, TopK } from './score-board';
import type { Match, MatchDocument, MatchOptions } from './types';

// Concepts carry the match across languages; words shared within a language only refine it.
export const CONCEPT_SHARE = 0.85;
export const LEXICAL_SHARE = 0.15;
// Texts in different languages that share no curated concept can still meet through GEMET ids
// and dictionary glosses (bridge.ts): weak evidence, added on top and kept small so curated
// concepts decide the ranking wherever they apply.
export const BRIDGE_SHARE = 0.3;
// Concepts named in a title or organisation name describe the core of the text.
const HEADING_BOOST = 1.5;
// Sharing a sector (both about the chemical industry) says less than sharing a capability.
const SECTOR_WEIGHT = 0.5;
// A profile whose strong concept evidence adds up to less than this is treated as incidental
// (an aquarium shop's "filter", a bicycle shop's "carbon") and demoted proportionally.
const CLEANTECH_EVIDENCE = 2;
export const DEFAULT_TWINNING_BOOST = 0.05;
const NO_FEEDBACK: FeedbackAdjustment = { factor: 1, reasons: [] };
// The facet bonus re-orders the best candidates of the cosine, so ranking looks this much deeper
// than asked (at least FACET_POOL) before it keeps the top.
const FACET_POOL = 40;
const FACET_POOL_FACTOR = 4;

export interface AnalysedDocument {
  doc: MatchDocument;
  language: Language;
  text: string;
  tags: ConceptTag[];
  expanded: Map<string, ExpandedConcept>;
  terms: string[];
  /** Cross-lingual bridge features (empty without a bridge). */
  bridge: Map<string, number>;
  /** Its concepts per facet, for the facet agreement with the other side. */
  facets: Map<Facet, Set<string>>;
}

/** Tags (headings and sectors weighted), their expansion along broader links, lexical terms and bridge features. */
export function analyseDocument(tagger: Tagger, doc: MatchDocument, bridge?: Bridge): AnalysedDocument {
  const text = `${doc.heading}. ${doc.body}`;
  const language = doc.language ?? detectLanguage(text);
  const scheme = tagger.scheme;
  const { tags: found, tokens } = tagger.analyse(text, language);
  const weighted = found.map((tag) => {
    const inHeading = tag.evidence.some((e) => e.start < doc.heading.length);
    const sector = scheme.byId.get(tag.conceptId)?.sector ?? false;
    return { ...tag, weight: tag.weight * (inHeading ? HEADING_BOOST : 1) * (sector ? SECTOR_WEIGHT : 1) };
  });
  const tags = [...weighted, ...composedTags(scheme, weighted)];
  const expanded = expandTags(scheme, tags);
  const terms = lexicalTerms(text, language, tokens);
  const facets = facetConcepts(scheme, tags);
  return { doc, language, text, tags, expanded, terms, bridge: bridge?.features(text, language, terms) ?? new Map(), facets };
}

/**
 * What an index knew of its whole collection: enough to score one more document comparably
 * with the indexed ones (OutsideDocumentScorer) without indexing the collection again.
 */
export interface CollectionStatistics {
  count: number;
  averageLength: number;
  conceptIdf: Record<string, number>;
  termIdf: Record<string, number>;
  /** IDF of the bridge features; absent when the index had no bridge. */
  bridgeIdf?: Record<string, number>;
}

/** A ranking with the scale of its lexical part (the best lexical score among the candidates). */
export interface NormedRanking {
  matches: Match[];
  lexicalMax: number;
}

/** The best candidates of a query before facet agreement, feedback and explanation (see rankPool). */
export interface CandidatePool {
  query: AnalysedDocument;
  pool: { doc: number; id: string; score: number }[];
  lexicalMax: number;
}

/**
 * A finished index's parts, everything its ranking reads: what index-snapshot.ts stores and
 * rebuilds an index from. Only `id` and `region` of the documents are read when ranking.
 */
export interface IndexParts {
  docs: readonly MatchDocument[];
  concepts: ReadonlyMap<string, FrozenConceptPosting>;
  lexical: Bm25Index;
  bridge: BridgeIndex;
  /** Per document: 1 / the norm of its IDF-weighted concept vector. */
  conceptScale: Float64Array<ArrayBuffer>;
  relevance: Float64Array<ArrayBuffer>;
}

/** What explaining a match needs of an indexed document, so it is never re-analysed. */
interface StoredAnalysis {
  language: Language;
  tags: ConceptTag[];
  /** Lexical terms as ids into the index's term list, sharing one copy of each string. */
  terms: Int32Array;
}

interface ConceptPosting {
  docs: number[];
  weights: number[];
}

export interface FrozenConceptPosting {
  docs: Int32Array;
  /** Document weight × IDF, ready to multiply with the query weight. */
  weights: Float32Array;
  idf: number;
}

/**
 * An index over one side of the matching (normally organisations): every document is tagged
 * and tokenised once, then any number of queries (opportunities) are ranked against it.
 * Postings are packed into typed arrays; each document's tags are kept so explaining a top
 * hit needs no re-analysis.
 */
export class MatchIndex {
  private readonly docs: MatchDocument[] = [];
  private building = new Map<string, ConceptPosting>();
  private postings = new Map<string, FrozenConceptPosting>();
  private lexicalIndex = new Bm25Index();
  private bridgeIndex = new BridgeIndex();
  private readonly relevanceList: number[] = [];
  private readonly stored: StoredAnalysis[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly termList: string[] = [];
  /** Per document: 1 / the norm of its IDF-weighted concept vector (cosine denominator). */
  private conceptScale = new Float64Array(0);
  /** Per document: 0.3..1, how much cleantech evidence its profile carries. */
  private relevance = new Float64Array(0);
  private idf = new Map<string, number>();
  private board = new ScoreBoard(0);

  /** Without a bridge, texts in different languages meet only through curated concepts. */
  constructor(
    readonly tagger: Tagger = new Tagger(SCHEME),
    readonly bridge?: Bridge,
  ) {}

  static build(docs: Iterable<MatchDocument>, tagger?: Tagger, bridge?: Bridge): MatchIndex {
    const index = new MatchIndex(tagger, bridge);
    for (const doc of docs) index.add(doc);
    index.finish();
    return index;
  }

  /** An index from the parts of one finished elsewhere; rank with candidates() and rankPool(). */
  static restore(parts: IndexParts, statistics: CollectionStatistics, tagger?: Tagger, bridge?: Bridge): MatchIndex {
    const index = new MatchIndex(tagger, bridge);
    index.docs.push(...parts.docs);
    index.postings = new Map(parts.concepts);
    index.idf = new Map(Object.entries(statistics.conceptIdf));
    index.lexicalIndex = parts.lexical;
    index.bridgeIndex = parts.bridge;
    index.conceptScale = parts.conceptScale;
    index.relevance = parts.relevance;
    index.board = new ScoreBoard(parts.docs.length);
    return index;
  }

  /** The parts of a finished index (shared, not copied). */
  parts(): IndexParts {
    return {
      docs: this.docs,
      concepts: this.postings,
      lexical: this.lexicalIndex,
      bridge: this.bridgeIndex,
      conceptScale: this.conceptScale,
      relevance: this.relevance,
    };
  }

  get size(): number {
    return this.docs.length;
  }

  /** A concept's IDF in the collection (0 for a concept no document carries). */
  conceptIdf(id: string): number {
    return this.idf.get(id) ?? 0;
  }

  analyse(doc: MatchDocument): AnalysedDocument {
    return analyseDocument(this.tagger, doc, this.bridge);
  }

  add(doc: MatchDocument): void {
    const analysed = this.analyse(doc);
    const index = this.docs.length;
    this.docs.push(doc);
    for (const [conceptId, { weight }] of analysed.expanded) {
      let posting = this.building.get(conceptId);
      if (!posting) this.building.set(conceptId, (posting = { docs: [], weights: [] }));
      posting.docs.push(index);
      posting.weights.push(weight);
    }
    this.lexicalIndex.add(index, analysed.terms);
    this.bridgeIndex.add(index, analysed.language, analysed.bridge);
    this.relevanceList.push(cleantechRelevance(analysed.tags));
    this.stored.push({ language: analysed.language, tags: analysed.tags, terms: Int32Array.from(analysed.terms, (t) => this.termId(t)) });
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termList.push(term) - 1;
      this.termIds.set(term, id);
    }
    return id;
  }

  /** An indexed document's analysis, rebuilt from what was stored when it was added. */
  private restore(index: number): AnalysedDocument {
    const doc = this.docs[index] as MatchDocument;
    const { language, tags, terms } = this.stored[index] as StoredAnalysis;
    return {
      doc,
      language,
      text: `${doc.heading}. ${doc.body}`,
      tags,
      expanded: expandTags(this.tagger.scheme, tags),
      terms: Array.from(terms, (id) => this.termList[id] as string),
      // Explanations do not cite bridge features, so they are not kept per document.
      bridge: new Map(),
      facets: facetConcepts(this.tagger.scheme, tags),
    };
  }

  /** Computes concept IDF and document norms and packs the postings; call once after the last add. */
  finish(): void {
    const count = this.docs.length;
    const norms = new Float64Array(count);
    for (const [id, p] of this.building) {
      const idf = Math.log(1 + count / p.docs.length);
      this.idf.set(id, idf);
      const weights = Float32Array.from(p.weights, (w) => w * idf);
      p.docs.forEach((doc, i) => (norms[doc] = (norms[doc] as number) + (weights[i] as number) ** 2));
      this.postings.set(id, { docs: Int32Array.from(p.docs), weights, idf });
    }
    this.building = new Map();
    this.relevance = Float64Array.from(this.relevanceList);
    this.conceptScale = norms.map((n) => (n > 0 ? 1 / Math.sqrt(n) : 0));
    this.lexicalIndex.finish();
    this.bridgeIndex.finish();
    this.board = new ScoreBoard(count);
  }

  statistics(): CollectionStatistics {
    const statistics: CollectionStatistics = { count: this.docs.length, conceptIdf: Object.fromEntries(this.idf), ...this.lexicalIndex.statistics() };
    if (this.bridge) statistics.bridgeIdf = this.bridgeIndex.idf();
    return statistics;
  }

  /** The best `top` documents for a query document, best first, with explanations. */
  rank(query: MatchDocument, options: MatchOptions = {}): Match[] {
    return this.rankWithNorm(query, options).matches;
  }

  /** rank(), with the lexical scale that an organisation scored later on its own needs. */
  rankWithNorm(query: MatchDocument, options: MatchOptions = {}): NormedRanking {
    const candidates = this.candidates(this.analyse(query), options);
    return { matches: this.rankPool(candidates, (doc) => this.restore(doc), options), lexicalMax: candidates.lexicalMax };
  }

  /**
   * The first step of ranking: every document sharing a concept, word or bridge feature with the
   * query is scored, and the best few times `top` are kept for rankPool.
   */
  candidates(analysed: AnalysedDocument, options: MatchOptions = {}): CandidatePool {
    const board = this.board;
    let queryNorm = 0;
    for (const [id, { weight }] of analysed.expanded) {
      const posting = this.postings.get(id);
      if (!posting) continue;
      const q = weight * posting.idf;
      queryNorm += q * q;
      const { docs, weights } = posting;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        board.concept[doc] = (board.concept[doc] as number) + q * (weights[i] as number);
        board.touch(doc);
      }
    }
    const conceptFactor = CONCEPT_SHARE / (Math.sqrt(queryNorm) || 1);
    this.lexicalIndex.score(analysed.terms, board);
    this.bridgeIndex.score(analysed.bridge, analysed.language, board);
    const touched = board.touched;
    let maxLexical = 0;
    for (const doc of touched) maxLexical = Math.max(maxLexical, board.lexical[doc] as number);
    const lexicalFactor = maxLexical > 0 ? LEXICAL_SHARE / maxLexical : 0;

    const twinned = twinnedRegions(analysed.doc, options);
    const boost = 1 + (options.twinningBoost ?? DEFAULT_TWINNING_BOOST);
    const top = options.top ?? 10;
    const best = new TopK(Math.max(FACET_POOL, top * FACET_POOL_FACTOR));
    for (const doc of touched) {
      const cosine = (board.concept[doc] as number) * (this.conceptScale[doc] as number);
      const twin = twinned.size > 0 && isTwinned(this.docs[doc] as MatchDocument, twinned);
      const words = lexicalFactor * (board.lexical[doc] as number) + BRIDGE_SHARE * (board.bridge[doc] as number);
      const score = combine(conceptFactor * cosine, words, this.relevance[doc] as number, twin ? boost : 1);
      if (score > 0) best.offer(doc, score);
    }
    board.reset();
    const pool = best.sorted().map(({ doc, score }) => ({ doc, id: (this.docs[doc] as MatchDocument).id, score }));
    return { query: analysed, pool, lexicalMax: maxLexical };
  }

  /** The second step: facet agreement and pipeline feedback re-order the pool, the top are explained. */
  rankPool(candidates: CandidatePool, targetOf: (doc: number) => AnalysedDocument, options: MatchOptions = {}): Match[] {
    const { query: analysed } = candidates;
    const scheme = this.tagger.scheme;
    const twinned = twinnedRegions(analysed.doc, options);
    const feedback = options.feedback?.forQuery(analysed) ?? (() => NO_FEEDBACK);
    return candidates.pool
      .map(({ doc, score }) => {
        const target = targetOf(doc);
        const agreement = facetAgreement(scheme, analysed.facets, target);
        const adjustment = feedback(target.doc.id);
        return { target, agreement, adjustment, score: Math.min(1, score * agreement.factor * adjustment.factor) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, options.top ?? 10)
      .map(({ target, agreement, adjustment, score }) => ({
        id: target.doc.id,
        score: Math.round(score * 1e4) / 1e4,
        explanation: explain(
          scheme,
          analysed,
          target,
          this.idf,
          isTwinned(target.doc, twinned),
          options.readerLanguage ?? 'en',
          agreement.matches,
          adjustment.reasons,
        ),
      }));
  }
}

/**
 * The final score: the concept part and the word part (lexical within a language plus the
 * bridge across), scaled by the target's cleantech relevance, twinning boost capped at 1.
 */
export function combine(concept: number, words: number, relevance: number, boost: number): number {
  const score = (concept + words) * relevance;
  return boost === 1 ? score : Math.min(1, score * boost);
}

/** 1 for a profile with solid cleantech evidence, less when the evidence is thin or only weak. */
export function cleantechRelevance(tags: readonly ConceptTag[]): number {
  let strong = 0;
  for (const tag of tags) if (tag.weight >= 1) strong += tag.weight;
  return Math.min(1, 0.3 + (0.7 * strong) / CLEANTECH_EVIDENCE);
}

export function twinnedRegions(query: MatchDocument, options: MatchOptions): Set<string> {
  const regions = new Set<string>();
  for (const pair of options.twinning ?? []) {
    if (pair.chinese === query.region) regions.add(pair.european);
    if (pair.european === query.region) regions.add(pair.chinese);
  }
  return regions;
}

export function isTwinned(doc: MatchDocument, regions: ReadonlySet<string>): boolean {
  return doc.region !== undefined && regions.has(doc.region);
}
