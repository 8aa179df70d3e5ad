import { type Language, LANGUAGES } from '../text/language';
import type { ConceptScheme } from '../thesaurus/scheme';
import type { ConceptTag } from '../thesaurus/tagger';
import { Bm25Index, bm25Idf, type FrozenPosting, lengthNorm } from './bm25';
import { type Bridge, BridgeIndex, bridgeNorms, type FrozenBridgePosting } from './bridge';
import { expandTags } from './concept-vector';
import { facetConcepts } from './facet-agreement';
import { GEMET_PREFIX } from '../thesaurus/gemet';
import type { Tagger } from '../thesaurus/tagger';
import { type AnalysedDocument, cleantechRelevance, type CollectionStatistics, type FrozenConceptPosting, MatchIndex } from './match-index';
import type { MatchDocument } from './types';

/**
 * A finished MatchIndex kept outside the process (docs/decisions/030-stored-match-index.md), so
 * that one opportunity is ranked against every organisation without analysing them again: per
 * document what the ranking reads (id, region, language, relevance, norms), and per concept, word
 * and bridge feature its posting. A query loads only the postings of its own keys, and the index
 * rebuilt from them scores exactly as the full index did. Pure: storing it is the server's job.
 */
export interface SnapshotDocuments {
  ids: string[];
  regions: (string | null)[];
  languages: Uint8Array;
  relevance: Float64Array;
  conceptScale: Float64Array;
  lengthNorms: Float32Array;
  gemetNorms: Float32Array;
  englishNorms: Float32Array;
}

/** One key's posting: document ordinals and, per document, its weight × IDF (frequency for a word). */
export interface SnapshotPosting {
  docs: Int32Array<ArrayBuffer>;
  values: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>;
}

/**
 * The version of analyseDocument and of the index's weighting: raise it with any change to how
 * a document is analysed or weighted (code, or shipped data other than the concept scheme and the
 * bridge's dictionaries, which the server hashes itself: GEMET labels, stemmers), so that stored
 * indexes and analyses are no longer used.
 */
export const ANALYSIS_VERSION = 1;

// Keys of the three kinds of posting share one namespace.
const CONCEPT = 'c:';
const TERM = 't:';
const FEATURE = 'b:';
const bridgeFeature = (feature: string): boolean => !feature.startsWith(GEMET_PREFIX);

/** The keys whose postings ranking this query reads. */
export function snapshotKeys(query: AnalysedDocument): string[] {
  return [
    ...[...query.expanded.keys()].map((id) => CONCEPT + id),
    ...[...new Set(query.terms)].map((term) => TERM + term),
    ...[...query.bridge.keys()].map((feature) => FEATURE + feature),
  ];
}

/** Everything a finished index holds, to be stored; postings one key at a time. */
export function snapshotOf(index: MatchIndex): { documents: SnapshotDocuments; postings: Iterable<[string, SnapshotPosting]> } {
  const parts = index.parts();
  const bridgeDocuments = parts.bridge.documents();
  const count = parts.docs.length;
  const documents: SnapshotDocuments = {
    ids: parts.docs.map((d) => d.id),
    regions: parts.docs.map((d) => d.region ?? null),
    languages: bridgeDocuments.languages.length === count ? bridgeDocuments.languages : new Uint8Array(count),
    relevance: parts.relevance,
    conceptScale: parts.conceptScale,
    lengthNorms: parts.lexical.norms,
    gemetNorms: bridgeDocuments.gemetNorms.length === count ? bridgeDocuments.gemetNorms : new Float32Array(count),
    englishNorms: bridgeDocuments.englishNorms.length === count ? bridgeDocuments.englishNorms : new Float32Array(count),
  };
  function* postings(): Iterable<[string, SnapshotPosting]> {
    for (const [id, p] of parts.concepts) yield [CONCEPT + id, { docs: p.docs as Int32Array<ArrayBuffer>, values: p.weights as Float32Array<ArrayBuffer> }];
    for (const term of parts.lexical.terms()) {
      const p = parts.lexical.posting(term) as FrozenPosting;
      yield [TERM + term, { docs: p.docs as Int32Array<ArrayBuffer>, values: p.freqs as Uint16Array<ArrayBuffer> }];
    }
    for (const feature of parts.bridge.features()) {
      const p = parts.bridge.posting(feature) as FrozenBridgePosting;
      yield [FEATURE + feature, { docs: p.docs as Int32Array<ArrayBuffer>, values: p.weights as Float32Array<ArrayBuffer> }];
    }
  }
  return { documents, postings: postings() };
}

interface Building {
  docs: number[];
  values: number[];
}

/**
 * The index an opportunity is ranked with: the stored documents and the postings of its keys,
 * without the stored documents that are `excluded` (edited or deleted since), plus `outside`
 * documents (edited or added since) weighted with the stored statistics as OutsideDocumentScorer
 * does. Document ordinal i < documents.ids.length is stored document i; outside ones follow.
 */
