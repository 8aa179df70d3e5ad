import { type Facet, FACETS } from '../thesaurus/facets';
import { ancestors } from '../thesaurus/navigation';
import type { ConceptScheme } from '../thesaurus/scheme';
import type { ConceptTag } from '../thesaurus/tagger';
import type { ExpandedConcept } from './concept-vector';

// What meeting a need on each facet is worth, on top of the cosine. The industry weighs most:
// a pharmaceutical-effluent specialist is what a pharmaceutical-wastewater need asks for, a
// general water company only half of it. Chosen on the dev set and the two tuned probe sets.
export const FACET_BONUS: Readonly<Record<Facet, number>> = { medium: 0.05, technology: 0.1, industry: 0.2, context: 0.05 };
// A tag this light (one weak label) does not put its concept in a facet of the text.
const MIN_TAG_WEIGHT = 0.4;
const MIN_TARGET_WEIGHT = 0.3;

/** The query's concepts of one facet that the target also has (itself or through a narrower concept). */
export interface FacetMatch {
  facet: Facet;
  conceptIds: string[];
}

export interface FacetAgreement {
  matches: FacetMatch[];
  /** Multiplies the score: 1 when the target meets every facet the query has, less otherwise. */
  factor: number;
}

interface Tagged {
  tags: readonly ConceptTag[];
  expanded: ReadonlyMap<string, ExpandedConcept>;
}

/** The query's concepts per facet; industries include those its media imply ("coking wastewater"). */
export function facetConcepts(scheme: ConceptScheme, tags: readonly ConceptTag[]): Map<Facet, Set<string>> {
  const byFacet = new Map<Facet, Set<string>>();
  const add = (facet: Facet, id: string) => {
    let set = byFacet.get(facet);
    if (!set) byFacet.set(facet, (set = new Set()));
    set.add(id);
  };
  for (const tag of tags) {
    if (tag.weight < MIN_TAG_WEIGHT) continue;
    const concept = scheme.byId.get(tag.conceptId);
    // Themes ("water", "industry") are too general to count as meeting a facet.
    if (!concept || concept.broader.length === 0) continue;
    add(concept.facet, concept.id);
    if (concept.impliedIndustry) add('industry', concept.impliedIndustry);
  }
  return byFacet;
}

/** The industries a text is about, with their broader industries (pharma → chemical industry). */
function industriesOf(scheme: ConceptScheme, doc: Tagged): Set<string> {
  const industries = new Set<string>();
  for (const tag of doc.tags) {
    const concept = scheme.byId.get(tag.conceptId);
    if (!concept || tag.weight < MIN_TAG_WEIGHT * 0.5) continue;
    const direct = concept.facet === 'industry' ? concept.id : concept.impliedIndustry;
    if (!direct) continue;
    industries.add(direct);
    for (const ancestor of ancestors(scheme, direct).keys()) industries.add(ancestor);
  }
  return industries;
}

/**
 * On which facets a target meets a query. The specific beats the general: a query about
 * pharmaceutical wastewater is met on its medium by a profile about pharmaceutical wastewater,
 * not by one about wastewater in general (which still shares the broader concept in the cosine).
 */
export function facetAgreement(scheme: ConceptScheme, query: Map<Facet, Set<string>>, target: Tagged): FacetAgreement {
  const matches: FacetMatch[] = [];
  let possible = 1;
  let met = 1;
  let targetIndustries: Set<string> | undefined;
  for (const facet of FACETS) {
    const wanted = query.get(facet);
    if (!wanted) continue;
    possible += FACET_BONUS[facet];
    const conceptIds: string[] = [];
    if (facet === 'industry') {
      targetIndustries ??= industriesOf(scheme, target);
      for (const id of wanted) if (targetIndustries.has(id)) conceptIds.push(id);
    } else {
      for (const id of wanted) if ((target.expanded.get(id)?.weight ?? 0) >= MIN_TARGET_WEIGHT) conceptIds.push(id);
    }
    if (conceptIds.length === 0) continue;
    met += FACET_BONUS[facet];
    matches.push({ facet, conceptIds });
  }
  return { matches, factor: met / possible };
}
