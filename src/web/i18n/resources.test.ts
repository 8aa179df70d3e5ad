import { describe, expect, it } from 'vitest';
import { industries, languages, OrganisationType, themes } from '../../shared/api/index';
import { labelKeys, messages } from './resources';

describe('UI label resources', () => {
  const englishKeys = labelKeys(messages.en).sort();

  it.each(languages)('%s has exactly the English keys', (lang) => {
    expect(labelKeys(messages[lang]).sort()).toEqual(englishKeys);
  });

  it.each(languages)('%s has no empty labels', (lang) => {
    const empty = labelKeys(messages[lang]).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[lang]);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('labels every theme of the contract', () => {
    expect(Object.keys(messages.en.theme).sort()).toEqual([...themes].sort());
  });

  it('labels every common industry of the contract', () => {
    expect(Object.keys(messages.en.industry).sort()).toEqual([...industries].sort());
  });

  it('labels every organisation type of the contract', () => {
    expect(Object.keys(messages.en.organisationType).sort()).toEqual([...OrganisationType.options].sort());
  });

  it('keeps the fall-back badge wording the programme agreed on', () => {
    expect(messages.en.text.original).toBe('original: {{code}}');
    expect(messages.nl.text.original).toBe('origineel: {{code}}');
    expect(messages.zh.text.original).toBe('原文：{{name}}');
  });
});
