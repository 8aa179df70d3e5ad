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

interface Combination {
  /** A medium of one industry ("pharmaceutical wastewater"). */
  conceptId: string;
  industry: string;
  /** The general media it specialises ("industrial wastewater", "wastewater"). */
  media: Set<string>;
}

const combinations = new WeakMap<ConceptScheme, Combination[]>();

function combinationsOf(scheme: ConceptScheme): Combination[] {
  let list = combinations.get(scheme);
  if (list) return list;
  list = [];
  for (const concept of scheme.concepts) {
    if (!concept.impliedIndustry || concept.facet !== 'medium') continue;
    // The medium itself one or two levels up, short of the theme ("water") and of sectors.
    const media = new Set<string>();
    for (const [id, distance] of ancestors(scheme, concept.id)) {
      const ancestor = scheme.byId.get(id);
      if (distance <= 2 && ancestor && ancestor.broader.length > 0 && ancestor.facet === 'medium') media.add(id);
    }
    if (media.size > 0) list.push({ conceptId: concept.id, industry: concept.impliedIndustry, media });
  }
  combinations.set(scheme, list);
  return list;
}

// A medium inferred from two separate mentions is weaker evidence than a mention of it.
const COMPOSED_WEIGHT = 0.5;

/**
 * Media of one industry that a text describes in two parts: a profile about "the effluent of drug
 * manufacturers" or "原料药企业的高浓度废水" speaks about pharmaceutical wastewater without naming
 * it. Such a text gets the industry's medium as an extra tag (weaker than a direct mention), so
 * specialists who describe their clients' industry in their own words meet a need that names it.
 */
export function composedTags(scheme: ConceptScheme, tags: readonly ConceptTag[]): ConceptTag[] {
  const have = new Map(tags.map((t) => [t.conceptId, t]));
  const industries = new Map<string, ConceptTag>();
  for (const tag of tags) {
    const concept = scheme.byId.get(tag.conceptId);
    if (concept?.facet !== 'industry' || tag.weight < MIN_TAG_WEIGHT * 0.5) continue;
    industries.set(concept.id, tag);
    for (const ancestor of ancestors(scheme, concept.id).keys()) if (!industries.has(ancestor)) industries.set(ancestor, tag);
  }
  if (industries.size === 0) return [];
  const out: ConceptTag[] = [];
  for (const { conceptId, industry, media } of combinationsOf(scheme)) {
    const industryTag = industries.get(industry);
    if (!industryTag || have.has(conceptId)) continue;
    const medium = tags.find((t) => media.has(t.conceptId) && t.weight >= MIN_TAG_WEIGHT);
    if (!medium) continue;
    out.push({ conceptId, weight: COMPOSED_WEIGHT * medium.weight, evidence: [...medium.evidence, ...industryTag.evidence] });
  }
  return out;
}
