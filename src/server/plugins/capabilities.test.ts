import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CastMember } from '../../../test/accounts';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { Capability } from '../../shared/api';
import { capabilityRoutes } from './capabilities';
import { buildCast } from '../../../test/factories';

describe('capabilities of the caller (GET /api/auth/session and /api/auth/me)', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof buildCast>>;
  beforeAll(async () => {
    t = await createTestApp();
    cast = await buildCast(t);
  });
  afterAll(() => t.close());

  const capabilitiesOf = async (who: CastMember): Promise<Capability[]> =>
    (await t.app.inject({ url: '/api/auth/session', headers: cast.headers[who] })).json().capabilities;

  it('gives a visitor none', async () => {
    expect(await capabilitiesOf('visitor')).toEqual([]);
  });

  it('gives a member only what members may call: their profile and event registrations, not regions or matches', async () => {
    const member = await capabilitiesOf('member-a');
    expect(member).toEqual(expect.arrayContaining(['organisations:edit', 'profiles:edit', 'events:register']));
    for (const refused of ['regions:write', 'opportunities:write', 'matches:manage', 'projects:manage', 'users:admin'] as const) {
      expect(member).not.toContain(refused);
    }
  });

  it('lets a partner official write opportunities but not regions', async () => {
    const official = await capabilitiesOf('official-x');
    expect(official).toContain('opportunities:write');
    expect(official).not.toContain('regions:write');
    expect(official).not.toContain('organisations:create');
  });

  it('gives an admin every capability, and a programme manager all but the admin ones', async () => {
    expect(await capabilitiesOf('admin')).toEqual(Object.keys(capabilityRoutes));
    const manager = await capabilitiesOf('programme-manager');
    expect(manager).toEqual(expect.arrayContaining(['regions:write', 'matches:manage', 'projects:manage', 'events:organise']));
    expect(manager).not.toContain('users:admin');
  });

  it('agrees with the API: every capability withheld from a caller is a route that refuses them', async () => {
    const official = await capabilitiesOf('official-x');
    const [method, url] = capabilityRoutes['regions:write'].split(' ') as [string, string];
    expect(official).not.toContain('regions:write');
    const res = await t.app.inject({ method: method as 'POST', url, headers: cast.headers['official-x'], payload: {} });
    expect(res.statusCode).toBe(403);
  });

  it('answers the same list from /api/auth/me', async () => {
    const me = (await t.app.inject({ url: '/api/auth/me', headers: cast.headers['member-a'] })).json();
    expect(me.capabilities).toEqual(await capabilitiesOf('member-a'));
  });
});
