// Builds the web app when dist/web is missing or older than its sources, so that
// `npm start` and `npm test` work straight after `npm install` without a slow rebuild each time.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'dist/web/index.html';
const sources = ['src/web', 'src/shared'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

const stale =
  !existsSync(built) || sources.some((dir) => existsSync(dir) && newestMtime(dir) > statSync(built).mtimeMs);
if (stale) {
  process.stderr.write('Building the web app (dist/web)…\n');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