export function restoreIndex(
  statistics: CollectionStatistics,
  documents: SnapshotDocuments,
  postings: ReadonlyMap<string, SnapshotPosting>,
  excluded: ReadonlySet<number>,
  outside: readonly AnalysedDocument[],
  tagger?: Tagger,
  bridge?: Bridge,
): MatchIndex {
  const base = documents.ids.length;
  const count = base + outside.length;
  const unseen = Math.log(1 + (statistics.count + 1));
  const building = new Map<string, Building>();
  for (const [key, p] of postings) {
    const kept: Building = { docs: [], values: [] };
    for (let i = 0; i < p.docs.length; i++) {
      const doc = p.docs[i] as number;
      if (excluded.has(doc)) continue;
      kept.docs.push(doc);
      kept.values.push(p.values[i] as number);
    }
    building.set(key, kept);
  }
  const add = (key: string, doc: number, value: number) => {
    let p = building.get(key);
    if (!p) building.set(key, (p = { docs: [], values: [] }));
    p.docs.push(doc);
    p.values.push(value);
  };
  const grow = <T extends Float32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(
    array: ArrayLike<number>,
    make: (n: number) => T,
  ): T => {
    const grown = make(count);
    grown.set(array);
    return grown;
  };
  const conceptScale = grow(documents.conceptScale, (n) => new Float64Array(n));
  const relevance = grow(documents.relevance, (n) => new Float64Array(n));
  const lengthNorms = grow(documents.lengthNorms, (n) => new Float32Array(n));
  const languages = grow(documents.languages, (n) => new Uint8Array(n));
  const gemetNorms = grow(documents.gemetNorms, (n) => new Float32Array(n));
  const englishNorms = grow(documents.englishNorms, (n) => new Float32Array(n));
  const conceptIdf = (id: string) => statistics.conceptIdf[id] ?? unseen;
  const bridgeIdf = (feature: string) => statistics.bridgeIdf?.[feature] ?? unseen;
  outside.forEach((analysed, j) => {
    const doc = base + j;
    let norm = 0;
    for (const [id, { weight }] of analysed.expanded) {
      const value = Math.fround(weight * conceptIdf(id));
      norm += value * value;
      add(CONCEPT + id, doc, value);
    }
    conceptScale[doc] = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    relevance[doc] = cleantechRelevance(analysed.tags);
    const counts = new Map<string, number>();
    for (const term of analysed.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, freq] of counts) add(TERM + term, doc, freq);
    lengthNorms[doc] = lengthNorm(analysed.terms.length, statistics.averageLength);
    languages[doc] = LANGUAGES.indexOf(analysed.language);
    if (statistics.bridgeIdf) {
      for (const [feature, weight] of analysed.bridge) add(FEATURE + feature, doc, Math.fround(weight * bridgeIdf(feature)));
      const norms = bridgeNorms(analysed.bridge, bridgeIdf);
      gemetNorms[doc] = norms.gemet;
      englishNorms[doc] = norms.english;
    }
  });
  const concepts = new Map<string, FrozenConceptPosting>();
  const terms = new Map<string, FrozenPosting>();
  const features = new Map<string, FrozenBridgePosting>();
  for (const [key, p] of building) {
    const name = key.slice(2);
    const docs = Int32Array.from(p.docs);
    if (key.startsWith(CONCEPT)) concepts.set(name, { docs, weights: Float32Array.from(p.values), idf: conceptIdf(name) });
    else if (key.startsWith(TERM)) {
      terms.set(name, { docs, freqs: Uint16Array.from(p.values), idf: statistics.termIdf[name] ?? bm25Idf(statistics.count + 1, 1) });
    } else features.set(name, { docs, weights: Float32Array.from(p.values), idf: bridgeIdf(name), english: bridgeFeature(name) });
  }
  const docs: MatchDocument[] = documents.ids.map((id, i) => ({ id, heading: '', body: '', region: documents.regions[i] ?? undefined }));
  for (const analysed of outside) docs.push(analysed.doc);
  return MatchIndex.restore(
    {
      docs,
      concepts,
      lexical: Bm25Index.restore(lengthNorms, statistics.averageLength, terms),
      bridge: BridgeIndex.restore(languages, gemetNorms, englishNorms, features),
      conceptScale,
      relevance,
    },
    statistics,
    tagger,
    bridge,
  );
}

/** What of an analysed document is stored so it is not analysed again (expansion and facets follow from the tags). */
export interface StoredAnalysis {
  language: Language;
  tags: ConceptTag[];
  terms: string[];
  bridge: [string, number][];
}

export function storedAnalysis(analysed: AnalysedDocument): StoredAnalysis {
  return { language: analysed.language, tags: analysed.tags, terms: analysed.terms, bridge: [...analysed.bridge] };
}

/** The analysis of `doc` from what was stored of it, as analyseDocument made it with this scheme. */
export function restoreAnalysis(scheme: ConceptScheme, doc: MatchDocument, stored: StoredAnalysis): AnalysedDocument {
  return {
    doc,
    language: stored.language,
    text: `${doc.heading}. ${doc.body}`,
    tags: stored.tags,
    expanded: expandTags(scheme, stored.tags),
    terms: stored.terms,
    bridge: new Map(stored.bridge),
    facets: facetConcepts(scheme, stored.tags),
  };
}
