import type { Language } from '../text/language';
import { CONCEPT_ROWS, type ConceptRow } from './concepts';
import dacSectors from './dac-sectors.json';
import { type Facet, facetOf, IMPLIED_INDUSTRY } from './facets';
import gemetMappings from './gemet-mappings.json';

export interface Label {
  text: string;
  /** Too ambiguous to prove the concept on its own ("filter", "carbon"). */
  weak: boolean;
}

export interface GemetMapping {
  id: number;
  en: string;
  nl?: string;
}

export interface Concept {
  id: string;
  prefLabel: Record<Language, string>;
  /** Every label, preferred first, per language. */
  labels: Record<Language, Label[]>;
  broader: string[];
  narrower: string[];
  /** The programme theme the concept belongs to (a top concept, possibly itself). */
  theme: string;
  dac: string[];
  /** A sector or setting rather than a capability; weighs less in matching. */
  sector: boolean;
  /** Medium/problem, technology, industry or application context (facets.ts). */
  facet: Facet;
  /** The industry a medium concept implies ("coking wastewater" → coal chemical industry), if any. */
  impliedIndustry?: string;
  gemet?: GemetMapping;
}

export interface ConceptScheme {
  concepts: readonly Concept[];
  byId: ReadonlyMap<string, Concept>;
  themes: readonly string[];
}

export const DAC_SECTORS: Readonly<Record<string, string>> = dacSectors;
const GEMET: Readonly<Record<string, GemetMapping>> = gemetMappings;

// Top concepts are themes; hydrogen is one of the programme's own themes although it sits
// under energy in the hierarchy.
const EXTRA_THEMES = new Set(['hydrogen']);

function parseLabels(spec: string): Label[] {
  return spec.split('|').map((raw) => ({ text: raw.replace(/^~/, ''), weak: raw.startsWith('~') }));
}

function toConcept(row: ConceptRow): Concept {
  const labels = { nl: parseLabels(row.nl), en: parseLabels(row.en), zh: parseLabels(row.zh) };
  const pref = (lang: Language) => labels[lang][0]?.text ?? row.id;
  const concept: Concept = {
    id: row.id,
    prefLabel: { nl: pref('nl'), en: pref('en'), zh: pref('zh') },
    labels,
    broader: [...row.broader],
    narrower: [],
    theme: row.id,
    dac: row.dac ?? [],
    sector: row.sector ?? false,
    facet: facetOf(row),
  };

  const gemet = GEMET[row.id];
  if (gemet) concept.gemet = gemet;
  return concept;
}

/** Builds a scheme from rows, deriving narrower links and themes; throws on dangling links. */
export function buildScheme(rows: readonly ConceptRow[]): ConceptScheme {
  const concepts = rows.map(toConcept);
  const byId = new Map(concepts.map((c) => [c.id, c]));
  for (const concept of concepts) {
    for (const parentId of concept.broader) {
      const parent = byId.get(parentId);
      if (!parent) throw new Error(`concept ${concept.id}: unknown broader concept ${parentId}`);
      parent.narrower.push(concept.id);
    }
    const industry = IMPLIED_INDUSTRY[concept.id];
    if (industry && byId.has(industry)) concept.impliedIndustry = industry;
  }
  const themeOf = (concept: Concept, seen: Set<string>): string => {
    const first = concept.broader[0];
    if (!first || EXTRA_THEMES.has(concept.id) || seen.has(concept.id)) return concept.id;
    seen.add(concept.id);
    return themeOf(byId.get(first) as Concept, seen);
  };
  for (const concept of concepts) concept.theme = themeOf(concept, new Set());
  const themes = concepts.filter((c) => c.theme === c.id).map((c) => c.id);
  return { concepts, byId, themes };
}

/** The Cleantech Bridge thesaurus. */
export const SCHEME: ConceptScheme = buildScheme(CONCEPT_ROWS);
