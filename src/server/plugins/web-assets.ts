import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

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
  const hasBuild = existsSync(join(webDist, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: 'index.html',
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        if (HASHED.test(path)) reply.header('cache-control', 'public, max-age=31536000, immutable');
        // (the path may be a pre-compressed copy: index.html.br)
        else if (basename(path).startsWith('index.html')) reply.header('cache-control', 'no-cache');
        else reply.header('cache-control', 'public, max-age=3600');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !hasBuild) {
      return reply.code(404).send({ error: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
