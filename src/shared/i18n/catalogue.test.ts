import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

  it('uses the same {{placeholders}} in every language of a message', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const ns of namespaces) {
      // The agreed badge wording names the language in Chinese and gives its code elsewhere (test below).
      for (const key of labelKeys(catalogue.en[ns]).filter((k) => !(ns === 'common' && k === 'text.original'))) {
        const english = placeholders(textAt(catalogue.en[ns], key));
        for (const lang of languages) expect(placeholders(textAt(catalogue[lang][ns], key)), `${lang} ${ns}:${key}`).toEqual(english);
      }
    }
  });

  it('has a message for every error code the server throws, and no refusal without a code of its own', () => {
    const root = new URL('../../server', import.meta.url).pathname;
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
      });
    const source = files(root)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const used = [...source.matchAll(/ErrorCode\.(\w+)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(40);
    for (const name of new Set(used)) {
      expect(Object.keys(ErrorCode), `ErrorCode.${name}`).toContain(name);
      const code = ErrorCode[name as keyof typeof ErrorCode];
      for (const lang of languages) expect(textAt(catalogue[lang].errors.code, code), `${lang} ${code}`).toBeTypeOf('string');
    }
    // conflict() and forbidden() take the code first: a bare English sentence would reach the reader.
    expect(source.match(/\b(conflict|forbidden)\(\s*[`'"]/g) ?? []).toEqual([]);
    // The generic codes stay for what has no rule of its own (a unique violation the database caught).
    expect(source.match(/forbidden\(ErrorCode\.forbidden\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
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
