import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, signInAsProgrammeManager } from '../../../../test/accounts';
import { buildOpportunity, buildProvinceWithCity } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';

let t: TestApp;
let pm: AuthHeaders;
beforeAll(async () => {
  t = await createTestApp();
  pm = await signInAsProgrammeManager(t);
});
afterAll(() => t.close());

type Item = { id: string; regionId: string; title: Record<string, string>; themes: string[] };
const list = async (query: string) => {
  const res = await t.app.inject({ url: `/api/opportunities?${query}` });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Item[]; total: number };
};

describe('opportunities API', () => {
  it('finds Chinese text by a word inside a longer word: 废水 finds 工业废水', async () => {
    const wastewater = await buildOpportunity(t, { title: { original: 'zh', zh: '工业废水处理' } });
    const { items } = await list(`q=${encodeURIComponent('废水')}&pageSize=50`);
    expect(items.map((o) => o.id)).toContain(wastewater.id);
    const industrial = await list(`q=${encodeURIComponent('工业废水')}`);
    expect(industrial.items.map((o) => o.id)).toContain(wastewater.id);
    expect(industrial.total).toBeLessThanOrEqual(items.length);
  });

  it('stems Dutch and English and matches Dutch prefixes (waterstof → waterstoffen)', async () => {
    const hydrogen = await buildOpportunity(t, { title: { original: 'nl', nl: 'Opslag van waterstoffen' } });
    const sludge = await buildOpportunity(t, { title: { original: 'en', en: 'Sludge treatment for refineries' } });
    const nl = await list('q=waterstof');
    expect(nl.items.map((o) => o.id)).toContain(hydrogen.id);
    expect(nl.items.map((o) => o.id)).not.toContain(sludge.id);
    const en = await list('q=sludges');
    expect(en.items.map((o) => o.id)).toContain(sludge.id);
    expect(en.items.map((o) => o.id)).not.toContain(hydrogen.id);
    const none = await list('q=quantum%20teleportation');
    expect(none.total).toBe(0);
  });

  it('filters by region (including sub-regions), theme, language and status, and paginates', async () => {
    const { province, city } = await buildProvinceWithCity(t);
    const titles = ['Zonnepanelen', 'Afvalwater', 'Mest', 'Biogas', 'Kringloop'];
    const open = [];
    for (const nl of titles) open.push(await buildOpportunity(t, { region: city, title: { original: 'nl', nl }, themes: ['water'] }));
    const closed = await buildOpportunity(t, { region: city, title: { original: 'nl', nl: 'Windenergie' }, status: 'closed' });
    const inProvince = await list(`regionId=${province.id}&pageSize=50`);
    expect(inProvince.total).toBe(titles.length + 1);
    expect(new Set(inProvince.items.map((o) => o.regionId))).toEqual(new Set([city.id]));
    const water = await list(`regionId=${province.id}&theme=water`);
    expect(water.items.map((o) => o.id).sort()).toEqual(open.map((o) => o.id).sort());
    expect((await list(`regionId=${province.id}&language=zh`)).total).toBe(0);
    expect((await list(`regionId=${province.id}&language=nl`)).total).toBe(titles.length + 1);
    expect((await list(`regionId=${province.id}&status=closed`)).items.map((o) => o.id)).toEqual([closed.id]);
    const page2 = await list(`regionId=${province.id}&pageSize=3&page=2&sort=title&lang=nl`);
    const page1 = await list(`regionId=${province.id}&pageSize=3&page=1&sort=title&lang=nl`);
    expect(page2.items).toHaveLength(3);
    expect(page1.items.map((o) => o.id)).not.toContain(page2.items[0]!.id);
    const sorted = page1.items.map((o) => o.title.nl!);
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
  });

  it('rejects an unknown theme in the filter, naming the parameter', async () => {
    const res = await t.app.inject({ url: '/api/opportunities?theme=astrology' });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toMatch(/^theme/);
  });

  it('creates a Chinese opportunity that search then finds, updates and deletes it', async () => {
    const { province, city } = await buildProvinceWithCity(t);
    const created = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/opportunities',
      payload: {
        regionId: city.id,
        title: { original: 'zh', zh: '含油污泥处理' },
        description: { original: 'zh', zh: '石化企业产生的含油污泥需要减量化和资源化处理。' },
        themes: ['waste'],
        industries: ['petrochemicals'],
      },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const found = await list(`q=${encodeURIComponent('污泥')}&language=zh&regionId=${province.id}`);
    expect(found.items.map((o) => o.id)).toEqual([id]);
    expect((await list(`regionId=${province.id}&language=zh`)).total).toBe(1);

    const updated = await t.app.inject({
      headers: pm,
      method: 'PUT',
      url: `/api/opportunities/${id}`,
      payload: { ...withoutServerFields(created.json()), status: 'closed' },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().status).toBe('closed');
    expect((await t.app.inject({ headers: pm, method: 'DELETE', url: `/api/opportunities/${id}` })).statusCode).toBe(204);
    expect((await t.app.inject({ headers: pm, method: 'DELETE', url: `/api/opportunities/${id}` })).statusCode).toBe(404);
  });

  it('names each bad field, and writes nothing', async () => {
    const before = (await list('pageSize=1')).total;
    const res = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/opportunities',
      payload: { regionId: 'mars', title: { original: 'nl', en: 'only English' }, themes: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['themes', 'title.nl']);
    const unknownRegion = await t.app.inject({
      headers: pm,
      method: 'POST',
      url: '/api/opportunities',
      payload: { regionId: 'mars', title: { original: 'nl', nl: 'Iets' }, themes: ['water'] },
    });
    expect(unknownRegion.json().issues).toMatchObject([
      { path: 'regionId', message: 'region "mars" does not exist', code: 'unknown_reference', params: { value: 'mars' } },
    ]);
    expect((await list('pageSize=1')).total).toBe(before);
  });
});

function withoutServerFields(body: Record<string, unknown>) {
  const { id: _id, regionName: _r, createdAt: _c, updatedAt: _u, ...input } = body;
  return input;
}
