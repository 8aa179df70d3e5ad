import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './negotiate';

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
