import { describe, expect, it } from 'vitest';
import { indexOrganisations, rankOpportunities, rankOrganisations } from './rank';
import type { Opportunity, Organisation } from './types';
import { InputError, parseOpportunities, parseOrganisations } from './validate';

const organisations: Organisation[] = [
  {
    id: 'tank',
    name: 'Tank Care BV',
    language: 'nl',
    region: 'Antwerpen',
    description: 'Wij reinigen opslagtanks van raffinaderijen en verwerken het olieslib ter plaatse; de teruggewonnen olie gaat terug naar de klant.',
  },
  {
    id: 'sludge-zh',
    name: '西安油泥处理有限公司',
    language: 'zh',
    description: '公司专业从事油田含油污泥、罐底油泥的无害化处理和原油回收，拥有热解吸和三相分离设备。',
  },
  {
    id: 'h2',
    name: 'HyStation GmbH',
    language: 'en',
    description: 'HyStation builds hydrogen refuelling stations for buses and trucks, including compressors, storage and dispensers.',
  },
  {
    id: 'aquarium',
    name: 'Blue Reef Aquaria',
    language: 'en',
    description: 'Blue Reef sells aquariums, pumps, lighting and filters for tropical fish lovers, and gives advice on water changes.',
  },
  {
    id: 'voc',
    name: 'Solvent Air Systems',
    language: 'en',
    region: 'Limburg',
    description:
      'We design regenerative thermal oxidisers and activated carbon adsorption units that remove VOC emissions from coating lines and chemical plants.',
  },
];

const oilySludge: Opportunity = {
  id: 'opp-sludge',
  title: 'Behandeling van olieslib',
  description: 'Olievelden in Shaanxi zoeken verwerking van olieslib met terugwinning van olie.',
  language: 'nl',
  region: 'Shaanxi',
};

describe('rankOrganisations', () => {
  it('finds organisations across languages, best first, scores in [0, 1]', () => {
    const [result] = rankOrganisations([oilySludge], organisations);
    const matches = result?.matches ?? [];
    expect(
      matches
        .slice(0, 2)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['sludge-zh', 'tank']);
    for (const m of matches) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });

  it('ranks a Chinese need against Dutch and English profiles', () => {
    const need: Opportunity = { id: 'zh', title: '加氢站建设', description: '佛山需要建设更多加氢站，配套压缩机和储氢设备。', language: 'zh' };
    const [result] = rankOrganisations([need], organisations);
    expect(result?.matches[0]?.id).toBe('h2');
  });

  it('explains matches with the shared concept and the phrases on both sides, in the reader language', () => {
    const [result] = rankOrganisations([oilySludge], organisations, { readerLanguage: 'zh' });
    const zh = result?.matches.find((m) => m.id === 'sludge-zh');
    const shared = zh?.explanation.concepts[0];
    expect(shared?.conceptId).toBe('oily-sludge');
    expect(shared?.label).toBe('含油污泥');
    expect(shared?.queryEvidence.map((e) => e.phrase)).toContain('olieslib');
    expect(shared?.targetEvidence.map((e) => e.phrase)).toContain('含油污泥');
    expect(zh?.explanation.text).toContain('含油污泥');

    const [english] = rankOrganisations([oilySludge], organisations);
    expect(english?.matches[0]?.explanation.text).toMatch(/^Shared concepts: oily sludge \(need: "olieslib"/);
  });

  it('demotes profiles that only share an incidental word', () => {
    const need: Opportunity = {
      id: 'water',
      title: 'Water filters for a treatment plant',
      description: 'Sand filters and activated carbon filters for drinking water.',
      language: 'en',
    };
    const [result] = rankOrganisations([need], organisations);
    const aquarium = result?.matches.find((m) => m.id === 'aquarium');
    expect(aquarium?.score ?? 0).toBeLessThan(0.35);
  });

  it('boosts organisations from a twinned region, and says so', () => {
    const need: Opportunity = {
      id: 'mixed',
      title: 'VOC and oily sludge',
      description: 'Refineries need VOC abatement and oily sludge treatment.',
      language: 'en',
      region: 'Shaanxi',
    };
    const plain = rankOrganisations([need], organisations)[0]?.matches ?? [];
    const twinned = rankOrganisations([need], organisations, { twinning: [{ chinese: 'Shaanxi', european: 'Antwerpen' }] })[0]?.matches ?? [];
    const before = plain.find((m) => m.id === 'tank');
    const after = twinned.find((m) => m.id === 'tank');
    expect(after?.score).toBeGreaterThan(before?.score ?? 1);
    expect(after?.explanation.twinned).toBe(true);
    expect(twinned.find((m) => m.id === 'voc')?.explanation.twinned).toBe(false);
  });

  it('reuses one index for many opportunities', () => {
    const index = indexOrganisations(organisations);
    expect(index.size).toBe(organisations.length);
    const results = rankOrganisations([oilySludge, { ...oilySludge, id: 'again' }], index, { top: 2 });
    expect(results.map((r) => r.matches.length)).toEqual([2, 2]);
    expect(results[1]?.matches).toEqual(results[0]?.matches);
  });
});

describe('rankOpportunities', () => {
  it('finds the opportunities an organisation can address', () => {
    const h2Need: Opportunity = {
      id: 'opp-h2',
      title: 'Waterstoftankstations',
      description: 'Foshan zoekt tankstations voor waterstofbussen.',
      language: 'nl',
    };
    const result = rankOpportunities(organisations[2] as Organisation, [oilySludge, h2Need]);
    expect(result.organisationId).toBe('h2');
    expect(result.matches[0]?.id).toBe('opp-h2');
  });
});

describe('input validation', () => {
  it('names the item index and field', () => {
    expect(() =>
      parseOpportunities([
        { id: 'a', title: 't', description: 'd' },
        { id: 'b', title: 't' },
      ]),
    ).toThrow(new InputError('item 1: field "description" must be a non-empty string'));
    expect(() => parseOrganisations([{ id: 'a', name: 'n', description: 'd', language: 'fr' }])).toThrow(/item 0: field "language"/);
    expect(() => parseOrganisations({})).toThrow(/JSON array/);
    expect(() =>
      parseOrganisations([
        { id: 'a', name: 'n', description: 'd' },
        { id: 'a', name: 'n', description: 'd' },
      ]),
    ).toThrow(/item 1: field "id" duplicates/);
  });
});
