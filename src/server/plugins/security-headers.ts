import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * A strict Content Security Policy: scripts and styles only from this origin, no inline
 * scripts, nothing from other hosts. The API reference UI (/api/docs) is served from here too.
 * Each response carries fresh nonces (`reply.cspNonce`); the web page hands its style nonce to
 * Mantine, whose CSS-variable and responsive-style tags would otherwise need 'unsafe-inline'
 * (decision 017). Style attributes set by React go through the CSSOM, which the CSP allows.
 *
 * The check-in desk reads badges with the camera: its video shows a getUserMedia stream through
 * `srcObject`, which media-src does not govern, so the CSP needs nothing for it. The
 * Permissions-Policy lets this origin's own pages use the camera (never embedded pages: the app
 * cannot be framed anyway) and switches off the powerful features the app never uses.
 */
const PERMISSIONS_POLICY = 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()';

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
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
}
