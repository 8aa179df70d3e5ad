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

/**
 * Serves the built web app. Paths outside /api that are not files get index.html, so the
 * client-side router can take deep links such as /regions/hebei.
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
