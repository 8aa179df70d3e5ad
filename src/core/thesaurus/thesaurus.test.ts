import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../text/language';
import { CONCEPT_ROWS } from './concepts';
import { ancestors, broaderOf, descendants, narrowerOf } from './navigation';
import { buildScheme, DAC_SECTORS, SCHEME } from './scheme';
import { toSkosTurtle } from './skos';
import { tagText } from './tagger';

const ids = (tags: { conceptId: string }[]) => tags.map((t) => t.conceptId);

describe('thesaurus integrity', () => {
  it('has at least 150 concepts with unique ids', () => {
    expect(SCHEME.concepts.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SCHEME.concepts.map((c) => c.id)).size).toBe(SCHEME.concepts.length);
  });

  it('gives every concept a preferred label in nl, en and zh', () => {
    for (const concept of SCHEME.concepts) {
      for (const lang of LANGUAGES) expect(concept.prefLabel[lang].trim(), `${concept.id} ${lang}`).not.toBe('');
      expect(concept.prefLabel.zh, concept.id).toMatch(/\p{Script=Han}/u);
    }
  });

  it('has symmetric broader and narrower links', () => {
    for (const concept of SCHEME.concepts) {
      for (const b of concept.broader) expect(SCHEME.byId.get(b)?.narrower, `${concept.id} → ${b}`).toContain(concept.id);
      for (const n of concept.narrower) expect(SCHEME.byId.get(n)?.broader, `${concept.id} → ${n}`).toContain(concept.id);
    }
  });

  it('has no cycles', () => {
    for (const concept of SCHEME.concepts) expect(ancestors(SCHEME, concept.id).has(concept.id), concept.id).toBe(false);
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (id: string): void => {
      if (done.has(id)) return;
      expect(visiting.has(id), `cycle through ${id}`).toBe(false);
      visiting.add(id);
      for (const b of SCHEME.byId.get(id)?.broader ?? []) visit(b);
      visiting.delete(id);
      done.add(id);
    };
    for (const concept of SCHEME.concepts) visit(concept.id);
  });

  it('uses only active DAC 5-digit codes from the IATI Sector codelist', () => {
    const used = SCHEME.concepts.flatMap((c) => c.dac);
    expect(used.length).toBeGreaterThan(50);
    for (const code of used) {
      expect(code).toMatch(/^\d{5}$/);
      expect(DAC_SECTORS[code], code).toBeDefined();
    }
  });

  it('covers the programme themes and maps to GEMET', () => {
    for (const theme of ['water', 'air', 'soil', 'waste', 'energy', 'hydrogen', 'mobility', 'urban', 'monitoring', 'circular', 'agrifood']) {
      expect(SCHEME.themes).toContain(theme);
      expect(descendants(SCHEME, theme).size, theme).toBeGreaterThan(2);
    }
    expect(SCHEME.concepts.filter((c) => c.gemet).length).toBeGreaterThan(80);
    expect(SCHEME.byId.get('sludge')?.gemet?.id).toBe(7733);
  });

  it('assigns every concept a theme that is a top concept', () => {
    for (const concept of SCHEME.concepts) expect(SCHEME.themes, concept.id).toContain(concept.theme);
    expect(SCHEME.byId.get('oily-sludge')?.theme).toBe('water');
    expect(SCHEME.byId.get('fuel-cells')?.theme).toBe('hydrogen');
  });

  it('rejects dangling broader links', () => {
    const row = CONCEPT_ROWS[0];
    if (!row) throw new Error('no rows');
    expect(() => buildScheme([{ ...row, broader: ['nope'] }])).toThrow(/unknown broader concept nope/);
  });
});

describe('navigation', () => {
  it('walks broader and narrower links', () => {
    expect(broaderOf(SCHEME, 'oily-sludge').map((c) => c.id)).toEqual(['sludge', 'hazardous-waste']);
    expect(narrowerOf(SCHEME, 'sludge').map((c) => c.id)).toContain('oily-sludge');
    expect(ancestors(SCHEME, 'textile-wastewater').get('wastewater')).toBe(2);
    expect(descendants(SCHEME, 'membranes').get('reverse-osmosis')).toBe(1);
  });
});

