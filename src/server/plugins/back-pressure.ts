import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '../../shared/api/errors';
import { DomainError } from '../errors';

/** Limits beyond which requests are refused at once with 503 (config PRESSURE_*; 0 turns a check off). */
export type PressureSettings = {
  /** Mean event-loop delay over the last sample, in ms. */
  maxEventLoopDelayMs: number;
  /** Event-loop utilisation over the last sample, 0–1. */
  maxEventLoopUtilization: number;
  /** V8 heap in use, in bytes. */
  maxHeapUsedBytes: number;
  /** Queries waiting for a pooled PostgreSQL connection. */
  maxDatabaseWaiting: number;
  /** Requests being served at once by this process: the bound of its queue. */
  maxInFlight: number;
  /** How often the event loop and memory are sampled, in ms. */
  sampleIntervalMs: number;
  /** The Retry-After sent with the 503. */
  retryAfterSeconds: number;
};

/**
 * Back-pressure: a saturated process answers new requests with a fast 503 and Retry-After,
 * instead of queueing them until clients time out (issue 12: at 150 requests/s p99 had reached
 * 17 s). @fastify/under-pressure samples the event loop and the heap; the database pool's queue
 * of waiting queries and the number of requests in flight are read per request. The last is what
 * bounds the queue on PGlite, which runs one query at a time and queues the rest inside itself.
 */
export async function backPressure(app: FastifyInstance, settings: PressureSettings, databaseWaiting: (() => number) | undefined): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: settings.maxEventLoopDelayMs,
    maxEventLoopUtilization: settings.maxEventLoopUtilization,
    eventLoopUtilizationMode: 'interval',
    maxHeapUsedBytes: settings.maxHeapUsedBytes,
    sampleInterval: settings.sampleIntervalMs,
    retryAfter: settings.retryAfterSeconds,
    // The API answers 503 overloaded with Retry-After (the app's error handler writes its code).
    // The web app's page and files are still served: they cost next to nothing, and a visitor who
    // opens the site while the first matching pass runs sees the app, not a bare 503.
    pressureHandler: (req, reply) => {
      if (!req.url.startsWith('/api/') && !req.url.startsWith('/metrics')) return undefined;
      reply.header('retry-after', String(settings.retryAfterSeconds));
      return Promise.reject(new OverloadedError());
    },
  });
  const maxWaiting = databaseWaiting ? settings.maxDatabaseWaiting : 0;
  let inFlight = 0;
  app.addHook('onRequest', async (_req, reply) => {
    const saturated = (maxWaiting > 0 && databaseWaiting!() >= maxWaiting) || (settings.maxInFlight > 0 && inFlight >= settings.maxInFlight);
    if (saturated) {
      reply.header('retry-after', String(settings.retryAfterSeconds));
      throw new OverloadedError();
    }
    inFlight++;
    // 'close' comes once per response: sent, failed or abandoned by the client.
    reply.raw.once('close', () => inFlight--);
  });
}

class OverloadedError extends DomainError {
  constructor() {
    super(ErrorCode.overloaded, 503, 'The server is busy; try again in a few seconds.');
  }
}
