import type { KeyFigure, Language, Region } from '../../../shared/api/index';
import type { LocalizedDraft } from '../../lib/localized-draft';
import { draftFromText, emptyDraft, numberFromInput, optionalTextFromDraft, textFromDraft } from '../../lib/localized-draft';

type Qualifier = Region['populationQualifier'];

export interface RegionDraft {
  id: string;
  side: Region['side'];
  level: Region['level'];
  parentId: string;
  country: string;
  name: LocalizedDraft;
  capital: LocalizedDraft;
  description: LocalizedDraft;
  population: string;
  populationQualifier: Qualifier;
  areaKm2: string;
  lat: string;
  lon: string;
  facts: LocalizedDraft[];
  industries: LocalizedDraft[];
  /** Not editable in this form yet; kept so saving does not drop them. */
  figures: KeyFigure[];
}

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function newRegionDraft(lang: Language): RegionDraft {
  return {
    id: '',
    side: 'partner',
    level: 'province',
    parentId: '',
    country: 'CN',
    name: emptyDraft(lang),
    capital: emptyDraft(lang),
    description: emptyDraft(lang),
    population: '',
    populationQualifier: 'approx',
    areaKm2: '',
    lat: '',
    lon: '',
    facts: [],
    industries: [],
    figures: [],
  };
}

export function regionDraft(region: Region, lang: Language): RegionDraft {
  return {
    id: region.id,
    side: region.side,
    level: region.level,
    parentId: region.parentId ?? '',
    country: region.country,
    name: draftFromText(region.name, lang),
    capital: draftFromText(region.capital, lang),
    description: draftFromText(region.description, lang),
    population: numberText(region.population),
    populationQualifier: region.populationQualifier,
    areaKm2: numberText(region.areaKm2),
    lat: numberText(region.location?.lat),
    lon: numberText(region.location?.lon),
    facts: region.facts.map((fact) => draftFromText(fact, lang)),
    industries: region.industries.map((industry) => draftFromText(industry, lang)),
    figures: region.figures,
  };
}

/** The request body the schema validates. A location needs both coordinates; one alone is sent so the schema reports the other. */
export function regionCandidate(draft: RegionDraft) {
  const lat = numberFromInput(draft.lat);
  const lon = numberFromInput(draft.lon);
  return {
    id: draft.id.trim(),
    side: draft.side,
    level: draft.level,
    parentId: draft.parentId === '' ? null : draft.parentId,
    country: draft.country.trim().toUpperCase(),
    name: textFromDraft(draft.name),
    capital: optionalTextFromDraft(draft.capital),
    description: optionalTextFromDraft(draft.description),
    population: numberFromInput(draft.population),
    populationQualifier: draft.populationQualifier,
    areaKm2: numberFromInput(draft.areaKm2),
    location: lat === null && lon === null ? null : { lat, lon },
    facts: draft.facts.map(textFromDraft),
    industries: draft.industries.map(textFromDraft),
    figures: draft.figures,
  };
}
