// Regenerates src/core/thesaurus/gemet-labels.json, the GEMET concepts the matcher's
// cross-lingual bridge recognises: id, English and Dutch preferred label, qualifiers in
// brackets removed ("base (chemical)" → "base"). Top concepts (no broader concept: "agriculture",
// "chemical") are left out: too generic to tell two profiles apart.
// Source: GEMET – General Multilingual Environmental Thesaurus, © European Environment Agency
// (EEA), CC BY 4.0, merged nl/en file of the programme's shared data.
// Run: node vendor/gemet/generate.mjs [path/to/gemet-nl-en.concepts.json]
import { readFileSync, writeFileSync } from 'node:fs';

const input = process.argv[2] ?? new URL('../../../shared/gemet/gemet-nl-en.concepts.json', import.meta.url);
const { concepts } = JSON.parse(readFileSync(input, 'utf8'));
const clean = (label) => label.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
const rows = concepts
  .filter((c) => c.en && c.nl && c.broader.length > 0)
  .map((c) => [c.id, clean(c.en), clean(c.nl)])
  .filter(([, en, nl]) => en && nl);
const output = new URL('../../src/core/thesaurus/gemet-labels.json', import.meta.url);
writeFileSync(
  output,
  `${JSON.stringify({
    source: 'GEMET 4.2.1 (nl) and GEMET (en) via github.com/geonetwork/util-gemet; concepts with both labels, top concepts left out',
    license: 'CC BY 4.0. Contains GEMET – General Multilingual Environmental Thesaurus, © European Environment Agency (EEA), licensed CC BY 4.0.',
    concepts: rows,
  })}\n`,
);
console.log(`${rows.length} concepts`);
