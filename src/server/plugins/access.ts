import type { FastifyInstance } from 'fastify';

/**
 * Who may call a route, declared next to the route in `config.access`.
 * - public: anyone, signed in or not.
 * - editor: changes programme data. Until accounts and roles exist (issue #3) every caller
 *   is an editor; the declaration is already in place so that issue only has to enforce it.
 */
export type Access = 'public' | 'editor';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

/** Refuses to start an app in which an /api route has no declared access. */
export function requireDeclaredAccess(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (route.method === 'HEAD') return;
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access policy`);
    route.schema = { ...route.schema, 'x-access': access } as typeof route.schema;
  });
}
