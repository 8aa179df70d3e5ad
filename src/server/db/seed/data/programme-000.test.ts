// Keeps the demo data of source document 000 (I²PCC brochure, Dutch) from drifting. The expected
// values are hard-coded from the document; each is preceded by the line it comes from. The test
// never reads the document itself (tests stay inside the repository).
import { describe, expect, it } from 'vitest';
import {
  OpportunityInput,
  RegionInput,
  Theme,
  TwinningInput,
  type LocalizedText,
  type RegionInput as RegionInputType,
} from '../../../../shared/api';
import { programme000 } from './programme-000';

const { regions, twinnings, opportunities } = programme000;

function region(id: string): RegionInputType {
  const found = regions.find((r) => r.id === id);
  if (!found) throw new Error(`region ${id} missing`);
  return found;
}

function figure(regionId: string, key: string) {
  const found = region(regionId).figures?.find((f) => f.key === key);
  if (!found) throw new Error(`figure ${regionId}/${key} missing`);
  return found;
}

function hasAllLanguages(text: LocalizedText | null | undefined, original: LocalizedText['original']): boolean {
  return !!text && text.original === original && !!text.nl?.trim() && !!text.en?.trim() && !!text.zh?.trim();
}

describe('programme 000: key figures', () => {
  it('Hebei', () => {
    const hebei = region('hebei');
    // "Hoofdstad: Shijiazhuang"
    expect(hebei.capital).toMatchObject({ nl: 'Shijiazhuang', zh: '石家庄' });
    // "Bevolking 65 miljoen, Oppervlakte: 188 000 km²"
    expect(hebei.population).toBe(65_000_000);
    expect(hebei.areaKm2).toBe(188_000);
    // "Strategische ligging rond hoofdstad Beijing (1u per trein) en havenstad Tianjin"
    expect(figure('hebei', 'train-time-to-beijing')).toMatchObject({ value: 1, unit: 'h' });
    // "Co-host van de Olympische Winterspelen van 2022 (Zhangjiakou)" — a fact
    expect(hebei.facts?.some((f) => f.nl?.includes('Olympische Winterspelen van 2022 (Zhangjiakou)'))).toBe(true);
  });

  it('Shaanxi', () => {
    const shaanxi = region('shaanxi');
    // "Hoofdstad: Xi’an"
    expect(shaanxi.capital).toMatchObject({ zh: '西安' });
    // "Bevolking: 38 miljoen, Oppervlakte:  205 800 km2"
    expect(shaanxi.population).toBe(38_000_000);
    expect(shaanxi.areaKm2).toBe(205_800);
    // "met 127 universiteiten en hogescholen, en 1 000 onderzoeksinstituten in wetenschap en technologie"
    expect(figure('shaanxi', 'universities-and-colleges').value).toBe(127);
    expect(figure('shaanxi', 'research-institutes').value).toBe(1000);
    // "Eerste Sino-Belgische provinciale samenwerking (1985), dankzij investering van Janssen Pharmaceutica"
    expect(figure('shaanxi', 'first-sino-belgian-provincial-cooperation').value).toBe(1985);
    // "Oude hoofdstad van China (221 BC-960 AD), startpunt van de historische Zijderoute" — a fact
    expect(shaanxi.facts?.some((f) => f.nl?.includes('(221 BC-960 AD)'))).toBe(true);
  });

  it('Sichuan and Chengdu', () => {
    const sichuan = region('sichuan');
    // "De provinciehoofdstad Chengdu …" — Sichuan has no figures in the document
    expect(sichuan.capital).toMatchObject({ nl: 'Chengdu', zh: '成都' });
    expect(sichuan.population ?? null).toBeNull();
    expect(sichuan.areaKm2 ?? null).toBeNull();
    expect(sichuan.figures ?? []).toEqual([]);
    // "De provincie Sichuan, dat "Vier Rivieren" betekent"
    expect(sichuan.description?.nl).toContain('"Vier Rivieren"');

    const chengdu = region('chengdu');
    expect(chengdu).toMatchObject({ level: 'city', parentId: 'sichuan' });
    // "Bevolking: +15 miljoen , Oppervlakte: 14 000 km2"
    expect(chengdu.population).toBe(15_000_000);
    expect(chengdu.populationQualifier).toBe('more-than');
    expect(chengdu.areaKm2).toBe(14_000);
    // "76 R&D platforms voor innovatie op nationaal niveau"
    expect(figure('chengdu', 'national-rd-platforms').value).toBe(76);
  });

  it('Chongqing', () => {
    const chongqing = region('chongqing');
    // "'Municipality of stadsprovincie’, op hetzelfde bestuurlijke niveau als een provincie"
    expect(chongqing.level).toBe('city-province');
    expect(chongqing.capital ?? null).toBeNull();
    // "Bevolking: 32 miljoen, Oppervlakte: 82 000 km²"
    expect(chongqing.population).toBe(32_000_000);
    expect(chongqing.areaKm2).toBe(82_000);
    // "Eén van de snelste groeiers in China met een economische groei van 9,3 % (2017)"
    expect(figure('chongqing', 'gdp-growth')).toMatchObject({ value: 9.3, unit: '%', year: 2017 });
    // "Belangrijke aanwezige sectoren: automobiel, ICT (laptops) en chemie & farma."
    expect(chongqing.industries?.map((i) => i.nl)).toEqual(['Automobiel', 'ICT (laptops)', 'Chemie & farma']);
  });

  it('Guangdong', () => {
    const guangdong = region('guangdong');
    // "Hoofdstad: Guangzhou"
    expect(guangdong.capital).toMatchObject({ nl: 'Guangzhou', zh: '广州' });
    // "Bevolking: 111,69 miljoen, Oppervlakte: 177 900 km²"
    expect(guangdong.population).toBe(111_690_000);
    expect(guangdong.areaKm2).toBe(177_900);
    // "Wordt verwacht te groeien tot de 6de grootste economie ter wereld in 2035"
    expect(figure('guangdong', 'world-economy-rank-2035')).toMatchObject({ value: 6, year: 2035, qualifier: 'target' });
    // "Tegen 2030 wil de Chinese overheid 4 500 waterstof-tankstations in gebruik hebben."
    expect(figure('guangdong', 'hydrogen-refuelling-stations-target')).toMatchObject({
      value: 4500,
      year: 2030,
      qualifier: 'target',
    });
    // "Andere belangrijke industrieën: textiel, consumentenelektronica, meubels, keramiek voor de
    //  bouwindustrie, voeding en elektrische wagens"
    const industries = guangdong.industries?.map((i) => i.nl) ?? [];
    for (const name of ['Textiel', 'Consumentenelektronica', 'Meubels', 'Keramiek voor de bouwindustrie', 'Voeding', 'Elektrische wagens']) {
      expect(industries).toContain(name);
    }
  });

  it('Shenzhen, Longgang and the home side carry no invented figures', () => {
    for (const id of ['shenzhen', 'longgang', 'oost-vlaanderen', 'antwerpen', 'vlaams-brabant', 'limburg', 'netherlands']) {
      expect(region(id).population ?? null, id).toBeNull();
      expect(region(id).areaKm2 ?? null, id).toBeNull();
      expect(region(id).figures ?? [], id).toEqual([]);
    }
    expect(region('shenzhen')).toMatchObject({ level: 'city', parentId: 'guangdong' });
    expect(region('longgang')).toMatchObject({ level: 'district', parentId: 'shenzhen' });
    expect(region('netherlands')).toMatchObject({ level: 'country', country: 'NL', side: 'home' });
  });
});

