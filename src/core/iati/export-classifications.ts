// The classifications and place of an exported activity: recipient countries and regions, its
// location, sectors, tags, policy markers and the default flow, finance, aid and tied status.
import type { Project } from '../projects/model';
import type { Classification } from '../projects/iati-extension';
import { CLIMATE_MITIGATION_MARKER } from './codelists';
import { narratives } from './export-narratives';
import { mitigationForThemes, sectorsForThemes } from './themes';
import { el } from './xml';
import type { XmlElement } from './xml';

/** Narratives of a classification as published (language → text). */
const publishedNarratives = (texts: Readonly<Record<string, string>> | undefined): XmlElement[] =>
  Object.entries(texts ?? {}).map(([lang, text]) => el('narrative', { 'xml:lang': lang }, [text]));

const coded = (name: string, c: Classification): XmlElement =>
  el(name, { vocabulary: c.vocabulary, 'vocabulary-uri': c.vocabularyUri, code: c.code, percentage: c.percentage }, publishedNarratives(c.narratives));

/** Sectors and policy markers as published, or (for the platform's own projects) from the themes. */
export function classification(project: Project): XmlElement[] {
  const iati = project.iati;
  const sectors = iati?.sectors
    ? iati.sectors.map((s) => coded('sector', s))
    : sectorsForThemes(project.themes).map((s) => el('sector', { vocabulary: '1', code: s.code, percentage: s.percentage }));
  const significance = mitigationForThemes(project.themes);
  const markers = iati?.policyMarkers
    ? iati.policyMarkers.map((m) =>
        el(
          'policy-marker',
          { vocabulary: m.vocabulary, 'vocabulary-uri': m.vocabularyUri, code: m.code, significance: m.significance },
          publishedNarratives(m.narratives),
        ),
      )
    : significance === undefined
      ? []
      : [el('policy-marker', { vocabulary: CLIMATE_MITIGATION_MARKER.vocabulary, code: CLIMATE_MITIGATION_MARKER.code, significance })];
  const single = (name: string, code: string | undefined) => (code === undefined ? [] : [el(name, { code })]);
  return [
    ...(iati?.recipientRegions ?? []).map((r) => coded('recipient-region', r)),
    ...sectors,
    ...(iati?.tags ?? []).map((t) => coded('tag', t)),
    ...markers,
    ...single('collaboration-type', iati?.collaborationType),
    ...single('default-flow-type', iati?.defaultFlowType),
    ...single('default-finance-type', iati?.defaultFinanceType),
    ...(iati?.defaultAidTypes ?? []).map((a) => el('default-aid-type', { code: a.code, vocabulary: a.vocabulary })),
    ...single('default-tied-status', iati?.defaultTiedStatus),
    ...(iati?.capitalSpend === undefined ? [] : [el('capital-spend', { percentage: iati.capitalSpend })]),
  ];
}

/** A phase shares its project's countries, regions, sectors and policy markers. */
const PHASE_SHARED = new Set(['recipient-region', 'sector', 'policy-marker']);
export const phaseClassification = (project: Project): XmlElement[] => [
  ...recipient(project),
  ...classification(project).filter((e) => PHASE_SHARED.has(e.name)),
];

/** Recipient countries as published (with percentages), else the project's country; the
 *  project's place as location unless the publisher's locations are kept verbatim. */
export function recipient(project: Project): XmlElement[] {
  const location = project.location;
  const published = project.iati?.recipientCountries;
  const countries = published
    ? published.map((c) => el('recipient-country', { code: c.code, percentage: c.percentage }, publishedNarratives(c.narratives)))
    : location
      ? [el('recipient-country', { code: location.countryCode })]
      : [];
  // The district (most precise) is the location's name; the region it lies in its description.
  const name = location?.district ?? location?.region;
  const within = location?.district ? location.region : undefined;
  const place =
    name && !project.iati?.verbatim?.some((v) => v.name === 'location')
      ? [
          el('location', { ref: `${project.iatiIdentifier}-LOC` }, [
            el('name', {}, narratives(name)),
            within ? el('description', {}, narratives(within)) : undefined,
          ]),
        ]
      : [];
  return [...countries, ...place];
}
