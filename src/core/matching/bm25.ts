import type { ScoreBoard } from './score-board';

const K1 = 1.2;
const B = 0.75;

interface Posting {
  docs: number[];
  freqs: number[];
}

/** A term's documents with the term's frequency in each, and its IDF. */
export interface FrozenPosting {
  docs: Int32Array;
  freqs: Uint16Array;
  idf: number;
}

/**
 * BM25 over pre-tokenised documents. Terms are language-specific (Dutch stems, English stems,
 * Chinese words), so it mostly matches within one language; cognate stems such as "membran"
 * are a welcome exception.
 */
export class Bm25Index {
  private building = new Map<string, Posting>();
  private frozen = new Map<string, FrozenPosting>();
  private readonly lengths: number[] = [];
  /** Per document: K1 · (1 − B + B · length / average length). */
  private lengthNorms = new Float32Array(0);
  private averageLength = 1;

  /**
   * An index already finished elsewhere, from its parts (index-snapshot.ts): per document its
   * length norm, and the postings of the terms a query will need.
   */
  static restore(lengthNorms: Float32Array<ArrayBuffer>, averageLength: number, postings: ReadonlyMap<string, FrozenPosting>): Bm25Index {
    const index = new Bm25Index();
    index.lengthNorms = lengthNorms;
    index.averageLength = averageLength;
    index.frozen = new Map(postings);
    return index;
  }

  /** A finished index's posting of a term, and each document's length norm: what a snapshot keeps. */
  posting(term: string): FrozenPosting | undefined {
    return this.frozen.get(term);
  }

  get norms(): Float32Array {
    return this.lengthNorms;
  }

  /** Every term of a finished index. */
  terms(): IterableIterator<string> {
    return this.frozen.keys();
  }

  add(doc: number, terms: readonly string[]): void {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, freq] of counts) {
      let posting = this.building.get(term);
      if (!posting) this.building.set(term, (posting = { docs: [], freqs: [] }));
      posting.docs.push(doc);
      posting.freqs.push(freq);
    }
    this.lengths[doc] = terms.length;
  }

  /** Packs postings into typed arrays and precomputes IDF and length norms. */
  finish(): void {
    const docCount = this.lengths.length || 1;
    const average = (this.averageLength = this.lengths.reduce((sum, l) => sum + (l ?? 0), 0) / docCount || 1);
    this.lengthNorms = Float32Array.from(this.lengths, (l) => lengthNorm(l ?? 0, average));
    for (const [term, p] of this.building) {
      const idf = bm25Idf(docCount, p.docs.length);
      this.frozen.set(term, { docs: Int32Array.from(p.docs), freqs: Uint16Array.from(p.freqs), idf });
    }
    this.building = new Map();
  }

  /** Adds the BM25 score of every document sharing a query term to the board. */
  score(terms: readonly string[], board: ScoreBoard): void {
    for (const term of new Set(terms)) {
      const posting = this.frozen.get(term);
      if (!posting) continue;
      const { docs, freqs, idf } = posting;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        const freq = freqs[i] as number;
        board.lexical[doc] = (board.lexical[doc] as number) + termScore(idf, freq, this.lengthNorms[doc] as number);
        board.touch(doc);
      }
    }
  }

  /** Term IDF and average length: what scoring a document outside the index needs (see LexicalScorer). */
  statistics(): { termIdf: Record<string, number>; averageLength: number } {
    const termIdf: Record<string, number> = {};
    for (const [term, p] of this.frozen) termIdf[term] = p.idf;
    return { termIdf, averageLength: this.averageLength };
  }
}

export const lengthNorm = (length: number, average: number) => K1 * (1 - B + (B * length) / average);
export const bm25Idf = (docCount: number, docFreq: number) => Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
const termScore = (idf: number, freq: number, norm: number) => (idf * freq * (K1 + 1)) / (freq + norm);

/**
 * BM25 of one document that is not in the index, against any query, with the statistics of an
 * index: as if it were the index's one more document. A term the index never saw counts as
 * occurring in this document only.
 */
export class LexicalScorer {
  private readonly counts = new Map<string, number>();
  private readonly norm: number;

  constructor(
    private readonly stats: { count: number; termIdf: Readonly<Record<string, number>>; averageLength: number },
    terms: readonly string[],
  ) {
    for (const term of terms) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
    this.norm = lengthNorm(terms.length, stats.averageLength);
  }

  score(queryTerms: readonly string[]): number {
    let sum = 0;
    for (const term of new Set(queryTerms)) {
      const freq = this.counts.get(term);
      if (!freq) continue;
      sum += termScore(this.stats.termIdf[term] ?? bm25Idf(this.stats.count + 1, 1), freq, this.norm);
    }
    return sum;
  }
}
