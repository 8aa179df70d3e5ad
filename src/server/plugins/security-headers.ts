import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * A strict Content Security Policy: scripts and styles only from this origin, no inline
 * scripts, nothing from other hosts. The API reference UI (/api/docs) is served from here too.
 * Each response carries fresh nonces (`reply.cspNonce`); the web page hands its style nonce to
 * Mantine, whose CSS-variable and responsive-style tags would otherwise need 'unsafe-inline'
 * (decision 017). Style attributes set by React go through the CSSOM, which the CSP allows.
 */
export async function securityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}
