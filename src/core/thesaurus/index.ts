export { CONCEPT_ROWS, type ConceptRow } from './concepts';
export { ancestors, broaderOf, descendants, narrowerOf } from './navigation';
export { buildScheme, DAC_SECTORS, SCHEME, type Concept, type ConceptScheme, type GemetMapping, type Label } from './scheme';
export { toSkosTurtle } from './skos';
export { Tagger, tagText, type ConceptTag, type Evidence } from './tagger';
export { type Facet, FACETS, facetOf } from './facets';