describe('programme 000: opportunities', () => {
  it('has one opportunity per bullet line, per region', () => {
    const counts: Record<string, number> = {};
    for (const o of opportunities) counts[o.regionId] = (counts[o.regionId] ?? 0) + 1;
    expect(counts).toEqual({
      // "Cleantech-opportuniteiten in Hebei :" — water, air, soil, manure, monitoring, energy, prevention
      hebei: 7,
      // "Cleantech-opportuniteiten in Shaanxi:" — air/water/soil, soil quality, coke, oil sludge,
      // energy efficiency, waste, building materials
      shaanxi: 7,
      // "Cleantech-opportuniteiten in Chengdu" — pollution, energy saving, mobility, materials, construction
      chengdu: 5,
      // "Cleantech-opportuniteiten in Chongqing:" — waste, water, air, soil, green energy
      chongqing: 5,
      // "Prioriteiten op het vlak van cleantech voor Guangdong" — hydrogen, pollution, waste
      guangdong: 3,
    });
  });

  it('keeps the document wording', () => {
    const byId = (id: string) => opportunities.find((o) => o.id === id);
    // "Waterverontreiniging: membraantechnologie, behandeling na anaerobe reactor, …"
    expect(byId('hebei-water-pollution')?.title.nl).toBe('Waterverontreiniging');
    expect(byId('hebei-water-pollution')?.industries).toEqual(
      expect.arrayContaining(['pharma', 'petrochemicals', 'textiles', 'film-material']),
    );
    // "Behandeling van de luchtverontreiniging (smog), waterverontreiniging (zout en ammoniak),
    //  bodemverontreiniging (zware metalen)" — one opportunity, three themes
    expect(byId('shaanxi-air-water-soil-pollution')?.themes).toEqual(expect.arrayContaining(['air', 'water', 'soil']));
    // "Vervuiling in de cokes industrie (rookstof aan de ovendeur, NOx in rookgassen)"
    expect(byId('shaanxi-coke-industry-pollution')?.industries).toContain('coke');
    // "Behandeling van olieslib (oil sludge) en verwijdering van de slakken en het afvalwater"
    expect(byId('shaanxi-oil-sludge')?.title.zh).toContain('含油污泥');
    // "Groene energie: waterstof"
    expect(byId('chongqing-green-energy-hydrogen')?.themes).toContain('hydrogen');
    // "Afvalbeheer – stedelijk, huishoudelijk en industrieel afval"
    expect(byId('guangdong-waste-management')?.description?.nl).toBe('Afvalbeheer – stedelijk, huishoudelijk en industrieel afval');
  });

  it('every opportunity is Dutch original with English and Chinese, public, open, from document 000', () => {
    for (const o of opportunities) {
      expect(hasAllLanguages(o.title, 'nl'), `${o.id} title`).toBe(true);
      expect(hasAllLanguages(o.description, 'nl'), `${o.id} description`).toBe(true);
      expect(o).toMatchObject({ status: 'open', visibility: 'public', source: 'I²PCC brochure (document 000)' });
      for (const theme of o.themes) expect(Theme.options, `${o.id} theme`).toContain(theme);
    }
  });
});

