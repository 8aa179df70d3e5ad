import { readFileSync } from 'node:fs';
import { Bridge, type Glosses } from '../../../core/matching';

// CC-CEDICT glosses (CC BY-SA 4.0), compacted by vendor/cc-cedict/generate.mjs: 2.6 MB that only
// matching needs, so they are read on first use rather than at start-up.
const GLOSSES = new URL('../../../../vendor/cc-cedict/glosses.json', import.meta.url);
// FreeDict Dutch–English glosses (GPL-2.0-or-later data, kept as a separate file: licenses/FreeDict.md),
// so Dutch words that GEMET's Dutch labels miss can still reach GEMET concepts through their English glosses.
const DUTCH_GLOSSES = new URL('../../../../vendor/freedict/nld-eng.json', import.meta.url);

let bridge: Bridge | undefined;

const glossesIn = (file: URL) => (JSON.parse(readFileSync(file, 'utf8')) as { glosses: Glosses }).glosses;

/** The cross-lingual bridge of the matcher (GEMET ids, Chinese and Dutch glosses), built once. */
export function matchingBridge(): Bridge {
  bridge ??= new Bridge(glossesIn(GLOSSES), glossesIn(DUTCH_GLOSSES));
  return bridge;
}
