import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, signInAsProgrammeManager } from '../../../../test/accounts';
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
  it('lists the partner regions of the demo programme with their opportunity counts', async () => {
    const res = await t.app.inject({ url: '/api/regions?side=partner&level=province&pageSize=50' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const ids = body.items.map((r: { id: string }) => r.id).sort();
    expect(ids).toEqual(['guangdong', 'hebei', 'shaanxi', 'sichuan']);
    expect(body.items.find((r: { id: string }) => r.id === 'hebei').opportunityCount).toBe(7);
    // Sichuan's count includes the opportunities of its city Chengdu.
    expect(body.items.find((r: { id: string }) => r.id === 'sichuan').opportunityCount).toBe(5);
  });

  it('sorts by population, descending', async () => {
    const res = await t.app.inject({ url: '/api/regions?side=partner&sort=population&order=desc&pageSize=2' });
    expect(res.json().items.map((r: { id: string }) => r.id)).toEqual(['guangdong', 'hebei']);
    expect(res.json().total).toBeGreaterThan(2);
  });

  it('shows a region with its sub-regions, twinnings and opportunities per theme', async () => {
    const res = await t.app.inject({ url: '/api/regions/sichuan' });
    expect(res.statusCode).toBe(200);
    const sichuan = res.json();
    expect(sichuan.children.map((c: { id: string }) => c.id)).toEqual(['chengdu']);
    expect(sichuan.twinnings.map((tw: { otherRegionId: string }) => tw.otherRegionId)).toEqual(['vlaams-brabant']);
    // Chengdu's opportunities count for Sichuan too.
    expect(sichuan.opportunitiesByTheme.length).toBeGreaterThan(0);
    const antwerpen = (await t.app.inject({ url: '/api/regions/antwerpen' })).json();
    expect(antwerpen.twinnings.map((tw: { otherRegionId: string }) => tw.otherRegionId).sort()).toEqual(['chongqing', 'shaanxi']);
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
    const { id: _id, ...sichuan } = (await t.app.inject({ url: '/api/regions/sichuan' })).json();
    const cycle = await t.app.inject({
      headers: pm,
      method: 'PUT',
      url: '/api/regions/sichuan',
      payload: { ...pickInput(sichuan), parentId: 'chengdu' },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().issues[0].path).toBe('parentId');
  });

  it('refuses to delete a region that others still refer to, and changes nothing', async () => {
    const res = await t.app.inject({ headers: pm, method: 'DELETE', url: '/api/regions/chongqing' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('5 opportunities');
    expect((await t.app.inject({ url: '/api/regions/chongqing' })).statusCode).toBe(200);
  });
});

function pickInput(detail: Record<string, unknown>) {
  const { children: _c, twinnings: _t, opportunitiesByTheme: _o, createdAt: _a, updatedAt: _u, ...input } = detail;
  return input;
}
