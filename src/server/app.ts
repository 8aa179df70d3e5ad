import { myWorkRoutes } from './features/my-work/my-work.routes';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyReply } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { ErrorCode, type ErrorParams, type Issue, codeOfZodIssue } from '../shared/api';
import type { ReportingOrg } from '../core/projects/model';
import { type AuthSettings, type TrustProxy, defaultAuthSettings, defaultIatiReportingOrg } from './config';
import { isDatabaseUnavailable } from './db/connection-errors';
import type { Db, PoolStats } from './db/open-database';
import { foreignKeyError } from './db/pg-errors';
import { DomainError, RateLimitedError } from './errors';
import { accountRoutes, SESSION_COOKIE } from './features/accounts/accounts.routes';
import { type MailTransport, API_TOKEN_PREFIX, authenticate } from './features/accounts/accounts.service';
import { newLinkKey } from './features/accounts/link-seal';
import { type MailDelivery, mailJobHandler, queueDueMail } from './features/accounts/mail';
import { startPurge } from './features/accounts/purge';
import { auditRoutes } from './features/audit/audit.routes';
import { queueReminderPass, sendEventReminders } from './features/events/event-reminders';
import { eventRoutes } from './features/events/events.routes';
import { followUpRoutes } from './features/follow-up/follow-up.routes';
import { notificationRoutes } from './features/notifications/notifications.routes';
import { followUpJobHandlers, queueDailyJobs } from './features/follow-up/follow-up.service';
import { healthRoutes } from './features/health/health.routes';
import { importRoutes } from './features/imports/imports.routes';
import { runImportJobs } from './features/imports/imports.service';
import { type Job, type JobHandlers, startJobWorker } from './features/jobs/jobs.service';
import { startTicks, type Ticks } from './features/jobs/ticks';
import { matchingRoutes } from './features/matching/matching.routes';
import { metricsRoutes } from './features/metrics/metrics.routes';
import { createMetrics } from './features/metrics/metrics.service';
import { runMatchingJobs } from './features/matching/matching.service';
import { thesaurusRoutes } from './features/thesaurus/thesaurus.routes';
import { organisationRoutes } from './features/organisations/organisations.routes';
import { opportunityRoutes } from './features/opportunities/opportunities.routes';
import { projectRoutes } from './features/projects/projects.routes';
import { regionRoutes } from './features/regions/regions.routes';
import { twinningRoutes } from './features/twinnings/twinnings.routes';
import type { App } from './http';
import { enforceAccess, requireDeclaredAccess } from './plugins/access';
import { withRedactedUrls } from './plugins/log-redaction';
import { backPressure, type PressureSettings } from './plugins/back-pressure';
import { refuseNul } from './plugins/refuse-nul';
import { securityHeaders } from './plugins/security-headers';
import { serveWebAssets } from './plugins/web-assets';

