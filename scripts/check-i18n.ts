/**
 * `npm run check:i18n`: the one catalogue (src/shared/i18n) is complete and lean. Fails when a key
 * of any namespace is missing (or extra, or empty) in nl, en or zh, or when a key is used nowhere
 * in src/: quoted whole ('nav.home', 'errors:code.not_found'), or under a prefix from which the
 * code builds keys at run time (`theme.${id}`, `errors:code.${code}`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, namespaces } from '../src/shared/i18n/index';
import { labelKeys, textAt } from '../src/shared/i18n/keys';

const root = new URL('..', import.meta.url).pathname;
const languages = Object.keys(catalogue) as (keyof typeof catalogue)[];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('shared', 'i18n')) ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = sourceFiles(join(root, 'src'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const quotedKeys = new Set([...sources.matchAll(/['"`]((?:[\w-]+:)?[\w.-]+)['"`]/g)].map((m) => m[1]!));
const dynamicPrefixes = [...new Set([...sources.matchAll(/`((?:[\w-]+:)?[\w.-]*\.)\$\{/g)].map((m) => m[1]!))];

function isUsed(ns: string, key: string): boolean {
  const base = key.replace(pluralSuffix, '');
  const spellings = ns === 'common' ? [base, `common:${base}`] : [`${ns}:${base}`];
  if (spellings.some((k) => quotedKeys.has(k))) return true;
  return dynamicPrefixes.some((prefix) => {
    const [prefixNs, prefixKey] = prefix.includes(':') ? (prefix.split(':') as [string, string]) : ['common', prefix];
    return prefixNs === ns && base.startsWith(prefixKey);
  });
}

const problems: string[] = [];
for (const ns of namespaces) {
  const english = labelKeys(catalogue.en[ns]);
  for (const lang of languages) {
    const keys = new Set(labelKeys(catalogue[lang][ns]));
    for (const key of english) {
      const text = textAt(catalogue[lang][ns], key);
      if (!keys.has(key) || typeof text !== 'string' || text.trim() === '') problems.push(`missing ${lang} ${ns}:${key}`);
    }
    for (const key of keys) if (!english.includes(key)) problems.push(`extra ${lang} ${ns}:${key} (not in en)`);
  }
  for (const key of english) if (!isUsed(ns, key)) problems.push(`unused ${ns}:${key}`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`check:i18n: ${problems.length} problem(s) in src/shared/i18n`);
  process.exit(1);
}
const total = namespaces.reduce((n, ns) => n + labelKeys(catalogue.en[ns]).length, 0);
console.log(`check:i18n: ${namespaces.length} namespaces, ${total} keys, complete in ${languages.join(', ')}, all used`);
