import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Written by the build (recordSources in src/web/vite.config.ts): every file of ours in the bundle
// and a digest of the lockfile.
const SOURCES_LIST = 'dist/web-sources.json';
const BUILT = 'dist/web/index.html';
// What shapes the build besides its modules.
const BUILD_CONFIGURATION = ['src/web/vite.config.ts', 'src/web/index.html'];

/**
 * Why the web app in `root`/dist/web must be built again, or null when it is newer than every file
 * it was made from and the libraries are the ones it was built with (the lockfile by content: npm
 * rewrites it at every install, unchanged).
 */
export function webBuildStaleness(root) {
  const at = (file) => join(root, file);
  if (!existsSync(at(BUILT)) || !existsSync(at(SOURCES_LIST))) return 'no build yet';
  const { lockfile, files } = JSON.parse(readFileSync(at(SOURCES_LIST), 'utf8'));
  if (
    lockfile !==
    createHash('sha256')
      .update(readFileSync(at('package-lock.json')))
      .digest('hex')
  )
    return 'the libraries changed';
  const builtAt = statSync(at(BUILT)).mtimeMs;
  for (const file of [...BUILD_CONFIGURATION, ...files]) {
    if (!existsSync(at(file))) return `${file} is gone`;
    if (statSync(at(file)).mtimeMs > builtAt) return `${file} changed`;
  }
  return null;
}
