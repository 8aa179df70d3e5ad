import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, signInAsProgrammeManager } from '../../../../test/accounts';
import { buildOpportunity, buildProvinceWithCity, buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';

let t: TestApp;
let pm: AuthHeaders;
beforeAll(async () => {
  t = await createTestApp();
  pm = await signInAsProgrammeManager(t);
});
afterAll(() => t.close());

const newRegion = {
  id: 'jiangsu',
  side: 'partner',
  level: 'province',
  country: 'CN',
  name: { original: 'en', en: 'Jiangsu', zh: '江苏' },
  population: 85_000_000,
  areaKm2: 107_200,
};

describe('regions API', () => {
  it('lists the partner provinces with their opportunity counts', async () => {
    const { province, city } = await buildProvinceWithCity(t);
    const home = await buildRegion(t, { side: 'home', country: 'BE' });
    await opportunitiesIn(province, 2);
    await opportunitiesIn(city, 3);
    const res = await t.app.inject({ url: '/api/regions?side=partner&level=province&pageSize=200' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const ids = body.items.map((r: { id: string }) => r.id);
    expect(ids).toContain(province.id);
    expect(ids).not.toContain(city.id);
    expect(ids).not.toContain(home.id);
    // The province's count includes the opportunities of its city.
    expect(body.items.find((r: { id: string }) => r.id === province.id).opportunityCount).toBe(5);
  });

  it('sorts by population, descending', async () => {
    // More people than any real region, so these two lead whatever else the database holds.
    const largest = await buildRegion(t, { population: 2_000_000_000 });
    const second = await buildRegion(t, { population: 1_900_000_000 });
    await buildRegion(t, { population: 1_000 });
    const res = await t.app.inject({ url: '/api/regions?side=partner&sort=population&order=desc&pageSize=2' });
    expect(res.json().items.map((r: { id: string }) => r.id)).toEqual([largest.id, second.id]);
    expect(res.json().total).toBeGreaterThan(2);
  });

  it('shows a region with its sub-regions, twinnings and opportunities per theme', async () => {
    const { province, city } = await buildProvinceWithCity(t);
    const [home, otherPartner] = [await buildRegion(t, { side: 'home', country: 'BE' }), await buildRegion(t)];
    for (const partner of [province, otherPartner]) {
      const twinned = await t.app.inject({
        headers: pm,
        method: 'POST',
        url: '/api/twinnings',
        payload: { homeRegionId: home.id, partnerRegionId: partner.id },
      });
      expect(twinned.statusCode, twinned.body).toBe(201);
    }
    await buildOpportunity(t, { region: city, themes: ['hydrogen'] });
    const res = await t.app.inject({ url: `/api/regions/${province.id}` });
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail.children.map((c: { id: string }) => c.id)).toEqual([city.id]);
    expect(detail.twinnings.map((tw: { otherRegionId: string }) => tw.otherRegionId)).toEqual([home.id]);
    // The city's opportunities count for the province too.
    expect(detail.opportunitiesByTheme).toEqual([{ theme: 'hydrogen', count: 1 }]);
    const homeDetail = (await t.app.inject({ url: `/api/regions/${home.id}` })).json();
    expect(homeDetail.twinnings.map((tw: { otherRegionId: string }) => tw.otherRegionId).sort()).toEqual([province.id, otherPartner.id].sort());
  });

  it('answers 404 with a clear message for an unknown region', async () => {
    const res = await t.app.inject({ url: '/api/regions/atlantis' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found', message: 'Region "atlantis" does not exist' });
  });

  it('creates, updates and deletes a region', async () => {
    const created = await t.app.inject({ headers: pm, method: 'POST', url: '/api/regions', payload: newRegion });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id: 'jiangsu', population: 85_000_000, facts: [], parentId: null });

    const again = await t.app.inject({ headers: pm, method: 'POST', url: '/api/regions', payload: newRegion });
    expect(again.statusCode).toBe(409);

    const { id: _id, ...update } = { ...newRegion, areaKm2: 107_300 };
    const updated = await t.app.inject({ headers: pm, method: 'PUT', url: '/api/regions/jiangsu', payload: update });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().areaKm2).toBe(107_300);

    expect((await t.app.inject({ headers: pm, method: 'DELETE', url: '/api/regions/jiangsu' })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/regions/jiangsu' })).statusCode).toBe(404);
  });

  it('names every bad field in a 400', async () => {
    const res = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/regions',
      payload: { ...newRegion, id: 'Bad Id', country: 'China', population: -1, name: { original: 'nl', en: 'x' } },
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .issues.map((i: { path: string }) => i.path)
      .sort();
    expect(paths).toEqual(['country', 'id', 'name.nl', 'population']);
  });

  it('refuses a parent that does not exist, and a region that is its own ancestor', async () => {
    const orphan = await t.app.inject({ headers: pm, method: 'POST', url: '/api/regions', payload: { ...newRegion, parentId: 'nowhere' } });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().issues).toMatchObject([
      { path: 'parentId', message: 'region "nowhere" does not exist', code: 'unknown_reference', params: { value: 'nowhere' } },
    ]);
    const { province, city } = await buildProvinceWithCity(t);
    const { id: _id, ...detail } = (await t.app.inject({ url: `/api/regions/${province.id}` })).json();
    const cycle = await t.app.inject({
      headers: pm,
      method: 'PUT',
      url: `/api/regions/${province.id}`,
      payload: { ...pickInput(detail), parentId: city.id },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().issues[0].path).toBe('parentId');
  });

  it('refuses to delete a region that others still refer to, and changes nothing', async () => {
    const region = await buildRegion(t);
    await opportunitiesIn(region, 2);
    const res = await t.app.inject({ headers: pm, method: 'DELETE', url: `/api/regions/${region.id}` });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('2 opportunities');
    expect((await t.app.inject({ url: `/api/regions/${region.id}` })).statusCode).toBe(200);
  });
});

async function opportunitiesIn(region: { id: string }, howMany: number) {
  for (let i = 0; i < howMany; i++) await buildOpportunity(t, { region });
}

function pickInput(detail: Record<string, unknown>) {
  const { children: _c, twinnings: _t, opportunitiesByTheme: _o, createdAt: _a, updatedAt: _u, ...input } = detail;
  return input;
}