export type AppDeps = {
  db: Db;
  /** A pino logger; none in tests. */
  logger?: FastifyBaseLogger;
  webDist?: string;
  /** Session lifetimes and sign-in throttling (config.ts); tests shorten the windows. */
  auth?: Partial<AuthSettings>;
  /** Base address of the web app, for links in e-mail. */
  publicUrl?: string;
  /** Behind a reverse proxy: the proxies whose X-Forwarded-Proto/-For are trusted (config TRUST_PROXY). */
  trustProxy?: TrustProxy;
  /** Secure cookies: 'auto' (default) sets Secure on https requests, as seen through a trusted proxy. */
  cookieSecure?: 'auto' | boolean;
  /** Outgoing e-mail: with a transport, the outbox is delivered by `mail` jobs (needs `jobs`). */
  mail?: { transport?: MailTransport; from?: string };
  /** Seals the secrets of links waiting in the outbox (config MAIL_LINK_KEY); a key of this process when omitted. */
  mailLinkKey?: Buffer;
  /** The clock; tests move it to expire sessions. */
  now?: () => Date;
  /**
   * Run background jobs (matching, imports, follow-up alerts, digests, expiry) in this process,
   * polling every pollMs; the daily jobs and event reminder passes are queued every dailyTickMs (default a minute); expired
   * sessions and sign-in failures are purged every purgeEveryMs (default 10 minutes). None when omitted.
   */
  jobs?: { pollMs: number; dailyTickMs?: number; purgeEveryMs?: number };
  /** Publisher of exported IATI files (config IATI_REPORTING_ORG_*); the example publisher when omitted. */
  iatiReportingOrg?: ReportingOrg;
  /** Back-pressure limits (config PRESSURE_*); none when omitted (tests). */
  pressure?: PressureSettings;
  /** PostgreSQL: queries waiting for a pooled connection (Database.waitingForConnection). */
  databaseWaiting?: () => number;
  /** A monitoring system's bearer token for /metrics (METRICS_TOKEN); without it only loopback scrapes. */
  metricsToken?: string;
  /** The database client pool's connections, for /metrics (PostgreSQL). */
  poolStats?: () => PoolStats;
  /** EVENT_VIDEO_URL_TEMPLATE: video-call address of online meetings; none: no links. */
  eventVideoUrlTemplate?: string;
};

const DEFAULT_PUBLIC_URL = 'http://localhost:3000';

/**
 * Background work by job family (see features/jobs); e-mail links of the follow-up jobs point at
 * `publicUrl`. Without `mail` (no transport), e-mail stays in the outbox.
 */
export function jobHandlersFor(publicUrl: string, mail?: MailDelivery) {
  return {
    // One matching pass serves every change that queued a job: claim them together.
    match: { run: runMatchingJobs, batchLimit: 50_000 },
    mail: mailJobHandler(mail),
    import: runImportJobs,
    remind: (db: Db, jobs: Job[]) => sendEventReminders(db, jobs, publicUrl),
    ...followUpJobHandlers(publicUrl),
  } satisfies JobHandlers;
}
export const jobHandlers = jobHandlersFor(DEFAULT_PUBLIC_URL);

/** The whole HTTP application; main.ts and the tests both build it. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: withRedactedUrls(deps.logger) } : { logger: false }),
    trustProxy: proxyTrust(deps.trustProxy ?? false),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  if (deps.pressure) await backPressure(app, deps.pressure, deps.databaseWaiting);
  refuseNul(app);

  await securityHeaders(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Cleantech Bridge API',
        version: '1',
        description: 'Regions, twinnings and opportunities of cleantech cooperation programmes.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  await app.register(cookie);
  // Only routes that ask for it (config.rateLimit) are limited; per instance, in memory.
  await app.register(rateLimit, { global: false });

  const linkKey = deps.mailLinkKey ?? newLinkKey();
  const mail: MailDelivery | undefined = deps.mail?.transport
    ? { transport: deps.mail.transport, options: { from: deps.mail.from ?? 'Cleantech Bridge <no-reply@localhost>', linkKey, now: deps.now } }
    : undefined;
  if (mail) app.addHook('onClose', async () => mail.transport.close?.());
  const accounts = {
    db: deps.db,
    settings: { ...defaultAuthSettings, ...deps.auth },
    publicUrl: (deps.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, ''),
    linkKey,
    runInBackground: backgroundTasks(app),
    now: deps.now ?? (() => new Date()),
  };
  requireDeclaredAccess(app);
  enforceAccess(app, (req) => {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (header && !bearer?.startsWith(API_TOKEN_PREFIX)) return Promise.resolve(null);
    return authenticate(accounts, { bearer, sessionToken: bearer ? undefined : req.cookies[SESSION_COOKIE] });
  });
  let worker: ReturnType<typeof startJobWorker> | undefined;
  const featureDeps = {
    db: deps.db,
    metrics: createMetrics(deps.db, deps.poolStats),
    metricsToken: deps.metricsToken,
    jobWorkerRunning: () => worker?.running() ?? false,
    accounts,
    cookieSecure: deps.cookieSecure ?? 'auto',
    iatiReportingOrg: deps.iatiReportingOrg ?? defaultIatiReportingOrg,
    eventVideoUrlTemplate: deps.eventVideoUrlTemplate,
  };
  const features = [
    metricsRoutes,
    healthRoutes,
    accountRoutes,
    auditRoutes,
    regionRoutes,
    twinningRoutes,
    opportunityRoutes,
    organisationRoutes,
    projectRoutes,
    eventRoutes,
    notificationRoutes,
    followUpRoutes,
    thesaurusRoutes,
    matchingRoutes,
    importRoutes,
    myWorkRoutes,
  ];
  for (const register of features) register(app, featureDeps);

  if (deps.jobs) {
    const { pollMs, purgeEveryMs } = deps.jobs;
    let purge: ReturnType<typeof startPurge> | undefined;
    let ticks: Ticks | undefined;
    app.addHook('onReady', async () => {
      const onError = (error: unknown) => app.log.error(error, 'background job');
      worker = startJobWorker(deps.db, jobHandlersFor(accounts.publicUrl, mail), { pollMs, onError });
      ticks = startTicks(deps.db, [queueDailyJobs, queueReminderPass, queueDueMail], { everyMs: deps.jobs?.dailyTickMs ?? 60_000, now: accounts.now, onError });
      purge = startPurge(accounts, { everyMs: purgeEveryMs ?? 10 * 60_000, onError: (error) => app.log.error(error, 'purge') });
    });
    app.addHook('onClose', async () => {
      await purge?.stop();
      ticks?.stop();
      await worker?.stop();
    });
  }

  if (deps.webDist) await serveWebAssets(app, deps.webDist);
  return app;
}

const DATABASE_RETRY_AFTER_SECONDS = 2;
/** Fastify's types lack the hop count that proxy-addr understands as "the first n hops". */
const proxyTrust = (trust: TrustProxy) => (typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust);

