import { facetSentence } from '../../../core/matching';
import { type Facet, FACETS, type ConceptScheme } from '../../../core/thesaurus';
import type { Language, MatchExplanation } from '../../../shared/api';
import { translatorFor } from '../../../shared/i18n';
import type { StoredExplanation } from '../../db/schema/matching';

/** Renders stored, language-neutral explanations in the reader's language (labels of the thesaurus in force). */
export async function explanationRenderer(scheme: ConceptScheme, lang: Language): Promise<(stored: StoredExplanation) => MatchExplanation> {
  const t = await translatorFor(lang);
  return (stored) => {
    const concepts = stored.concepts.map((c) => ({
      conceptId: c.conceptId,
      label: scheme.byId.get(c.conceptId)?.prefLabel[lang] ?? c.conceptId,
      share: c.share,
      opportunityPhrases: c.opportunityPhrases,
      organisationPhrases: c.organisationPhrases,
    }));
    const quote = (phrases: readonly string[]) => phrases.map((p) => `"${p}"`).join(', ');
    const parts = concepts.map(
      (c) =>
        `${c.label} (${t('matching:explanation.query')}: ${quote(c.opportunityPhrases)}; ${t('matching:explanation.target')}: ${quote(c.organisationPhrases)})`,
    );
    let text = `${t('matching:explanation.shared')}: ${parts.length > 0 ? parts.join('; ') : t('matching:explanation.none')}`;
    if (stored.sharedTerms.length > 0) text += `. ${t('matching:explanation.terms')}: ${stored.sharedTerms.join(', ')}`;
    if (stored.twinned) text += `. ${t('matching:explanation.twinned')}`;
    const facets = facetSentence(
      facetsOf(
        concepts.map((c) => c.conceptId),
        scheme,
        lang,
      ),
      lang,
    );
    if (facets) text += `. ${facets}`;
    return { text, concepts, sharedTerms: stored.sharedTerms, twinned: stored.twinned };
  };
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