describe('programme 000: twinnings', () => {
  const pairs = twinnings.map((t) => `${t.homeRegionId}–${t.partnerRegionId}`).sort();

  it('links the regions as the document states', () => {
    // "Provincie Hebei / Verbonden met de provincie Oost-Vlaanderen", "Provincie Shaanxi / Verbonden met de
    // provincie Antwerpen", "Provincie Sichuan - Smart City Chengdu / Verbonden met de provincie Vlaams-Brabant",
    // "Stadsprovincie Chongqing / Verbonden met de provincie Antwerpen", "Provincie Guangdong / Verbonden met
    // de provincie Limburg"; document 004: the Sino-Dutch low-carbon zone in Shenzhen.
    expect(pairs).toEqual(
      [
        'oost-vlaanderen–hebei',
        'antwerpen–shaanxi',
        'vlaams-brabant–sichuan',
        'antwerpen–chongqing',
        'limburg–guangdong',
        'netherlands–shenzhen',
      ].sort(),
    );
    expect(twinnings.filter((t) => t.homeRegionId === 'antwerpen').map((t) => t.partnerRegionId).sort()).toEqual([
      'chongqing',
      'shaanxi',
    ]);
    // "Eerste Sino-Belgische provinciale samenwerking (1985), dankzij investering van Janssen Pharmaceutica"
    expect(twinnings.find((t) => t.partnerRegionId === 'shaanxi')?.since).toBe(1985);
    expect(twinnings.find((t) => t.partnerRegionId === 'sichuan')?.note?.nl).toContain('Chengdu');
  });

  it('records the POM Antwerpen office in Chongqing', () => {
    // "POM Antwerpen opende een kantoor in Chongqing in 2011"
    const chongqing = twinnings.find((t) => t.homeRegionId === 'antwerpen' && t.partnerRegionId === 'chongqing');
    expect(chongqing?.offices).toEqual([
      expect.objectContaining({ organisation: 'POM Antwerpen', openedYear: 2011, city: expect.objectContaining({ zh: '重庆' }) }),
    ]);
    const others = twinnings.filter((t) => t !== chongqing).flatMap((t) => t.offices ?? []);
    expect(others).toEqual([]);
  });
});

