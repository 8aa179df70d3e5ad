import { stem } from './stem';

const MIN_PART = 3;
const MIN_COMPOUND = 7;
// Dutch joins compound parts with a linking -s- or -e(n)- ("verwerkingsinstallatie", "ketenbeheer").
const LINKERS = ['', 's', 'e', 'en'];

/**
 * Splits Dutch compounds into parts known to a vocabulary (normally every word of the
 * thesaurus's Dutch labels plus common heads), so "afvalwaterzuivering" yields "afvalwater" +
 * "zuivering" and "olieslibverwerking" still reaches "olieslib". Only the last part may be
 * inflected ("waterstoftankstations"), which is checked on its stem.
 */
export class Decompounder {
  private readonly words: Set<string>;
  private readonly stems: Set<string>;
  private readonly memo = new Map<string, string[] | null>();

  constructor(vocabulary: Iterable<string>) {
    this.words = new Set();
    for (const word of vocabulary) if (word.length >= MIN_PART) this.words.add(word);
    this.stems = new Set([...this.words].map((w) => stem(w, 'nl')));
  }

  /** The parts of a compound, left to right, or null if the word is not a known compound. */
  split(word: string): string[] | null {
    // A word the vocabulary knows whole is not split: "waterstof" stays hydrogen.
    if (word.length < MIN_COMPOUND || this.words.has(word)) return null;
    const cached = this.memo.get(word);
    if (cached !== undefined) return cached;
    const parts = this.splitFrom(word, 0, true);
    const result = parts && parts.length > 1 ? parts : null;
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(word, result);
    return result;
  }

  // Longest known head first: "afvalwater|zuivering" beats "afval|water|zuivering".
  private splitFrom(word: string, from: number, first: boolean): string[] | null {
    const rest = word.slice(from);
    if (!first && (this.words.has(rest) || this.stems.has(stem(rest, 'nl')))) return [rest];
    for (let end = word.length - MIN_PART; end >= from + MIN_PART; end--) {
      const head = word.slice(from, end);
      if (!this.words.has(head)) continue;
      for (const linker of LINKERS) {
        if (!word.startsWith(linker, end)) continue;
        const next = end + linker.length;
        if (word.length - next < MIN_PART) continue;
        const tail = this.splitFrom(word, next, false);
        if (tail) return [head, ...tail];
      }
    }
    return null;
  }
}
