import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * The placeholder Vite writes into index.html where the style nonce belongs (`html.cspNonce` in
 * src/web/vite.config.ts). Each page request gets a fresh nonce, so only the style tags the app
 * itself creates (Mantine's CSS variables and responsive styles) pass the CSP: decision 017.
 */
export const cspNoncePlaceholder = 'ctb-csp-nonce';

/** Vite names the files under assets/ by a hash of their content: a new build means new names. */
const HASHED = /[/\\]assets[/\\][^/\\]+-[\w-]{8,}\.[\w.]+$/;

/**
 * Serves the built web app. Paths outside /api that are not files get index.html, so the
 * client-side router can take deep links such as /regions/hebei. The build writes a brotli and a
 * gzip copy beside each file (vite.config.ts); the copy the browser accepts is sent as it is.
 * Hashed assets are cached for a year; index.html is revalidated on every load, so a new
 * release reaches everyone at the next page load.
 */
export async function serveWebAssets(app: FastifyInstance, webDist: string): Promise<void> {
  const indexFile = join(webDist, 'index.html');
  const indexHtml = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;
  if (indexHtml !== null) {
    // index.html itself is never served as a file: it carries the per-request nonce.
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      allowedPath: (pathName) => pathName !== '/index.html',
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      },
    });
  }
  const sendIndex = (reply: FastifyReply, html: string) =>
    reply
      .code(200)
      .type('text/html')
      .header('cache-control', 'no-cache')
      .send(html.replaceAll(cspNoncePlaceholder, reply.cspNonce.style));
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || indexHtml === null) {
      return reply.code(404).send({ error: 'not_found', code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` });
    }
    return sendIndex(reply, indexHtml);
  });
}
