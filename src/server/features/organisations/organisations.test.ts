import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, type CastMember, createCast } from '../../../../test/accounts';
import { createTestApp, type TestApp } from '../../../../test/test-app';

let t: TestApp;
let h: Record<CastMember, AuthHeaders>;
beforeAll(async () => {
  t = await createTestApp();
  ({ headers: h } = await createCast(t));
});
afterAll(() => t.close());

const get = (url: string, who: CastMember) => t.app.inject({ url, headers: h[who] });
const profile = {
  name: 'Org A',
  type: 'company',
  country: 'BE',
  homeRegionId: 'antwerpen',
  website: 'https://org-a.example',
  description: { original: 'nl', nl: 'Waterzuivering', en: 'Water treatment' },
  visibility: 'public',
};

describe('organisations API', () => {
  it('leaves confidential notes out for visitors, members and officials; shows them to programme managers', async () => {
    for (const who of ['visitor', 'member-a', 'member-b', 'official-x'] as const) {
      const one = await get('/api/organisations/org-a', who);
      expect(one.statusCode).toBe(200);
      expect(one.json(), who).not.toHaveProperty('notes');
      for (const o of (await get('/api/organisations', who)).json().items) expect(o, who).not.toHaveProperty('notes');
    }
    for (const who of ['programme-manager', 'admin'] as const) {
      expect((await get('/api/organisations/org-a', who)).json().notes).toBe('A: confidential');
      const items = (await get('/api/organisations', who)).json().items;
      expect(items.find((o: { id: string }) => o.id === 'org-b').notes).toBe('B: confidential');
    }
  });

  it('hides members-only organisations from visitors: absent from lists, 404 on direct read', async () => {
    const ids = (who: CastMember) => get('/api/organisations', who).then((r) => r.json().items.map((o: { id: string }) => o.id));
    expect(await ids('visitor')).toEqual(['org-a']);
    expect((await ids('member-a')).sort()).toEqual(['org-a', 'org-b']);
    const hidden = await get('/api/organisations/org-b', 'visitor');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().message).toBe('Organisation "org-b" does not exist');
  });

  it('lets a member edit their own organisation, keeping the notes they cannot see, and not another', async () => {
    const own = await t.app.inject({
      method: 'PUT',
      url: '/api/organisations/org-a',
      headers: h['member-a'],
      payload: { ...profile, notes: 'overwritten by a member' },
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ website: 'https://org-a.example', homeRegionId: 'antwerpen' });
    expect(own.json()).not.toHaveProperty('notes');
    expect((await get('/api/organisations/org-a', 'programme-manager')).json().notes).toBe('A: confidential');

    const other = await t.app.inject({ method: 'PUT', url: '/api/organisations/org-a', headers: h['member-b'], payload: profile });
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toBe(`You may only edit your own organisation's profile, not "Org A"`);
  });

  it('lets programme managers create, edit notes of and delete organisations', async () => {
    const pm = h['programme-manager'];
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: pm,
      payload: { name: 'Vlaamse Waterbedrijven', type: 'agency', country: 'BE', notes: 'budget 1.2 M€' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id: 'vlaamse-waterbedrijven', notes: 'budget 1.2 M€', visibility: 'public' });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: pm,
      payload: { name: 'X', type: 'cult', country: 'Belgium', website: 'javascript:alert(1)' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['country', 'type', 'website']);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/organisations/vlaamse-waterbedrijven', headers: pm })).statusCode).toBe(204);
    const inUse = await t.app.inject({ method: 'DELETE', url: '/api/organisations/org-a', headers: pm });
    expect(inUse.statusCode).toBe(409);
  });
});

describe('opportunities by visibility', () => {
  it('hides members-only opportunities from visitors', async () => {
    const pm = h['programme-manager'];
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/opportunities',
      headers: pm,
      payload: { regionId: 'hebei', title: { original: 'en', en: 'Members-only need' }, themes: ['water'], visibility: 'members' },
    });
    const id = created.json().id;
    const titles = async (who: CastMember) =>
      (await get('/api/opportunities?pageSize=200', who)).json().items.map((o: { id: string }) => o.id);
    expect(await titles('visitor')).not.toContain(id);
    expect(await titles('member-b')).toContain(id);
    expect((await get(`/api/opportunities/${id}`, 'visitor')).statusCode).toBe(404);
    expect((await get(`/api/opportunities/${id}`, 'official-y')).statusCode).toBe(200);
    // Nor do the counts of region pages give it away.
    const hebeiCount = async (who: CastMember) =>
      (await get('/api/regions?side=partner&level=province', who)).json().items.find((r: { id: string }) => r.id === 'hebei').opportunityCount;
    expect(await hebeiCount('member-a')).toBe((await hebeiCount('visitor')) + 1);
    const water = async (who: CastMember) =>
      (await get('/api/regions/hebei', who)).json().opportunitiesByTheme.find((x: { theme: string }) => x.theme === 'water')?.count ?? 0;
    expect(await water('member-a')).toBe((await water('visitor')) + 1);
  });

  it('lets a partner official edit opportunities of their region and its cities only', async () => {
    const x = h['official-x'];
    const make = (regionId: string) =>
      t.app.inject({ method: 'POST', url: '/api/opportunities', headers: x, payload: { regionId, title: { original: 'zh', zh: '需求' }, themes: ['energy'] } });
    expect((await make('hebei')).statusCode).toBe(201);
    const other = await make('sichuan');
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toContain('your own region');
    const city = (await get('/api/regions?parentId=hebei', 'visitor')).json().items[0]?.id;
    if (city) expect((await make(city)).statusCode).toBe(201);
  });
});
