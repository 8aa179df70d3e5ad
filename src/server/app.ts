import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { ErrorCode } from '../shared/api';
import type { Db } from './db/open-database';
import { DomainError } from './errors';
import { healthRoutes } from './features/health/health.routes';
import { opportunityRoutes } from './features/opportunities/opportunities.routes';
import { regionRoutes } from './features/regions/regions.routes';
import { twinningRoutes } from './features/twinnings/twinnings.routes';
import type { App } from './http';
import { requireDeclaredAccess } from './plugins/access';
import { securityHeaders } from './plugins/security-headers';
import { serveWebAssets } from './plugins/web-assets';

export type AppDeps = {
  db: Db;
  /** A pino logger; none in tests. */
  logger?: FastifyBaseLogger;
  webDist?: string;
};

/** The whole HTTP application; main.ts and the tests both build it. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({ ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }) }).withTypeProvider<ZodTypeProvider>();
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

  requireDeclaredAccess(app);
  const features = [healthRoutes, regionRoutes, twinningRoutes, opportunityRoutes];
  for (const register of features) register(app, { db: deps.db });

  if (deps.webDist) await serveWebAssets(app, deps.webDist);
  return app;
}

function errorHandler(this: App, error: Error & { statusCode?: number }, _req: unknown, reply: import('fastify').FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
      message: v.message ?? 'invalid',
    }));
    return reply.code(400).send({
      error: ErrorCode.validation,
      message: `Invalid ${error.validationContext ?? 'input'}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
      issues,
    });
  }
  if (error instanceof DomainError) {
    return reply.code(error.status).send({ error: error.code, message: error.message, issues: error.issues });
  }
  if (error.statusCode && error.statusCode < 500) {
    return reply.code(error.statusCode).send({ error: ErrorCode.validation, message: error.message });
  }
  reply.log.error(error);
  return reply.code(500).send({ error: ErrorCode.internal, message: 'Something went wrong on the server; it has been logged.' });
}
