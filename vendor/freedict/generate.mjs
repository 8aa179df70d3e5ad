// Regenerates nld-eng.json from FreeDict's Dutch–English dictionary as Debian ships it
// (package dict-freedict-nld-eng, GPL-2.0-or-later data): for every Dutch headword, its first
// few short English glosses, the same shape as vendor/cc-cedict/glosses.json. The matcher's
// cross-lingual bridge reads it for Dutch text (docs/decisions/015-facets-and-industry-vocabulary.md).
// Run: apt-get install dict-freedict-nld-eng && node vendor/freedict/generate.mjs [/usr/share/dictd]
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const MAX_GLOSSES = 4;
const MAX_WORDS_PER_GLOSS = 3;
const DIR = process.argv[2] ?? '/usr/share/dictd';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// dictd writes offsets and lengths in its own base64 numerals.
const number = (digits) => [...digits].reduce((n, ch) => n * 64 + ALPHABET.indexOf(ch), 0);

const data = gunzipSync(readFileSync(`${DIR}/freedict-nld-eng.dict.dz`));
const glosses = {};
for (const line of readFileSync(`${DIR}/freedict-nld-eng.index`, 'utf8').split('\n')) {
  const [word, offset, length] = line.split('\t');
  if (!word || !length || word.startsWith('00-database') || !/^[\p{Script=Latin}-]+$/u.test(word)) continue;
  const entry = data.subarray(number(offset), number(offset) + number(length)).toString('utf8');
  const out = [];
  // First line: headword and pronunciation; then senses, numbered when there are several.
  for (const sense of entry.split('\n').slice(1)) {
    for (const part of sense.replace(/^\s*\d+\.\s*/, '').split(/[,;]/)) {
      const gloss = part.replace(/\([^)]*\)/g, ' ').replace(/‐/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
      if (!gloss || gloss.split(' ').length > MAX_WORDS_PER_GLOSS || out.includes(gloss)) continue;
      if (out.length < MAX_GLOSSES) out.push(gloss);
    }
  }
  if (out.length > 0) glosses[word.toLowerCase()] = [...new Set([...(glosses[word.toLowerCase()]?.split('|') ?? []), ...out])].slice(0, MAX_GLOSSES).join('|');
}
const sorted = Object.fromEntries(Object.keys(glosses).sort().map((w) => [w, glosses[w]]));
writeFileSync(new URL('./nld-eng.json', import.meta.url), `${JSON.stringify({ source: 'FreeDict nld-eng 0.2 (Debian dict-freedict-nld-eng 2022.04.21-1), GPL-2.0-or-later', glosses: sorted })}\n`);
console.log(`${Object.keys(sorted).length} Dutch words`);
