import type { FastifyBaseLogger } from 'fastify';

/**
 * Secrets that travel in URLs: calendar-feed tokens in the path (/api/events/feeds/TOKEN.ics, /api/follow-up/feeds/TOKEN.ics) and
 * invitation and password-reset tokens in the query (?token=…). Request logs show the URL, so
 * these are masked there; cookies and the Authorization header are never logged (Fastify's
 * request serializer leaves headers out).
 */
export function redactUrl(url: string): string {
  return url.replace(/(\/api\/(?:events|follow-up)\/feeds\/)[^/?#]+/, '$1[redacted]').replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}

type LoggedRequest = { method: string; url: string; host?: string; ip?: string; socket?: { remotePort?: number } };

/** A child of the logger whose request serializer (Fastify's fields) masks secrets in the URL. */
export function withRedactedUrls(logger: FastifyBaseLogger): FastifyBaseLogger {
  return logger.child(
    {},
    {
      serializers: {
        req: (req: LoggedRequest) => ({
          method: req.method,
          url: redactUrl(req.url),
          host: req.host,
          remoteAddress: req.ip,
          remotePort: req.socket?.remotePort,
        }),
      },
    },
  );
}
