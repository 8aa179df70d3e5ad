import { ancestors } from '../thesaurus/navigation';
import type { ConceptScheme } from '../thesaurus/scheme';
import type { ConceptTag } from '../thesaurus/tagger';

// Partial credit along the hierarchy: a text about textile wastewater also says a little about
// industrial wastewater (×0.5) and about water (×0.25), so it meets a need phrased one level up.
const DECAY = 0.6;

export interface ExpandedConcept {
  weight: number;
  /** The directly tagged concepts this one was reached from. */
  sources: string[];
}

/** Tags plus their ancestors with decaying weight; the best path wins per concept. */
export function expandTags(scheme: ConceptScheme, tags: readonly ConceptTag[]): Map<string, ExpandedConcept> {
  const expanded = new Map<string, ExpandedConcept>();
  const add = (id: string, weight: number, source: string) => {
    const current = expanded.get(id);
    if (!current) expanded.set(id, { weight, sources: [source] });
    else {
      current.weight = Math.max(current.weight, weight);
      if (!current.sources.includes(source)) current.sources.push(source);
    }
  };
  for (const tag of tags) {
    add(tag.conceptId, tag.weight, tag.conceptId);
    for (const [ancestor, distance] of ancestorCache(scheme, tag.conceptId)) add(ancestor, tag.weight * DECAY ** distance, tag.conceptId);
  }
  return expanded;
}

const ancestorCaches = new WeakMap<ConceptScheme, Map<string, [string, number][]>>();

function ancestorCache(scheme: ConceptScheme, id: string): [string, number][] {
  let cache = ancestorCaches.get(scheme);
  if (!cache) ancestorCaches.set(scheme, (cache = new Map()));
  let list = cache.get(id);
  if (!list) cache.set(id, (list = [...ancestors(scheme, id)]));
  return list;
}
