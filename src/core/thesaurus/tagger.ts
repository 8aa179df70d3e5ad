import { Decompounder } from '../text/decompound';
import { detectLanguage, type Language } from '../text/language';
import { isStopWord } from '../text/stopwords';
import { normaliseWord, tokenize, type Token } from '../text/tokenize';
import { SCHEME, type ConceptScheme } from './scheme';

export interface Evidence {
  /** The text that triggered the concept, as written. */
  phrase: string;
  start: number;
  end: number;
}

export interface ConceptTag {
  conceptId: string;
  /** Grows with the number of mentions, sub-linearly; weak labels count for a quarter. */
  weight: number;
  evidence: Evidence[];
}

interface Entry {
  conceptId: string;
  weak: boolean;
}

interface Hit extends Entry {
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: Entry[];
}

type LatinLanguage = 'nl' | 'en';

const WEAK_WEIGHT = 0.25;
// Heads that Dutch compounds often end in without being thesaurus words themselves
// ("slibverwerkingsinstallatie", "waterstofproject").
const COMPOUND_HEADS = `verwerking installatie installaties behandeling techniek technieken technologie systeem systemen
  bedrijf bedrijven fabriek fabrieken productie centrale project projecten oplossing oplossingen beheer sector keten park
  station stations terrein gebied opslag tank tanks bodem lucht afval energie warmte slib water olie gas stof zuivering
  recyclage inzameling reiniging meting metingen netwerk net markt ontwikkeling onderzoek advies
  producent producenten fabrikant fabrikanten hal hallen lijn lijnen straat straten proces materiaal materialen resten`.split(/\s+/);

/** Finds thesaurus concepts in text: stemmed word sequences for nl/en, substrings for zh. */
export class Tagger {
  private readonly decompounder: Decompounder;
  private readonly keys: Record<LatinLanguage, Map<string, Entry[]>> = { nl: new Map(), en: new Map() };
  /** Longest label (in tokens) starting with a given term, to skip most tokens at once. */
  private readonly starts: Record<LatinLanguage, Map<string, number>> = { nl: new Map(), en: new Map() };
  private readonly trie: TrieNode = { next: new Map() };

  constructor(readonly scheme: ConceptScheme = SCHEME) {
    this.decompounder = new Decompounder(dutchVocabulary(scheme));
    for (const concept of scheme.concepts) {
      for (const lang of ['nl', 'en'] as const) {
        for (const label of concept.labels[lang]) {
          const entry = { conceptId: concept.id, weak: label.weak };
          const tokens = tokenize(label.text, lang);
          this.addKey(
            lang,
            tokens.map((t) => t.term),
            entry,
          );
          if (lang === 'nl')
            this.addKey(
              lang,
              flattenCompounds(tokenize(label.text, lang, this.decompounder)).map((t) => t.term),
              entry,
            );
        }
      }
      for (const label of concept.labels.zh) this.addChinese(label.text.toLowerCase(), { conceptId: concept.id, weak: label.weak });
    }
  }

  tag(text: string, lang: Language = detectLanguage(text)): ConceptTag[] {
    return this.analyse(text, lang).tags;
  }

  /** Tags plus the Latin-script tokens of the text's own language, for callers that index it too. */
  analyse(text: string, lang: Language = detectLanguage(text)): { tags: ConceptTag[]; tokens: Token[] } {
    const hits: Hit[] = [];
    const english = tokenize(text, 'en');
    const tokens = lang === 'nl' ? tokenize(text, 'nl', this.decompounder) : english;
    if (lang === 'nl') {
      const covered = this.matchLatin('nl', tokens, hits);
      // Compounds nobody matched whole get a second chance through their parts.
      const split = tokens.filter((t, i) => t.parts && !covered.has(i));
      if (split.length > 0) this.matchLatin('nl', flattenCompounds(split), hits);
    }
    // English terms turn up in Dutch and Chinese texts too ("coal chemical", "VOCs", "MBR").
    this.matchLatin('en', english, hits);
    if (/\p{Script=Han}/u.test(text)) this.matchChinese(text, hits);
    return { tags: collect(text, hits), tokens };
  }

