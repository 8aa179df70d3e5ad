import type { ConceptRow } from './concepts';

/**
 * What a concept says about a need or a profile. A need is usually medium × technology ×
 * industry × place ("pharmaceutical wastewater, anaerobic treatment, drug makers, industrial
 * park"); a profile that meets it on several facets, and on the specific industry, is a better
 * match than one that shares the medium alone.
 */
export type Facet = 'medium' | 'technology' | 'industry' | 'context';

export const FACETS: readonly Facet[] = ['medium', 'technology', 'industry', 'context'];

// Where the work is done rather than what is done or for whom.
const CONTEXT = new Set(['industrial-parks', 'housing', 'urban', 'eco-city', 'urban-design', 'smart-city', 'ports']);

// How a problem is solved: processes, equipment and methods (everything else that is not a
// sector or a setting is a medium or problem: wastewater, sludge, flue gas, e-waste…).
const TECHNOLOGY = new Set([
  'anaerobic-treatment',
  'post-anaerobic-treatment',
  'biological-treatment',
  'membranes',
  'ultrafiltration',
  'reverse-osmosis',
  'advanced-oxidation',
  'filtration',
  'disinfection',
  'coagulants',
  'flotation',
  'grease-removal',
  'sludge-dewatering',
  'sludge-incineration',
  'voc-abatement',
  'nox',
  'desulphurisation',
  'physico-chemical-treatment',
  'solvent-recovery',
  'incineration',
  'waste-to-energy',
  'thermal-conversion',
  'composting',
  'waste-sorting',
  'co-processing',
  'biogas',
  'manure-digestion',
  'heat-pumps',
  'waste-heat',
  'district-heating',
  'solar',
  'wind',
  'geothermal',
  'energy-storage',
  'long-duration-storage',
  'fuel-cells',
  'hydrogen-production',
  'ev-charging',
  'battery-swapping',
  'shore-power',
  'carbon-capture',
  'co2-utilisation',
  'co2-storage',
  'biochar',
  'online-monitoring',
  'remote-sensing',
  'process-control',
  'leak-detection',
  'insulation',
  'hvac',
  'building-energy-management',
  'sediment-dredging',
  'water-based-paints',
  '3d-printed-construction',
  'heavy-metal-soil',
  'organic-soil-contamination',
  'soil-investigation',
  'environmental-laboratory',
]);

/**
 * Concepts that name a medium *of one industry* ("coking wastewater", "oily sludge"): a text
 * that mentions them speaks about that industry even without naming it.
 */
export const IMPLIED_INDUSTRY: Readonly<Record<string, string>> = {
  'pharma-wastewater': 'pharma-industry',
  'pharma-waste': 'pharma-industry',
  'pharma-site-remediation': 'pharma-industry',
  'petrochemical-wastewater': 'petrochemical-industry',
  'oily-sludge': 'petrochemical-industry',
  'textile-wastewater': 'textile-industry',
  'textile-recycling': 'textile-industry',
  'coal-chemical-wastewater': 'coal-chemical-industry',
  'coal-chemical-waste': 'coal-chemical-industry',
  'coke-oven': 'coal-chemical-industry',
  'food-wastewater': 'food-processing',
  'grease-removal': 'food-processing',
  'animal-by-products': 'food-processing',
  'paper-wastewater': 'paper-industry',
  'metal-plating-wastewater': 'metal-finishing',
  'plating-sludge': 'metal-finishing',
  'fluoride-wastewater': 'electronics-industry',
  'ultrapure-water': 'electronics-industry',
  manure: 'livestock-farming',
  'manure-digestion': 'livestock-farming',
  'tannery-wastewater': 'leather-industry',
  'lithium-production': 'metals-industry',
  'coal-mine-methane': 'coal-mining',
};

export function facetOf(row: Pick<ConceptRow, 'id' | 'sector'>): Facet {
  if (CONTEXT.has(row.id)) return 'context';
  if (row.sector) return 'industry';
  if (TECHNOLOGY.has(row.id)) return 'technology';
  return 'medium';
}
