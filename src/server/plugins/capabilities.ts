import type { FastifyInstance } from 'fastify';
import type { Capability, User } from '../../shared/api/accounts';
import { type Authenticated, permits } from './access';

/**
 * Each capability is the right to call one route: the web asks "may I?" and the answer comes
 * from that route's own `config.access`, so the interface and the API cannot disagree. Rules per
 * record ("own organisation", "own region") stay with the services and the records' `permissions`.
 */
export const capabilityRoutes: Record<Capability, string> = {
  'regions:write': 'POST /api/regions',
  'twinnings:write': 'POST /api/twinnings',
  'opportunities:write': 'POST /api/opportunities',
  'organisations:create': 'POST /api/organisations',
  'organisations:edit': 'PUT /api/organisations/:id',
  'organisations:delete': 'DELETE /api/organisations/:id',
  'profiles:edit': 'PUT /api/organisations/:id/profile',
  'matches:read': 'GET /api/matches',
  'matches:manage': 'PUT /api/matches/:id',
  'matching:recompute': 'POST /api/matching/recompute',
  'imports:run': 'POST /api/imports',
  'projects:manage': 'POST /api/projects',
  'events:organise': 'POST /api/events',
  'events:register': 'POST /api/events/:id/registrations',
  'users:admin': 'POST /api/users',
  'audit:read': 'GET /api/audit',
  'history:read': 'GET /api/audit/:entityType/:entityId',
  'thesaurus:edit': 'PUT /api/thesaurus/concepts/:id',
  'follow-ups:read': 'GET /api/follow-up/tasks',
};

/** The capabilities of a caller (none for a visitor), in the order of the contract. */
export function capabilitiesOf(app: FastifyInstance, auth: Authenticated | null): Capability[] {
  return (Object.entries(capabilityRoutes) as [Capability, string][])
    .filter(([, route]) => {
      const policy = app.routePolicies.get(route);
      if (!policy) throw new Error(`Capability route ${route} is not registered`);
      return permits(policy, route.split(' ')[0]!, auth);
    })
    .map(([capability]) => capability);
}

/** The browser session just opened for `user` (sign-in, accepted invitation). */
export function sessionOf(user: User, csrfToken: string | null): Authenticated {
  const { id, email, role, organisationId, regionId } = user;
  return { actor: { kind: 'user', id, email, role, organisationId, regionId, via: 'session' }, session: { id: '', csrfToken: csrfToken ?? '' } };
}
