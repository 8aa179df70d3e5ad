import type { Decompounder } from './decompound';
import type { Language } from './language';
import { stem } from './stem';
import { isStopWord } from './stopwords';

export interface Token {
  /** Stemmed, lower-cased, accent-free form used for matching. */
  term: string;
  /** Offsets of the surface word in the original text. */
  start: number;
  end: number;
  /** Stems of the compound's parts when a decompounder recognised one. */
  parts?: string[];
}

// Latin-script words only: Han characters go through the segmenter instead.
const WORD = /[\p{Script=Latin}\p{N}]+/gu;
const COMBINING = /\p{M}/gu;
const NON_ASCII = /\P{ASCII}/u;

export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // Decomposing is only needed for accented letters ("efficiëntie"), and it is not cheap.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING, '') : lower;
}

/** Word tokens of Latin-script text, stop words removed, stemmed for `lang` (nl or en). */
export function tokenize(text: string, lang: 'nl' | 'en', decompounder?: Decompounder): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    const word = normaliseWord(surface);
    if (isStopWord(word, lang)) continue;
    const start = match.index;
    const token: Token = { term: stem(word, lang), start, end: start + surface.length };
    const parts = lang === 'nl' ? decompounder?.split(word) : null;
    if (parts) token.parts = parts.map((p) => stem(p, 'nl'));
    tokens.push(token);
  }
  return tokens;
}

/** Stemmed terms of a text in one language: the lexical (BM25) view of a document. */
export function terms(text: string, lang: Language, decompounder?: Decompounder): string[] {
  return lang === 'zh' ? [] : tokenTerms(tokenize(text, lang, decompounder));
}

/** Each token's stem followed by the stems of its compound parts. */
export function tokenTerms(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    out.push(token.term);
    if (token.parts) out.push(...token.parts);
  }
  return out;
}
