import { systemActor } from '../src/server/actor';
import { defaultAuthSettings } from '../src/server/config';
import { type AccountsContext, createUser, offlineAccountsContext } from '../src/server/features/accounts/accounts.service';
import { createOrganisation } from '../src/server/features/organisations/organisations.service';
import type { Role } from '../src/shared/api';
import { TEST_MAIL_LINK_KEY, type TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery';

/** Request headers of a signed-in browser: the session cookie and the CSRF token. */
export type AuthHeaders = Record<string, string>;

export function accountsContext(t: TestApp): AccountsContext {
  return offlineAccountsContext(t.database.db, defaultAuthSettings, 'http://localhost:3000', TEST_MAIL_LINK_KEY);
}

/** Creates an account that can sign in at once (as `ctb users create --password-stdin` does). */
export async function createAccount(
  t: TestApp,
  input: { email: string; role: Role; organisationId?: string | null; regionId?: string | null; displayName?: string },
  password = TEST_PASSWORD,
) {
  const { user } = await createUser(
    accountsContext(t),
    systemActor('test'),
    {
      email: input.email,
      displayName: input.displayName ?? input.email.split('@')[0]!,
      role: input.role,
      organisationId: input.organisationId ?? null,
      regionId: input.regionId ?? null,
      language: 'en',
    },
    { password },
  );
  return user;
}

/** Signs in through the API; returns the headers to send with later requests. */
export async function signIn(t: TestApp, email: string, password = TEST_PASSWORD): Promise<AuthHeaders> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'ctb_session');
  return { cookie: `ctb_session=${cookie!.value}`, 'x-csrf-token': res.json().csrfToken };
}

export const cast = ['visitor', 'member-a', 'member-b', 'official-x', 'official-y', 'programme-manager', 'admin'] as const;
export type CastMember = (typeof cast)[number];

/**
 * The people of the authorisation tests: a visitor, members of organisations A (public) and B
 * (members-only), partner officials of Hebei (X) and of Sichuan (Y), a programme manager and an
 * admin; each with the headers of a signed-in browser (the visitor's are empty).
 */
export async function createCast(t: TestApp) {
  const manager = systemActor('test');
  const base = { type: 'company' as const, country: 'BE', homeRegionId: null, website: null, description: null };
  await createOrganisation(t.database.db, manager, { ...base, id: 'org-a', name: 'Org A', visibility: 'public', notes: 'A: confidential' });
  await createOrganisation(t.database.db, manager, { ...base, id: 'org-b', name: 'Org B', visibility: 'members', notes: 'B: confidential' });
  const people: Record<Exclude<CastMember, 'visitor'>, Parameters<typeof createAccount>[1]> = {
    'member-a': { email: 'member-a@example.org', role: 'member', organisationId: 'org-a' },
    'member-b': { email: 'member-b@example.org', role: 'member', organisationId: 'org-b' },
    'official-x': { email: 'official-x@example.cn', role: 'partner-official', regionId: 'hebei' },
    'official-y': { email: 'official-y@example.cn', role: 'partner-official', regionId: 'sichuan' },
    'programme-manager': { email: 'pm@example.org', role: 'programme-manager' },
    admin: { email: 'admin@example.org', role: 'admin' },
  };
  const headers = { visitor: {} } as Record<CastMember, AuthHeaders>;
  const ids = {} as Record<CastMember, string>;
  for (const [who, input] of Object.entries(people) as [Exclude<CastMember, 'visitor'>, (typeof people)['admin']][]) {
    ids[who] = (await createAccount(t, input)).id;
    headers[who] = await signIn(t, input.email);
  }
  return { headers, ids, emails: Object.fromEntries(Object.entries(people).map(([k, v]) => [k, v.email])) as Record<string, string> };
}

/** A signed-in programme manager, for tests of other features. */
export async function signInAsProgrammeManager(t: TestApp, email = 'manager@example.org'): Promise<AuthHeaders> {
  await createAccount(t, { email, role: 'programme-manager' });
  return signIn(t, email);
}
