import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Bridge, type Glosses } from '../../../core/matching';

// CC-CEDICT glosses (CC BY-SA 4.0), compacted by vendor/cc-cedict/generate.mjs: 2.6 MB that only
// matching needs, so they are read on first use rather than at start-up.
const GLOSSES = new URL('../../../../vendor/cc-cedict/glosses.json', import.meta.url);
// FreeDict Dutch–English glosses (GPL-2.0-or-later data, kept as a separate file: licenses/FreeDict.md),
// so Dutch words that GEMET's Dutch labels miss can still reach GEMET concepts through their English glosses.
const DUTCH_GLOSSES = new URL('../../../../vendor/freedict/nld-eng.json', import.meta.url);

let bridge: { bridge: Bridge; version: string } | undefined;

function load() {
  const texts = [GLOSSES, DUTCH_GLOSSES].map((file) => readFileSync(file, 'utf8'));
  const [chinese, dutch] = texts.map((text) => (JSON.parse(text) as { glosses: Glosses }).glosses);
  const version = createHash('sha256').update(texts.join('\u0000')).digest('hex');
  return { bridge: new Bridge(chinese!, dutch), version };
}

/** The cross-lingual bridge of the matcher (GEMET ids, Chinese and Dutch glosses), built once. */
export function matchingBridge(): Bridge {
  bridge ??= load();
  return bridge.bridge;
}

/** A hash of the dictionaries the bridge was built from: analyses made with other ones differ. */
export function matchingBridgeVersion(): string {
  bridge ??= load();
  return bridge.version;
}
