import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptedLanguages, negotiateLanguage } from '../../shared/i18n/negotiate';

/**
 * The placeholder Vite writes into index.html where the style nonce belongs (`html.cspNonce` in
 * src/web/vite.config.ts). Each page request gets a fresh nonce, so only the style tags the app
 * itself creates (Mantine's CSS variables and responsive styles) pass the CSP: decision 017.
 */
export const cspNoncePlaceholder = 'ctb-csp-nonce';

/**
 * Security headers that act on documents only (CSP, framing, referrer, window isolation): the
 * helmet plugin sets them on every answer; static files are sent without them. `nosniff`,
 * `cross-origin-resource-policy` and HSTS stay, which do act on scripts and styles.
 */
const documentOnlyHeaders = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

/** Per language, the text chunks the first page needs (written by the build: textsWithTheirUsers in src/web/vite.config.ts). */
const LANGUAGE_CHUNKS = 'language-chunks.json';

/**
 * The page names the session and the reader's text chunks as preload links, so they travel with the entry in
 * the first round of requests instead of a round trip after it (decision 025). The reader's
 * language as the web will choose it: the `ctb.language` cookie the web keeps beside its stored
 * choice (src/web/i18n), else the browser's languages.
 */
function firstRequestPreloads(webDist: string): (req: FastifyRequest) => string {
  const file = join(webDist, LANGUAGE_CHUNKS);
  const chunks: Record<string, string[]> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const links = Object.fromEntries(
    Object.entries(chunks).map(([lang, files]) => [
      lang,
      files.map((href) => `<link rel="modulepreload" crossorigin href="${href}" nonce="${cspNoncePlaceholder}">`).join(''),
    ]),
  );
  return (req) => `${sessionPreload}${links[negotiateLanguage(req.cookies['ctb.language'] ?? null, acceptedLanguages(req.headers['accept-language']))] ?? ''}`;
}

/**
 * Who is signed in decides what the home page shows: the web asks /api/auth/session first thing
 * (features/accounts/session.ts, the same URL and credentials), and the answer is on its way with
 * the scripts instead of after them.
 */
const sessionPreload = `<link rel="preload" as="fetch" crossorigin href="/api/auth/session" nonce="${cspNoncePlaceholder}">`;

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
      allowedPath: (pathName) => pathName !== '/index.html' && pathName !== `/${LANGUAGE_CHUNKS}`,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
        // Scripts, styles and data files are no documents: these headers only act on a page. About
        // 700 bytes a file, uncompressed, on each of the twenty-odd files of a first visit (decision 025).
        for (const header of documentOnlyHeaders) reply.removeHeader(header);
      },
    });
  }
  const preloads = firstRequestPreloads(webDist);
  const sendIndex = (req: FastifyRequest, reply: FastifyReply, html: string) =>
    reply
      .code(200)
      .type('text/html')
      .header('cache-control', 'no-cache')
      .send(html.replace('</head>', `${preloads(req)}</head>`).replaceAll(cspNoncePlaceholder, reply.cspNonce.style));
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || indexHtml === null) {
      return reply.code(404).send({ error: 'not_found', code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` });
    }
    return sendIndex(req, reply, indexHtml);
  });
}
