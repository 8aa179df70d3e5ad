import { LANGUAGES } from '../text/language';
import type { ConceptScheme } from './scheme';

const BASE = 'https://cleantech-bridge.eu/thesaurus/';
const GEMET_BASE = 'http://www.eionet.europa.eu/gemet/concept/';

function literal(text: string, lang: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"@${lang}`;
}

/** The scheme as SKOS in Turtle: labels per language, hierarchy, themes, GEMET mappings. */
export function toSkosTurtle(scheme: ConceptScheme): string {
  const lines = [
    '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .',
    '@prefix dct: <http://purl.org/dc/terms/> .',
    `@prefix ctb: <${BASE}> .`,
    '',
    'ctb:scheme a skos:ConceptScheme ;',
    `  dct:title ${literal('Cleantech Bridge thesaurus', 'en')} ;`,
    `  dct:rights ${literal('Contains GEMET – General Multilingual Environmental Thesaurus, © European Environment Agency (EEA), licensed CC BY 4.0.', 'en')} ;`,
    `  skos:hasTopConcept ${scheme.themes.map((id) => `ctb:${id}`).join(', ')} .`,
  ];
  for (const concept of scheme.concepts) {
    const props = [`a skos:Concept`, `skos:inScheme ctb:scheme`];
    for (const lang of LANGUAGES) {
      const [pref, ...alternatives] = concept.labels[lang];
      if (pref) props.push(`skos:prefLabel ${literal(pref.text, lang)}`);
      for (const label of alternatives) props.push(`${label.weak ? 'skos:hiddenLabel' : 'skos:altLabel'} ${literal(label.text, lang)}`);
    }
    for (const id of concept.broader) props.push(`skos:broader ctb:${id}`);
    for (const id of concept.narrower) props.push(`skos:narrower ctb:${id}`);
    if (concept.theme === concept.id) props.push('skos:topConceptOf ctb:scheme');
    else props.push(`dct:subject ctb:${concept.theme}`);
    if (concept.gemet) props.push(`skos:closeMatch <${GEMET_BASE}${concept.gemet.id}>`);
    for (const code of concept.dac) props.push(`skos:notation "${code}"^^ctb:dacSector`);
    lines.push('', `ctb:${concept.id}\n  ${props.join(' ;\n  ')} .`);
  }
  return `${lines.join('\n')}\n`;
}
