import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';

// The real build (npm test builds it when stale): this also checks that vite.config.ts writes
// the compressed copies the server sends.
const webDist = resolve('dist/web');
let t: TestApp;
let script: string;

beforeAll(async () => {
  if (!existsSync(resolve(webDist, 'index.html'))) throw new Error('dist/web is not built: run `npm run build:web`');
  t = await createTestApp({ webDist });
  const index = await t.app.inject({ url: '/' });
  script = /src="(\/assets\/[^"]+\.js)"/.exec(index.body)?.[1] ?? '';
  expect(script).not.toBe('');
});
afterAll(() => t.close());

describe('static files of the web app', () => {
  it('sends the brotli copy to a browser that accepts it, gzip to one that accepts only gzip, plain otherwise', async () => {
    const plain = await t.app.inject({ url: script });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await t.app.inject({ url: script, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    const gzip = await t.app.inject({ url: script, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  it('lets browsers keep hashed assets for a year and revalidate the page itself on every load', async () => {
    for (const encoding of ['br', 'identity']) {
      const asset = await t.app.inject({ url: script, headers: { 'accept-encoding': encoding } });
      expect(asset.headers['cache-control'], encoding).toBe('public, max-age=31536000, immutable');
    }
    for (const url of ['/', '/index.html', '/regions/hebei']) {
      const page = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('sends every chunk of the split app pre-compressed and cached for a year, pages fetched later included', async () => {
    const assets = join(webDist, 'assets');
    const code = readdirSync(assets).filter((name) => /\.(js|css)$/.test(name));
    // One chunk per page (decision 025): far more files than the entry script and its styles.
    expect(code.length).toBeGreaterThan(20);
    // vite.config.ts compresses every text file from 1 KB up.
    const large = code.filter((name) => statSync(join(assets, name)).size >= 1024);
    for (const name of large) {
      expect(existsSync(join(assets, `${name}.br`)), name).toBe(true);
      expect(existsSync(join(assets, `${name}.gz`)), name).toBe(true);
    }
    const index = await t.app.inject({ url: '/' });
    const lazyPage = large.find((name) => name.startsWith('SignInPage-'));
    expect(lazyPage).toBeDefined();
    expect(index.body).not.toContain(lazyPage);
    const chunk = await t.app.inject({ url: `/assets/${lazyPage}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(chunk.statusCode).toBe(200);
    expect(chunk.headers['content-encoding']).toBe('br');
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
