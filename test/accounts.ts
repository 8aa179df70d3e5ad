import { systemActor } from '../src/server/actor';
import { defaultAuthSettings } from '../src/server/config';
import { type AccountsContext, createUser, offlineAccountsContext } from '../src/server/features/accounts/accounts.service';
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

/** A signed-in programme manager, for tests of other features. */
export async function signInAsProgrammeManager(t: TestApp, email = 'manager@example.org'): Promise<AuthHeaders> {
  await createAccount(t, { email, role: 'programme-manager' });
  return signIn(t, email);
}
