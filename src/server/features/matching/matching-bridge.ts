import { readFileSync } from 'node:fs';
import { Bridge, type Glosses } from '../../../core/matching';

// CC-CEDICT glosses (CC BY-SA 4.0), compacted by vendor/cc-cedict/generate.mjs: 2.6 MB that only
// matching needs, so they are read on first use rather than at start-up.
const GLOSSES = new URL('../../../../vendor/cc-cedict/glosses.json', import.meta.url);

let bridge: Bridge | undefined;

/** The cross-lingual bridge of the matcher (GEMET ids and Chinese glosses), built once. */
export function matchingBridge(): Bridge {
  bridge ??= new Bridge((JSON.parse(readFileSync(GLOSSES, 'utf8')) as { glosses: Glosses }).glosses);
  return bridge;
}