  private addKey(lang: LatinLanguage, terms: string[], entry: Entry): void {
    const first = terms[0];
    if (first === undefined) return;
    const key = terms.join(' ');
    const entries = this.keys[lang].get(key) ?? [];
    if (!entries.some((e) => e.conceptId === entry.conceptId)) entries.push(entry);
    this.keys[lang].set(key, entries);
    this.starts[lang].set(first, Math.max(this.starts[lang].get(first) ?? 0, terms.length));
  }

  private addChinese(label: string, entry: Entry): void {
    let node = this.trie;
    for (const char of label) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { next: new Map() }));
      node = child;
    }
    node.entries ??= [];
    if (!node.entries.some((e) => e.conceptId === entry.conceptId)) node.entries.push(entry);
  }

  /** Greedy leftmost-longest matching of label keys; returns the indexes of matched tokens. */
  private matchLatin(lang: LatinLanguage, tokens: readonly Token[], hits: Hit[]): Set<number> {
    const covered = new Set<number>();
    for (let i = 0; i < tokens.length;) {
      const first = tokens[i] as Token;
      const maxLength = Math.min(this.starts[lang].get(first.term) ?? 0, tokens.length - i);
      let best: { length: number; entries: Entry[] } | undefined;
      let key = '';
      for (let n = 1; n <= maxLength; n++) {
        key = n === 1 ? first.term : `${key} ${(tokens[i + n - 1] as Token).term}`;
        const entries = this.keys[lang].get(key);
        if (entries) best = { length: n, entries };
      }
      if (!best) {
        i++;
        continue;
      }
      const last = tokens[i + best.length - 1] as Token;
      for (const entry of best.entries) hits.push({ ...entry, start: first.start, end: last.end });
      for (let k = i; k < i + best.length; k++) covered.add(k);
      i += best.length;
    }
    return covered;
  }

  private matchChinese(text: string, hits: Hit[]): void {
    const chars = text.toLowerCase();
    for (let i = 0; i < chars.length;) {
      let node: TrieNode | undefined = this.trie;
      let best: { end: number; entries: Entry[] } | undefined;
      for (let j = i; j < chars.length; j++) {
        node = node.next.get(chars[j] as string);
        if (!node) break;
        if (node.entries) best = { end: j + 1, entries: node.entries };
      }
      if (!best) {
        i++;
        continue;
      }
      for (const entry of best.entries) hits.push({ ...entry, start: i, end: best.end });
      i = best.end;
    }
  }
}

/** Compound tokens replaced by their parts, each part keeping the compound's offsets. */
function flattenCompounds(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => (t.parts ? t.parts.map((term) => ({ term, start: t.start, end: t.end })) : [t]));
}

function dutchVocabulary(scheme: ConceptScheme): Set<string> {
  const words = new Set(COMPOUND_HEADS);
  for (const concept of scheme.concepts) {
    for (const label of concept.labels.nl) {
      for (const raw of label.text.split(/[^\p{L}\p{N}]+/u)) {
        const word = normaliseWord(raw);
        if (!isStopWord(word, 'nl')) words.add(word);
      }
    }
  }
  return words;
}

function collect(text: string, hits: readonly Hit[]): ConceptTag[] {
  const byConcept = new Map<string, { score: number; evidence: Evidence[] }>();
  for (const hit of hits) {
    const tag = byConcept.get(hit.conceptId) ?? { score: 0, evidence: [] };
    byConcept.set(hit.conceptId, tag);
    if (tag.evidence.some((e) => e.start === hit.start && e.end === hit.end)) continue;
    tag.score += hit.weak ? WEAK_WEIGHT : 1;
    tag.evidence.push({ phrase: text.slice(hit.start, hit.end), start: hit.start, end: hit.end });
  }
  return [...byConcept].map(([conceptId, { score, evidence }]) => ({
    conceptId,
    weight: Math.log2(1 + score),
    evidence: evidence.sort((a, b) => a.start - b.start),
  }));
}

let defaultTagger: Tagger | undefined;

/** Tags text with the Cleantech Bridge thesaurus; the language is detected when not given. */
export function tagText(text: string, lang?: Language): ConceptTag[] {
  defaultTagger ??= new Tagger();
  return defaultTagger.tag(text, lang);
}
