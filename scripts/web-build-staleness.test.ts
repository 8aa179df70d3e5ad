import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webBuildStaleness } from './web-build-staleness.mjs';

/** A checkout with a build made at `builtAt` from a page, a core module and a vendored file. */
function checkout(root: string, builtAt: Date) {
  const write = (file: string, text: string, when = new Date(builtAt.getTime() - 60_000)) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
    utimesSync(join(root, file), when, when);
  };
  const lock = '{"lockfileVersion":3}';
  for (const file of ['src/web/vite.config.ts', 'src/web/index.html', 'src/web/App.tsx', 'src/core/model.ts', 'vendor/regions.json']) write(file, '…');
  write('package-lock.json', lock);
  const files = ['src/web/App.tsx', 'src/core/model.ts', 'vendor/regions.json'];
  write('dist/web-sources.json', JSON.stringify({ lockfile: createHash('sha256').update(lock).digest('hex'), files }), builtAt);
  write('dist/web/index.html', '<!doctype html>', builtAt);
  return { write };
}

describe('the web build staleness check', () => {
  let root: string;
  const builtAt = new Date('2026-12-01T10:00:00Z');
  const later = new Date('2026-12-01T10:05:00Z');
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'ctb-staleness-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps a build that is newer than every file it was made from', () => {
    checkout(root, builtAt);
    expect(webBuildStaleness(root)).toBeNull();
  });

  it('rebuilds when a module outside src/web that the bundle includes changes', () => {
    checkout(root, builtAt).write('src/core/model.ts', 'changed', later);
    expect(webBuildStaleness(root)).toBe('src/core/model.ts changed');
  });

  it('rebuilds when the build configuration changes or a source is gone', () => {
    const { write } = checkout(root, builtAt);
    rmSync(join(root, 'vendor/regions.json'));
    expect(webBuildStaleness(root)).toBe('vendor/regions.json is gone');
    write('vendor/regions.json', '…');
    write('src/web/vite.config.ts', 'changed', later);
    expect(webBuildStaleness(root)).toBe('src/web/vite.config.ts changed');
  });

  it('rebuilds when the libraries change, not when npm rewrites the same lockfile', () => {
    const { write } = checkout(root, builtAt);
    write('package-lock.json', '{"lockfileVersion":3}', later);
    expect(webBuildStaleness(root)).toBeNull();
    write('package-lock.json', '{"lockfileVersion":3,"packages":{}}', later);
    expect(webBuildStaleness(root)).toBe('the libraries changed');
  });

  it('builds when there is no build or no list of its sources', () => {
    checkout(root, builtAt);
    rmSync(join(root, 'dist/web-sources.json'));
    expect(webBuildStaleness(root)).toBe('no build yet');
  });
});
