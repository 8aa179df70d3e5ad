import { describe, expect, it } from 'vitest';
import { matchingBridge } from '../../server/features/matching/matching-bridge';
import { indexOrganisations, rankOrganisations } from './rank';
import type { Opportunity, Organisation } from './types';

// Specialists describe their clients' manufacturing in their own words (drug makers,
// fermentation, 原料药), in each language; the generalists treat wastewater of any kind.
const SPECIALISTS: Organisation[] = [
  {
    id: 'pharma-en',
    name: 'Fermentis Effluent Engineering',
    language: 'en',
    description:
      'We treat the effluent of drug manufacturers: fermentation broths from antibiotic production, mother liquors from the synthesis of active ingredients and solvent-laden wash water. Anaerobic reactors, ozonation and membrane bioreactors remove residual drug compounds; spent mycelium sludge is dewatered and stabilised on site.',
  },
  {
    id: 'pharma-nl',
    name: 'FarmaZuiver',
    language: 'nl',
    description:
      'FarmaZuiver ontwerpt zuiveringen voor geneesmiddelenfabrieken en vaccinproducenten. Het afvalwater van fermentatie en synthese bevat antibioticaresten en oplosmiddelen; wij verwijderen die met een membraanbioreactor en ozon en ontwateren het slib van de fermentatie.',
  },
  {
    id: 'pharma-zh',
    name: '华药水处理工程有限公司',
    language: 'zh',
    description: '公司专注原料药和发酵类抗生素企业的高浓度废水处理，采用厌氧、臭氧催化氧化和膜生物反应器去除药物残留，并对发酵菌渣和污泥进行脱水和无害化处置。',
  },
];

const GENERALISTS: Organisation[] = [
  {
    id: 'general-en',
    name: 'Universal Water Services',
    language: 'en',
    description:
      'Universal Water Services designs, builds and operates wastewater treatment plants for municipalities and industry: sewage works, industrial wastewater plants, sludge dewatering and pumping stations, with operation and maintenance contracts for any sector.',
  },
  {
    id: 'general-nl',
    name: 'AquaAlgemeen',
    language: 'nl',
    description:
      'AquaAlgemeen bouwt en onderhoudt afvalwaterzuiveringsinstallaties voor gemeenten en bedrijven: rioolwaterzuiveringen, industriële waterzuivering, slibontwatering, beluchting en pompen, voor iedere sector.',
  },
  {
    id: 'general-zh',
    name: '华通水务集团',
    language: 'zh',
    description: '集团从事城镇污水处理厂和工业园区污水处理厂的投资、建设和运营，提供工业废水处理、污泥脱水和管网维护服务。',
  },
];

const NEED: Opportunity = {
  id: 'need',
  title: 'Treatment of pharmaceutical wastewater and sludge',
  description:
    'Pharmaceutical companies in an industrial park discharge high-strength wastewater with antibiotic residues and produce sludge that must be treated.',
  language: 'en',
};

describe('facets', () => {
  const index = indexOrganisations([...GENERALISTS, ...SPECIALISTS], matchingBridge());
  const [ranked] = rankOrganisations([NEED], index, { top: 6 });
  const position = (id: string) => ranked?.matches.findIndex((m) => m.id === id) ?? -1;

  it('ranks pharmaceutical-effluent specialists in nl, en and zh above general wastewater companies', () => {
    expect(ranked?.matches).toHaveLength(6);
    const worstSpecialist = Math.max(...SPECIALISTS.map((o) => position(o.id)));
    const bestGeneralist = Math.min(...GENERALISTS.map((o) => position(o.id)));
    expect(SPECIALISTS.every((o) => position(o.id) >= 0)).toBe(true);
    expect(worstSpecialist).toBeLessThan(bestGeneralist);
  });

  it('explains a specialist facet by facet: medium and industry met, the generalist on the general medium only', () => {
    const specialist = ranked?.matches.find((m) => m.id === 'pharma-en');
    const generalist = ranked?.matches.find((m) => m.id === 'general-en');
    const facetsOf = (m: typeof specialist) => Object.fromEntries((m?.explanation.facets ?? []).map((f) => [f.facet, f.concepts.map((c) => c.conceptId)]));
    expect(facetsOf(specialist)).toMatchObject({ medium: expect.arrayContaining(['pharma-wastewater']), industry: ['pharma-industry'] });
    expect(facetsOf(generalist).industry).toBeUndefined();
    expect(facetsOf(generalist).medium).not.toContain('pharma-wastewater');
    expect(specialist?.explanation.text).toMatch(/Matched on: medium\/problem \(.*pharmaceutical wastewater.*\); industry \(pharmaceutical industry\)/);
    // The profile never says "pharmaceutical wastewater": the explanation quotes its own words.
    expect(specialist?.explanation.concepts.find((c) => c.conceptId === 'pharma-wastewater')?.targetEvidence.map((e) => e.phrase)).toContain(
      'drug manufacturers',
    );
  });

  it('names the facets in the reader language', () => {
    const [dutch] = rankOrganisations([NEED], index, { top: 1, readerLanguage: 'nl' });
    expect(dutch?.matches[0]?.explanation.text).toMatch(/Overeenkomst op: medium\/probleem \(.+\); sector \(farmaceutische industrie\)/);
  });
});