describe('programme 000: integrity', () => {
  it('every item parses with the API schemas', () => {
    for (const r of regions) expect(() => RegionInput.parse(r), r.id).not.toThrow();
    for (const t of twinnings) expect(() => TwinningInput.parse(t), t.id).not.toThrow();
    for (const o of opportunities) expect(() => OpportunityInput.parse(o), o.id).not.toThrow();
  });

  it('every region has nl, en and zh names', () => {
    const expected: Record<string, string> = {
      hebei: '河北',
      shaanxi: '陕西',
      sichuan: '四川',
      chengdu: '成都',
      chongqing: '重庆',
      guangdong: '广东',
      shenzhen: '深圳',
      longgang: '龙岗',
      'oost-vlaanderen': '东佛兰德省',
      antwerpen: '安特卫普省',
      'vlaams-brabant': '佛兰德布拉班特省',
      limburg: '林堡省',
      netherlands: '荷兰',
    };
    expect(regions.map((r) => r.id).sort()).toEqual(Object.keys(expected).sort());
    for (const r of regions) {
      // Names from document 004 (Shenzhen, Longgang, the Netherlands) are English originals.
      const original = ['shenzhen', 'longgang', 'netherlands'].includes(r.id) ? 'en' : 'nl';
      expect(hasAllLanguages(r.name, original), r.id).toBe(true);
      expect(r.name.zh, r.id).toBe(expected[r.id]);
      for (const text of [r.capital, r.description, ...(r.facts ?? []), ...(r.industries ?? [])]) {
        if (text) expect(hasAllLanguages(text, text.original), r.id).toBe(true);
      }
      for (const f of r.figures ?? []) expect(hasAllLanguages(f.label, 'nl'), `${r.id}/${f.key}`).toBe(true);
      expect(r.location, r.id).not.toBeNull();
    }
  });

  it('ids are unique and every reference exists', () => {
    const regionIds = regions.map((r) => r.id);
    const twinningIds = twinnings.map((t) => t.id);
    const opportunityIds = opportunities.map((o) => o.id);
    for (const ids of [regionIds, twinningIds, opportunityIds]) {
      expect(ids.every((id) => typeof id === 'string')).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const known = new Set(regionIds);
    for (const r of regions) if (r.parentId) expect(known.has(r.parentId), `${r.id} parent`).toBe(true);
    for (const t of twinnings) {
      expect(region(t.homeRegionId).side, t.id).toBe('home');
      expect(region(t.partnerRegionId).side, t.id).toBe('partner');
    }
    for (const o of opportunities) expect(region(o.regionId).side, o.id).toBe('partner');
  });
});
