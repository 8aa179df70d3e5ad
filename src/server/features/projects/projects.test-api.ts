// The test app of the projects API tests: a fresh database with a programme manager, a member and
// an admin built by the factories (nothing of the demo's cast).
import { afterAll, beforeAll } from 'vitest';
import type { AuthHeaders } from '../../../../test/accounts';
import { buildUser } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';

export const en = (text: string) => ({ original: 'en' as const, en: text });

/**
 * A test app for the file (made before its tests, closed after them) with a signed-in programme
 * manager, member and admin. Read `cast.t`, `cast.pm`… inside tests: they are set once the file starts.
 */
export function useProjectsApp() {
  const cast = {} as { t: TestApp; pm: AuthHeaders; pmEmail: string; member: AuthHeaders; admin: AuthHeaders };
  beforeAll(async () => {
    cast.t = await createTestApp();
    const pm = await buildUser(cast.t, { role: 'programme-manager' });
    cast.pm = pm.headers;
    cast.pmEmail = pm.email;
    cast.member = (await buildUser(cast.t, { role: 'member' })).headers;
    cast.admin = (await buildUser(cast.t, { role: 'admin' })).headers;
  }, 60_000);
  afterAll(() => cast.t.close());
  return cast;
}

/** An activity of the second phase of `projectInput('p-test')` (give another `phaseId` for another project). */
export const pilotActivity = (id: string, status: 'planned' | 'in-progress') => ({
  id,
  phaseId: 'p-test-ph2',
  type: 'workshop',
  title: en('First pilot workshop'),
  date: { precision: 'quarter', year: 2031, quarter: 2 },
  recurring: false,
  tentative: false,
  status,
  organisationIds: [],
  personIds: [],
  deliverables: [],
});