/** Work a request leaves behind (a reset request's mail): started after the answer, logged when it fails, awaited on close. */
function backgroundTasks(app: App): (task: () => Promise<void>) => void {
  const pending = new Set<Promise<void>>();
  app.addHook('onClose', async () => {
    await Promise.all(pending);
  });
  return (task) => {
    // Started after the answer is written (setImmediate): with the embedded database the work runs
    // on this thread, and must not delay, and so reveal itself in, the answer's timing.
    const running: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error: unknown) => app.log.error(error, 'background task'))
      .finally(() => pending.delete(running));
    pending.add(running);
  };
}

function errorHandler(this: App, error: Error & { statusCode?: number }, _req: unknown, reply: FastifyReply) {
  const send = (status: number, code: string, message: string, extra: { issues?: Issue[]; params?: ErrorParams } = {}) =>
    reply.code(status).send({ error: code, code, message, ...extra });
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v): Issue => {
      const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean);
      const message = v.message ?? 'invalid';
      return { path: path.join('.'), message, ...codeOfZodIssue({ ...v.params, code: v.keyword, path, message }) };
    });
    const where = error.validationContext ?? 'input';
    return send(400, ErrorCode.validation, `Invalid ${where}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`, {
      issues,
      params: { where },
    });
  }
  if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
  const domainError = error instanceof DomainError ? error : foreignKeyError(error);
  if (domainError) return send(domainError.status, domainError.code, domainError.message, { issues: domainError.issues, params: domainError.params });
  if (isDatabaseUnavailable(error)) {
    // The pool reconnects on its own; the client may simply try again.
    reply.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return send(503, ErrorCode.databaseUnavailable, 'The database cannot be reached just now; try again in a few seconds.');
  }
  if (error.statusCode === 429) return send(429, ErrorCode.rateLimited, 'Too many requests from your address; wait a minute and try again.');
  if (error.statusCode && error.statusCode < 500) return send(error.statusCode, ErrorCode.validation, error.message);
  reply.log.error(error);
  return send(500, ErrorCode.internal, 'Something went wrong on the server; it has been logged.');
}
