import { describe, expect, it } from 'vitest';
import { ErrorCode, IssueCode, industries, languages, OrganisationType, themes } from '../api/index';
import { catalogue, namespaces } from './index';
import { labelKeys, textAt } from './keys';

describe('the translation catalogue', () => {
  it.each(namespaces)('namespace %s has exactly the English keys in nl and zh, none empty', (ns) => {
    const englishKeys = labelKeys(catalogue.en[ns]).sort();
    for (const lang of languages) {
      expect(labelKeys(catalogue[lang][ns]).sort(), lang).toEqual(englishKeys);
      const empty = englishKeys.filter((key) => {
        const text = textAt(catalogue[lang][ns], key);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty, lang).toEqual([]);
    }
  });

  it.each(languages)('has a message in %s for every API error code and field issue code', (lang) => {
    for (const code of Object.values(ErrorCode)) expect(textAt(catalogue[lang].errors.code, code), code).toBeTypeOf('string');
    for (const code of Object.values(IssueCode)) expect(textAt(catalogue[lang].errors.issue, code), code).toBeTypeOf('string');
  });

  it('labels every theme, common industry and organisation type of the contract', () => {
    expect(Object.keys(catalogue.en.common.theme).sort()).toEqual([...themes].sort());
    expect(Object.keys(catalogue.en.common.industry).sort()).toEqual([...industries].sort());
    expect(Object.keys(catalogue.en.common.organisationType).sort()).toEqual([...OrganisationType.options].sort());
  });

  it('keeps the fall-back badge wording the programme agreed on', () => {
    expect(catalogue.en.common.text.original).toBe('original: {{code}}');
    expect(catalogue.nl.common.text.original).toBe('origineel: {{code}}');
    expect(catalogue.zh.common.text.original).toBe('原文：{{name}}');
  });
});
