import type { Concept, ConceptScheme } from './scheme';

function lookup(scheme: ConceptScheme, ids: readonly string[]): Concept[] {
  return ids.flatMap((id) => scheme.byId.get(id) ?? []);
}

export function broaderOf(scheme: ConceptScheme, id: string): Concept[] {
  return lookup(scheme, scheme.byId.get(id)?.broader ?? []);
}

export function narrowerOf(scheme: ConceptScheme, id: string): Concept[] {
  return lookup(scheme, scheme.byId.get(id)?.narrower ?? []);
}

/** Ancestors with their distance (1 = direct broader), nearest distance kept per concept. */
export function ancestors(scheme: ConceptScheme, id: string): Map<string, number> {
  return walk(scheme, id, (c) => c.broader);
}

/** Descendants with their distance (1 = direct narrower). */
export function descendants(scheme: ConceptScheme, id: string): Map<string, number> {
  return walk(scheme, id, (c) => c.narrower);
}

// Breadth first, so the first distance recorded is the shortest; a concept never revisits itself.
function walk(scheme: ConceptScheme, id: string, next: (c: Concept) => readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  let frontier = [id];
  for (let depth = 1; frontier.length > 0; depth++) {
    const following: string[] = [];
    for (const current of frontier) {
      const concept = scheme.byId.get(current);
      if (!concept) continue;
      for (const nextId of next(concept)) {
        if (nextId === id || found.has(nextId)) continue;
        found.set(nextId, depth);
        following.push(nextId);
      }
    }
    frontier = following;
  }
  return found;
}
