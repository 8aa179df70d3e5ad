import { type SQL, sql } from 'drizzle-orm';
import { detectLanguage, isStopWord, segmentChinese, type Language } from '../../../core/text';
import type { ConceptScheme, Tagger } from '../../../core/thesaurus';
import { searchQuery } from '../opportunities/search-document';

/**
 * The directory's search (issue #10): the opportunities' full-text mechanism (every word must
 * match, in any language version of the text: `searchQuery` over a vector built by
 * `searchVector`), widened across languages through the thesaurus. The query is tagged like any
 * text; for each concept found, any of its labels in nl, en or zh may stand in for it, so `废水`
 * also finds a Dutch description that only says "afvalwater", and an organisation whose confirmed
 * capabilities include the concept is found whatever its description says.
 */
export type DirectorySearch = {
  /** A tsquery: the words themselves, or else every concept by one of its labels. */
  tsquery: SQL | undefined;
  /** Concepts the query names: organisations with one of them among their confirmed capabilities match too. */
  conceptIds: string[];
};

const configOf = { nl: 'dutch', en: 'english' } as const;
const MAX_CONCEPTS = 5;

/** One label as a tsquery in its own language: nl/en words as prefixes, zh segmented. */
function labelQuery(text: string, lang: Language): SQL | undefined {
  if (lang === 'zh') {
    const words = segmentChinese(text).filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
    return words.length ? sql`to_tsquery('simple', ${words.join(' & ')})` : undefined;
  }
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !isStopWord(w, lang));
  return words.length ? sql`to_tsquery(${configOf[lang]}::regconfig, ${words.map((w) => `${w}:*`).join(' & ')})` : undefined;
}

function conceptsOf(q: string, tagger: Tagger): string[] {
  // One language at a time (tagging "wastewater" as Dutch would also find "water"): the detected
  // one, then for a short Latin query that says too little to tell, the other.
  const detected = detectLanguage(q);
  const order: Language[] = detected === 'zh' ? ['zh'] : detected === 'nl' ? ['nl', 'en'] : ['en', 'nl'];
  for (const lang of order) {
    const ids = tagger.analyse(q, lang).tags.map((t) => t.conceptId);
    if (ids.length) return ids.slice(0, MAX_CONCEPTS);
  }
  return [];
}

export function directorySearch(q: string, scheme: ConceptScheme, tagger: Tagger): DirectorySearch {
  const words = searchQuery(q);
  const conceptIds = conceptsOf(q, tagger);
  const perConcept = conceptIds.flatMap((id) => {
    const concept = scheme.byId.get(id);
    if (!concept) return [];
    const labels = (['nl', 'en', 'zh'] as const).flatMap((lang) => concept.labels[lang].filter((l) => !l.weak).flatMap((l) => labelQuery(l.text, lang) ?? []));
    return labels.length ? [sql`(${sql.join(labels, sql` || `)})`] : [];
  });
  const concepts = perConcept.length ? sql`(${sql.join(perConcept, sql` && `)})` : undefined;
  const tsquery = words && concepts ? sql`(${words} || ${concepts})` : (words ?? concepts);
  return { tsquery, conceptIds };
}
