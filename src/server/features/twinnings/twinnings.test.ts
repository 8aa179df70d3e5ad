import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, signInAsProgrammeManager } from '../../../../test/accounts';
import { buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';

let t: TestApp;
let pm: AuthHeaders;
beforeAll(async () => {
  t = await createTestApp();
  pm = await signInAsProgrammeManager(t);
});
afterAll(() => t.close());

describe('twinnings API', () => {
  it('creates, updates and deletes a twinning', async () => {
    const home = await buildRegion(t, { side: 'home', country: 'BE' });
    const partner = await buildRegion(t);
    const pair = { homeRegionId: home.id, partnerRegionId: partner.id };
    const created = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/twinnings',
      payload: { ...pair, since: 2019 },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect(id).toBe(`${home.id}--${partner.id}`);
    const dup = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/twinnings',
      payload: pair,
    });
    expect(dup.statusCode).toBe(409);
    const updated = await t.app.inject({
      headers: pm,
      method: 'PUT',
      url: `/api/twinnings/${id}`,
      payload: { ...pair, since: 2020 },
    });
    expect(updated.json().since).toBe(2020);
    expect((await t.app.inject({ headers: pm, method: 'DELETE', url: `/api/twinnings/${id}` })).statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/twinnings/${id}` })).statusCode).toBe(404);
  });

  it('refuses to twin two regions of the same side, naming the field', async () => {
    const partner = await buildRegion(t, { side: 'partner' });
    const res = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/twinnings',
      payload: { homeRegionId: partner.id, partnerRegionId: 'nowhere' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toMatchObject([
      { path: 'homeRegionId', message: `region "${partner.id}" is not a home region` },
      { path: 'partnerRegionId', message: 'region "nowhere" does not exist' },
    ]);
  });
});
