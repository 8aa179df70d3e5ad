// Builds the web app when dist/web is missing or older than its sources, so that
// `npm start` and `npm test` work straight after `npm install` without a slow rebuild each time.
//
// A production install (`npm install --omit=dev`, `npm ci --omit=dev`) has no Vite: the build tools
// are installed for the build alone and pruned again afterwards, so node_modules ends up with the
// runtime dependencies only and dist/web is built from this very checkout.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { webBuildStaleness } from './web-build-staleness.mjs';

function npm(...args) {
  // npm runs lifecycle scripts with npm_execpath set to its own CLI.
  const cli = process.env.npm_execpath;
  const [command, prefix] = cli && cli.endsWith('.js') ? [process.execPath, [cli]] : ['npm', []];
  execFileSync(command, [...prefix, ...args, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

const stale = webBuildStaleness('.');
if (stale) {
  const withoutBuildTools = !existsSync('node_modules/vite/bin/vite.js');
  if (withoutBuildTools) {
    process.stderr.write('Production install: fetching the build tools for the web app for a moment…\n');
    npm('install', '--include=dev', '--no-save');
  }
  process.stderr.write(`Building the web app (dist/web: ${stale})…\n`);
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (withoutBuildTools) {
    process.stderr.write('Removing the build tools again (runtime dependencies only)…\n');
    npm('prune', '--omit=dev');
  }
}
