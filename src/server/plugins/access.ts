import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../../shared/api/accounts';
import type { UserActor } from '../actor';
import { DomainError, forbidden, unauthenticated } from '../errors';
import { ErrorCode } from '../../shared/api/errors';

/**
 * Who may call a route, declared next to the route in `config.access`:
 * - 'public': anyone, signed in or not (services still hide members-only records from visitors).
 * - 'signed-in': any signed-in user (browser session or API token).
 * - 'session': a signed-in browser session (not an API token): sign-out, password, tokens.
 * - 'programme-manager': programme managers and admins.
 * - 'admin': admins only.
 * - { roles, check?, description }: the roles listed, and, when given, a check of the caller;
 *   record-level rules ("own organisation", "own region") are checked by the service.
 * - { request, description }: no user at all; the request itself qualifies (a monitoring system's
 *   token, a loopback address). Used by /metrics.
 * Writes (POST, PUT, PATCH, DELETE) by a browser session also need the session's CSRF token in
 * the X-CSRF-Token header; API tokens are exempt (no ambient authority) but a 'read' token
 * may not write.
 */
export type Policy =
  | 'public'
  | 'signed-in'
  | 'session'
  | 'programme-manager'
  | 'admin'
  | { roles: readonly Role[]; check?: (actor: UserActor) => boolean; description: string }
  | { request: (req: FastifyRequest) => boolean; description: string };

export type Authenticated = {
  actor: UserActor;
  /** Present for browser sessions. */
  session?: { id: string; csrfToken: string };
  /** Present for API tokens. */
  tokenScope?: 'read' | 'read-write';
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Policy;
  }
  interface FastifyInstance {
    /** The policy of every /api route, by `METHOD /api/path`: what capabilities are derived from. */
    routePolicies: Map<string, Policy>;
  }
  interface FastifyRequest {
    /** The signed-in caller, or null for a visitor. */
    actor: UserActor | null;
    auth: Authenticated | null;
  }
}

export const CSRF_HEADER = 'x-csrf-token';
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function describePolicy(policy: Policy): string {
  return typeof policy === 'string' ? policy : policy.description;
}

/** Refuses to start an app in which an /api route has no declared policy. */
export function requireDeclaredAccess(app: FastifyInstance): void {
  app.decorate('routePolicies', new Map<string, Policy>());
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (route.method === 'HEAD') return;
    const access = (route.config as { access?: Policy } | undefined)?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access policy`);
    for (const method of [route.method].flat()) app.routePolicies.set(`${method} ${route.url}`, access);
    route.schema = { ...route.schema, 'x-access': describePolicy(access) } as typeof route.schema;
  });
}

/**
 * Authenticates every /api request (session cookie or bearer token) and enforces the route's
 * policy before the body is even parsed: 401 without a valid sign-in, 403 without the rights.
 */
export function enforceAccess(app: FastifyInstance, authenticate: (req: FastifyRequest) => Promise<Authenticated | null>): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    const policy = req.routeOptions.config?.access;
    if (!policy) return; // not an API route (web assets, not found)
    if (typeof policy === 'object' && 'request' in policy) {
      if (!policy.request(req)) throw forbidden(ErrorCode.forbidden, `Only ${policy.description} may call this`);
      return;
    }
    const auth = await authenticate(req);
    req.auth = auth;
    req.actor = auth?.actor ?? null;
    if (policy === 'public') return;
    if (!auth) throw unauthenticated();
    const isWrite = writeMethods.has(req.method);
    if (auth.session && isWrite && req.headers[CSRF_HEADER] !== auth.session.csrfToken) {
      throw new DomainError(ErrorCode.forbidden, 403, 'Missing or wrong X-CSRF-Token header: reload the page and try again');
    }
    if (auth.tokenScope === 'read' && isWrite)
      throw forbidden(ErrorCode.readOnlyToken, 'This API token may only read; create a read-write token to make changes');
    if (!allows(policy, auth)) throw forbidden(ErrorCode.roleForbidden, `Your role (${auth.actor.role}) may not do this`, { role: auth.actor.role });
  });
}

/** Whether a caller may call a route of this method and policy (what `enforceAccess` lets through). */
export function permits(policy: Policy, method: string, auth: Authenticated | null): boolean {
  if (policy === 'public') return true;
  // A policy that judges the request itself (e.g. /metrics from loopback) is no user's capability.
  if (typeof policy === 'object' && 'request' in policy) return false;
  if (!auth) return false;
  if (auth.tokenScope === 'read' && writeMethods.has(method)) return false;
  return allows(policy, auth);
}

function allows(policy: Exclude<Policy, 'public' | { request: unknown }>, auth: Authenticated): boolean {
  const role = auth.actor.role;
  switch (policy) {
    case 'signed-in':
      return true;
    case 'session':
      return auth.session !== undefined;
    case 'programme-manager':
      return role === 'programme-manager' || role === 'admin';
    case 'admin':
      return role === 'admin';
    default:
      return policy.roles.includes(role) && (policy.check?.(auth.actor) ?? true);
  }
}

/** The signed-in caller of a route whose policy is not 'public'. */
export function userOf(req: FastifyRequest): UserActor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}

/** Common policies, named once. */
export const policies = {
  /** Programme data that partner officials write for their own region (checked by the service). */
  regionEditors: {
    roles: ['partner-official', 'programme-manager', 'admin'],
    description: 'partner-official (own region) | programme-manager | admin',
  },
  /** Organisation profiles that members edit for their own organisation (checked by the service). */
  organisationEditors: {
    roles: ['member', 'programme-manager', 'admin'],
    description: 'member (own organisation) | programme-manager | admin',
  },
} as const satisfies Record<string, Policy>;