describe('tagText', () => {
  it('reports which words triggered which concept, with offsets', () => {
    const text = 'Wij zoeken technologie voor de behandeling van olieslib.';
    const tag = tagText(text, 'nl').find((t) => t.conceptId === 'oily-sludge');
    expect(tag?.evidence).toEqual([{ phrase: 'olieslib', start: text.indexOf('olieslib'), end: text.indexOf('olieslib') + 8 }]);
  });

  it('links nl, zh and en descriptions of oily sludge treatment to one concept', () => {
    expect(ids(tagText('behandeling van olieslib'))).toContain('oily-sludge');
    expect(ids(tagText('含油污泥处理'))).toContain('oily-sludge');
    expect(ids(tagText('oily sludge treatment'))).toContain('oily-sludge');
  });

  it('finds concepts inside Dutch compounds', () => {
    expect(ids(tagText('Een olieslibverwerkingsinstallatie bouwen', 'nl'))).toContain('oily-sludge');
    expect(ids(tagText('Nieuwe waterstoftankstations in de haven', 'nl'))).toContain('hydrogen-refuelling');
    expect(ids(tagText('Er is veel vraag naar waterstoffen', 'nl'))).toContain('hydrogen');
  });

  it('matches Chinese synonyms and abbreviations', () => {
    expect(ids(tagText('油泥资源化'))).toContain('oily-sludge');
    expect(ids(tagText('喷涂车间VOCs排放'))).toContain('voc');
    expect(ids(tagText('垃圾填埋场渗滤液'))).toContain('leachate');
  });

  it('prefers the longest label: 燃料电池 is a fuel cell, not a battery', () => {
    const tags = ids(tagText('燃料电池电堆'));
    expect(tags).toContain('fuel-cells');
    expect(tags).not.toContain('batteries');
  });

  it('counts ambiguous words as weak evidence only', () => {
    const [filter] = tagText('We sell aquarium filters and pumps.', 'en');
    expect(filter?.conceptId).toBe('filtration');
    expect(filter?.weight).toBeLessThan(0.5);
  });

  it('finds nothing in a text without cleantech content', () => {
    expect(tagText('We repair bicycles and sell helmets and carbon frames.', 'en')).toEqual([]);
  });
});

describe('toSkosTurtle', () => {
  const turtle = toSkosTurtle(SCHEME);

  it('declares prefixes, the scheme and one skos:Concept per concept', () => {
    expect(turtle).toMatch(/^@prefix skos: <http:\/\/www\.w3\.org\/2004\/02\/skos\/core#> \.$/m);
    expect(turtle).toContain('ctb:scheme a skos:ConceptScheme');
    expect(turtle.match(/ a skos:Concept ;/g)?.length).toBe(SCHEME.concepts.length);
    expect(turtle).toContain('skos:prefLabel "含油污泥"@zh');
    expect(turtle).toContain('skos:closeMatch <http://www.eionet.europa.eu/gemet/concept/7733>');
  });

  it('is made of statements that each end in a full stop, with balanced quotes', () => {
    const statements = turtle.split(/\n\n/);
    for (const statement of statements) {
      expect(statement.trimEnd().endsWith('.'), statement.slice(0, 60)).toBe(true);
      const unescapedQuotes = statement.replace(/\\"/g, '').match(/"/g)?.length ?? 0;
      expect(unescapedQuotes % 2, statement.slice(0, 60)).toBe(0);
    }
  });
});

describe('Dutch compounds and industries', () => {
  it('finds concepts inside compounds and industry words in their inflected forms', () => {
    const ids = (text: string) => tagText(text, 'nl').map((t) => t.conceptId);
    expect(ids('olieslibverwerking')).toContain('oily-sludge');
    expect(ids('rookstofemissies')).toContain('dust');
    expect(ids('productie filmmateriaal')).toContain('film-materials');
    expect(ids('slibreductie')).toContain('sludge-reduction');
    expect(ids('geneesmiddelenfabrieken')).toContain('pharma-industry');
    expect(ids('afvalwater van ververijen')).toContain('textile-wastewater');
    expect(ids('glastuinbouwbedrijfjes')).toContain('agriculture');
  });
});
