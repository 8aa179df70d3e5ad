import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../http';
import type { Policy } from '../../plugins/access';
import type { Metrics } from './metrics.service';

const isLoopback = (ip: string) => (isIP(ip) === 4 && ip.startsWith('127.')) || ip === '::1' || ip.startsWith('::ffff:127.');

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A monitoring system (Prometheus) scrapes with `Authorization: Bearer METRICS_TOKEN`; without a
 * token configured, or without the header, only the loopback address may. The address is the
 * client's as the trusted proxy reports it (TRUST_PROXY), so nginx on the same host does not make
 * every visitor "loopback"; the nginx configuration refuses /metrics as well.
 */
export function metricsScraper(token: string | undefined): Policy {
  return {
    description: 'a monitoring system (METRICS_TOKEN bearer) or a loopback client',
    request: (req: FastifyRequest) => {
      const header = req.headers.authorization;
      if (token && header?.startsWith('Bearer ')) return sameSecret(header.slice(7).trim(), token);
      return isLoopback(req.ip);
    },
  };
}

/** Times every request by route pattern (never the raw URL: ids would explode the series). */
export function metricsRoutes(app: App, { metrics, metricsToken }: { metrics: Metrics; metricsToken?: string }) {
  app.addHook('onResponse', async (req, reply) => {
    metrics.observeRequest({ method: req.method, route: req.routeOptions.url ?? 'unmatched', status: reply.statusCode }, reply.elapsedTime / 1000);
  });

  app.get('/metrics', {
    config: { access: metricsScraper(metricsToken) },
    schema: { hide: true },
    handler: async (_req, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  });
}
