import { describe, expect, it } from 'vitest';
import { acceptedLanguages, negotiateLanguage } from './negotiate';

describe('negotiateLanguage', () => {
  it('keeps a stored choice over the browser languages', () => {
    expect(negotiateLanguage('zh', ['nl-BE', 'en'])).toBe('zh');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(negotiateLanguage('fr', ['nl-BE'])).toBe('nl');
  });

  it.each([
    [['zh-CN'], 'zh'],
    [['zh-TW', 'en-US'], 'zh'],
    [['nl-BE', 'fr-BE'], 'nl'],
    [['NL'], 'nl'],
    [['fr-FR', 'de', 'en-GB', 'nl'], 'en'],
    [['fr-FR', 'fr'], 'en'],
    [[], 'en'],
  ] as const)('follows the browser languages %j on a first visit', (preferred, expected) => {
    expect(negotiateLanguage(null, preferred)).toBe(expected);
  });
});

describe('acceptedLanguages', () => {
  it('orders an Accept-Language header by weight and leaves out refused ones', () => {
    expect(acceptedLanguages('fr;q=0.5, zh-CN, en;q=0.8, nl;q=0')).toEqual(['zh-CN', 'en', 'fr']);
    expect(negotiateLanguage(null, acceptedLanguages('fr-FR,fr;q=0.9,nl-BE;q=0.7'))).toBe('nl');
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});
