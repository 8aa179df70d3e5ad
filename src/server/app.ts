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
import { type AuthSettings, defaultAuthSettings, defaultIatiReportingOrg } from './config';
import type { Db } from './db/open-database';
import { DomainError, RateLimitedError } from './errors';
import { accountRoutes, SESSION_COOKIE } from './features/accounts/accounts.routes';
import { type MailTransport, API_TOKEN_PREFIX, authenticate } from './features/accounts/accounts.service';
import { startOutboxDelivery } from './features/accounts/mail';
import { auditRoutes } from './features/audit/audit.routes';
import { eventRoutes } from './features/events/events.routes';
import { healthRoutes } from './features/health/health.routes';
import { importRoutes } from './features/imports/imports.routes';
import { runImportJobs } from './features/imports/imports.service';
import { startJobWorker } from './features/jobs/jobs.service';
import { matchingRoutes } from './features/matching/matching.routes';
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
  /** Behind a reverse proxy: trust X-Forwarded-Proto/-For. */
  trustProxy?: boolean;
  /** Secure cookies: 'auto' (default) sets Secure on https requests, as seen through a trusted proxy. */
  cookieSecure?: 'auto' | boolean;
  /** Outgoing e-mail: with a transport, the outbox is delivered in the background (every pollMs, default 10 s). */
  mail?: { transport?: MailTransport; from?: string; pollMs?: number };
  /** The clock; tests move it to expire sessions. */
  now?: () => Date;
  /** Run background jobs (matching, imports) in this process, polling every pollMs; none when omitted. */
  jobs?: { pollMs: number };
  /** Publisher of exported IATI files (config IATI_REPORTING_ORG_*); the example publisher when omitted. */
  iatiReportingOrg?: ReportingOrg;
};

/** Background work by job family (see features/jobs). */
export const jobHandlers = { match: runMatchingJobs, import: runImportJobs };

/** The whole HTTP application; main.ts and the tests both build it. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: withRedactedUrls(deps.logger) } : { logger: false }),
    trustProxy: deps.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

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

  const delivery = deps.mail?.transport
    ? startOutboxDelivery(deps.db, deps.mail.transport, {
        from: deps.mail.from ?? 'Cleantech Bridge <no-reply@localhost>',
        pollMs: deps.mail.pollMs ?? 10_000,
        now: deps.now,
        onError: (error) => app.log.error(error, 'outbox delivery'),
      })
    : undefined;
  if (delivery) app.addHook('onClose', () => delivery.stop());
  const accounts = {
    db: deps.db,
    settings: { ...defaultAuthSettings, ...deps.auth },
    publicUrl: (deps.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, ''),
    deliverMail: delivery?.nudge,
    now: deps.now ?? (() => new Date()),
  };
  requireDeclaredAccess(app);
  enforceAccess(app, (req) => {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (header && !bearer?.startsWith(API_TOKEN_PREFIX)) return Promise.resolve(null);
    return authenticate(accounts, { bearer, sessionToken: bearer ? undefined : req.cookies[SESSION_COOKIE] });
  });
  const featureDeps = {
    db: deps.db,
    accounts,
    cookieSecure: deps.cookieSecure ?? 'auto',
    iatiReportingOrg: deps.iatiReportingOrg ?? defaultIatiReportingOrg,
  };
  const features = [
    healthRoutes,
    accountRoutes,
    auditRoutes,
    regionRoutes,
    twinningRoutes,
    opportunityRoutes,
    organisationRoutes,
    projectRoutes,
    eventRoutes,
    thesaurusRoutes,
    matchingRoutes,
    importRoutes,
  ];
  for (const register of features) register(app, featureDeps);

  if (deps.jobs) {
    const { pollMs } = deps.jobs;
    let worker: ReturnType<typeof startJobWorker> | undefined;
    app.addHook('onReady', async () => {
      worker = startJobWorker(deps.db, jobHandlers, { pollMs, onError: (error) => app.log.error(error, 'background job') });
    });
    app.addHook('onClose', async () => worker?.stop());
  }

  if (deps.webDist) await serveWebAssets(app, deps.webDist);
  return app;
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
  if (error instanceof DomainError) return send(error.status, error.code, error.message, { issues: error.issues, params: error.params });
  if (error.statusCode === 429) return send(429, ErrorCode.rateLimited, 'Too many requests from your address; wait a minute and try again.');
  if (error.statusCode && error.statusCode < 500) return send(error.statusCode, ErrorCode.validation, error.message);
  reply.log.error(error);
  return send(500, ErrorCode.internal, 'Something went wrong on the server; it has been logged.');
}
