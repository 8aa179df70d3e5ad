import { facetSentence } from '../../../core/matching';
import { type Facet, FACETS, type ConceptScheme } from '../../../core/thesaurus';
import type { Language, MatchExplanation } from '../../../shared/api';
import type { StoredExplanation } from '../../db/schema/matching';

const WORDING: Record<Language, { shared: string; query: string; target: string; terms: string; twinned: string; none: string }> = {
  en: { shared: 'Shared concepts', query: 'need', target: 'profile', terms: 'shared words', twinned: 'twinned regions', none: 'no shared concepts' },
  nl: { shared: 'Gedeelde concepten', query: 'vraag', target: 'profiel', terms: 'gedeelde woorden', twinned: 'partnerregio’s', none: 'geen gedeelde concepten' },
  zh: { shared: '共同概念', query: '需求', target: '简介', terms: '共同词语', twinned: '友好地区', none: '无共同概念' },
};

/** The stored, language-neutral explanation in the reader's language (labels of the thesaurus in force). */
export function renderExplanation(stored: StoredExplanation, scheme: ConceptScheme, lang: Language): MatchExplanation {
  const w = WORDING[lang];
  const concepts = stored.concepts.map((c) => ({
    conceptId: c.conceptId,
    label: scheme.byId.get(c.conceptId)?.prefLabel[lang] ?? c.conceptId,
    share: c.share,
    opportunityPhrases: c.opportunityPhrases,
    organisationPhrases: c.organisationPhrases,
  }));
  const quote = (phrases: readonly string[]) => phrases.map((p) => `"${p}"`).join(', ');
  const parts = concepts.map((c) => `${c.label} (${w.query}: ${quote(c.opportunityPhrases)}; ${w.target}: ${quote(c.organisationPhrases)})`);
  let text = `${w.shared}: ${parts.length > 0 ? parts.join('; ') : w.none}`;
  if (stored.sharedTerms.length > 0) text += `. ${w.terms}: ${stored.sharedTerms.join(', ')}`;
  if (stored.twinned) text += `. ${w.twinned}`;
  const facets = facetSentence(facetsOf(concepts.map((c) => c.conceptId), scheme, lang), lang);
  if (facets) text += `. ${facets}`;
  return { text, concepts, sharedTerms: stored.sharedTerms, twinned: stored.twinned };
}

/** The shared concepts' labels grouped by facet (medium/problem, technology, industry, setting). */
function facetsOf(conceptIds: readonly string[], scheme: ConceptScheme, lang: Language): { facet: Facet; labels: string[] }[] {
  return FACETS.flatMap((facet) => {
    const labels = conceptIds.flatMap((id) => {
      const concept = scheme.byId.get(id);
      return concept?.facet === facet ? [concept.prefLabel[lang]] : [];
    });
    return labels.length > 0 ? [{ facet, labels }] : [];
  });
}
