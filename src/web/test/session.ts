import type { Capability, Role, SessionInfo } from '../../shared/api/index';

/** `GET /api/auth/session` for someone signed in with these capabilities (what `useCan` reads). */
export function signedIn(role: Role, capabilities: readonly Capability[]): SessionInfo {
  return {
    user: {
      id: 'u-test',
      email: 'tester@example.org',
      displayName: 'Tess Tester',
      role,
      organisationId: null,
      regionId: null,
      language: 'en',
      disabled: false,
      active: true,
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
    },
    csrfToken: 'csrf-test',
    capabilities: [...capabilities],
  };
}

/** The same for a visitor: 200 with no user and no capabilities. */
export const visitor: SessionInfo = { user: null, csrfToken: null, capabilities: [] };
