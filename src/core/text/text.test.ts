import { describe, expect, it } from 'vitest';
import { segmentChinese } from './chinese';
import { Decompounder } from './decompound';
import { detectLanguage } from './language';
import { searchTerms } from './search-terms';
import { stem } from './stem';
import { terms, tokenize } from './tokenize';

describe('detectLanguage', () => {
  it.each([
    ['Behandeling van olieslib uit de opslagtanks van raffinaderijen', 'nl'],
    ['Treatment of oily sludge from the storage tanks of refineries', 'en'],
    ['含油污泥处理', 'zh'],
    ['石化企业VOCs治理和MBR膜处理', 'zh'],
    ['Luchtkwaliteitsmeetnet', 'nl'],
    ['Hydrogen refuelling stations', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('stemming', () => {
  it('brings Dutch plurals and singulars together, including doubled consonants', () => {
    expect(stem('waterstoffen', 'nl')).toBe(stem('waterstof', 'nl'));
    expect(stem('membranen', 'nl')).toBe(stem('membraan', 'nl'));
    expect(stem('batterijen', 'nl')).toBe(stem('batterij', 'nl'));
  });

  it('stems English', () => {
    expect(stem('membranes', 'en')).toBe(stem('membrane', 'en'));
    expect(stem('sludges', 'en')).toBe(stem('sludge', 'en'));
  });

  it('drops stop words and keeps offsets of the surface words', () => {
    const text = 'De zuivering van het afvalwater';
    const tokens = tokenize(text, 'nl');
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['zuivering', 'afvalwater']);
  });
});

describe('Decompounder', () => {
  const decompounder = new Decompounder(['afvalwater', 'zuivering', 'olie', 'slib', 'verwerking', 'installatie', 'waterstof', 'tankstation']);

  it('splits compounds into known parts, longest head first', () => {
    expect(decompounder.split('afvalwaterzuivering')).toEqual(['afvalwater', 'zuivering']);
    expect(decompounder.split('olieslibverwerkingsinstallatie')).toEqual(['olie', 'slib', 'verwerking', 'installatie']);
  });

  it('accepts an inflected last part', () => {
    expect(decompounder.split('waterstoftankstations')).toEqual(['waterstof', 'tankstations']);
  });

  it('leaves known words and non-compounds alone', () => {
    expect(decompounder.split('waterstof')).toBeNull();
    expect(decompounder.split('ondernemerschap')).toBeNull();
  });

  it('adds compound parts to the lexical terms', () => {
    expect(terms('afvalwaterzuivering', 'nl', decompounder)).toEqual(
      expect.arrayContaining([stem('afvalwaterzuivering', 'nl'), stem('afvalwater', 'nl'), stem('zuivering', 'nl')]),
    );
  });
});

describe('Chinese segmentation', () => {
  it('yields sub-words, so 废水 is found in 工业废水', () => {
    const words = segmentChinese('工业废水处理');
    expect(words).toContain('废水');
    expect(words).toContain('工业废水');
  });

  it('drops punctuation and lower-cases Latin abbreviations', () => {
    const words = segmentChinese('挥发性有机物（VOCs）治理。');
    expect(words).toContain('vocs');
    expect(words.some((w) => /[（）。]/.test(w))).toBe(false);
  });
});

describe('searchTerms', () => {
  it('makes 废水 a search term of a text about 工业废水', () => {
    expect(searchTerms('某化工园区工业废水处理').split(' ')).toContain('废水');
  });

  it('stems Dutch and English, detecting the language when not given', () => {
    expect(searchTerms('Recycling of lithium-ion batteries').split(' ')).toContain(stem('batteries', 'en'));
    expect(searchTerms('Recyclage van batterijen', 'nl').split(' ')).toContain(stem('batterijen', 'nl'));
  });
});

describe('Dutch diminutives', () => {
  it('stem to the word they make small, plural or not', () => {
    expect(stem('filmrolletjes', 'nl')).toBe(stem('filmrol', 'nl'));
    expect(stem('stoeltje', 'nl')).toBe(stem('stoel', 'nl'));
    expect(stem('kastjes', 'nl')).toBe(stem('kast', 'nl'));
    expect(stem('bedrijfje', 'nl')).toBe(stem('bedrijf', 'nl'));
    expect(stem('garantie', 'nl')).not.toBe(stem('garant', 'nl'));
  });
});
