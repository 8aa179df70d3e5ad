import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows';
import type { AuthHeaders, CastMember } from '../../../../test/accounts';
import { buildCast, buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';

let t: TestApp;
let h: Record<CastMember, AuthHeaders>;
/** Organisations A (public) and B (members-only), provinces X and Y of the officials, the home region of A. */
let A: string, B: string, X: string, Y: string, home: string;
beforeAll(async () => {
  t = await createTestApp();
  const cast = await buildCast(t);
  h = cast.headers;
  [A, B, X, Y] = [cast.organisations.a.id, cast.organisations.b.id, cast.regions.x.id, cast.regions.y.id];
  home = (await buildRegion(t, { side: 'home', country: 'BE' })).id;
});
afterAll(() => t.close());

const get = (url: string, who: CastMember) => t.app.inject({ url, headers: h[who] });
const profile = () => ({
  name: 'Org A',
  type: 'company',
  country: 'BE',
  homeRegionId: home,
  website: 'https://org-a.example',
  description: { original: 'nl', nl: 'Waterzuivering', en: 'Water treatment' },
  visibility: 'public',
});

describe('organisations API', () => {
  it('leaves confidential notes out for visitors, members and officials; shows them to programme managers', async () => {
    for (const who of ['visitor', 'member-a', 'member-b', 'official-x'] as const) {
      const one = await get(`/api/organisations/${A}`, who);
      expect(one.statusCode).toBe(200);
      expect(one.json(), who).not.toHaveProperty('notes');
      for (const o of (await get('/api/organisations', who)).json().items) expect(o, who).not.toHaveProperty('notes');
    }
    for (const who of ['programme-manager', 'admin'] as const) {
      expect((await get(`/api/organisations/${A}`, who)).json().notes).toBe('A: confidential');
      const items = (await get('/api/organisations', who)).json().items;
      expect(items.find((o: { id: string }) => o.id === B).notes).toBe('B: confidential');
    }
  });

  it('hides members-only organisations from visitors: absent from lists, 404 on direct read', async () => {
    const ids = (who: CastMember) => get('/api/organisations', who).then((r) => r.json().items.map((o: { id: string }) => o.id));
    expect(await ids('visitor')).toEqual([A]);
    expect((await ids('member-a')).sort()).toEqual([A, B].sort());
    const hidden = await get(`/api/organisations/${B}`, 'visitor');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().message).toBe(`Organisation "${B}" does not exist`);
  });

  it('lets a member edit their own organisation, keeping the notes they cannot see, and not another', async () => {
    const own = await t.app.inject({
      method: 'PUT',
      url: `/api/organisations/${A}`,
      headers: h['member-a'],
      payload: { ...profile(), notes: 'overwritten by a member' },
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ website: 'https://org-a.example', homeRegionId: home });
    expect(own.json()).not.toHaveProperty('notes');
    expect((await get(`/api/organisations/${A}`, 'programme-manager')).json().notes).toBe('A: confidential');

    const other = await t.app.inject({ method: 'PUT', url: `/api/organisations/${A}`, headers: h['member-b'], payload: profile() });
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
    expect(
      bad
        .json()
        .issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['country', 'type', 'website']);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/organisations/vlaamse-waterbedrijven', headers: pm })).statusCode).toBe(204);
    const inUse = await t.app.inject({ method: 'DELETE', url: `/api/organisations/${A}`, headers: pm });
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
      payload: { regionId: X, title: { original: 'en', en: 'Members-only need' }, themes: ['water'], visibility: 'members' },
    });
    const id = created.json().id;
    const titles = async (who: CastMember) => (await get('/api/opportunities?pageSize=200', who)).json().items.map((o: { id: string }) => o.id);
    expect(await titles('visitor')).not.toContain(id);
    expect(await titles('member-b')).toContain(id);
    expect((await get(`/api/opportunities/${id}`, 'visitor')).statusCode).toBe(404);
    expect((await get(`/api/opportunities/${id}`, 'official-y')).statusCode).toBe(200);
    // Nor do the counts of region pages give it away.
    const countInX = async (who: CastMember) =>
      (await get('/api/regions?side=partner&level=province', who)).json().items.find((r: { id: string }) => r.id === X).opportunityCount;
    expect(await countInX('member-a')).toBe((await countInX('visitor')) + 1);
    const water = async (who: CastMember) =>
      (await get(`/api/regions/${X}`, who)).json().opportunitiesByTheme.find((x: { theme: string }) => x.theme === 'water')?.count ?? 0;
    expect(await water('member-a')).toBe((await water('visitor')) + 1);
  });

  it('lets a partner official edit opportunities of their region and its cities only', async () => {
    const x = h['official-x'];
    const make = (regionId: string) =>
      t.app.inject({ method: 'POST', url: '/api/opportunities', headers: x, payload: { regionId, title: { original: 'zh', zh: '需求' }, themes: ['energy'] } });
    expect((await make(X)).statusCode).toBe(201);
    const other = await make(Y);
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toContain('your own region');
    const city = await buildRegion(t, { level: 'city', parentId: X });
    expect((await make(city.id)).statusCode).toBe(201);
  });
});

describe('the organisation directory', () => {
  const pm = () => h['programme-manager'];
  const create = (payload: object) => t.app.inject({ method: 'POST', url: '/api/organisations', headers: pm(), payload });
  const list = async (query: string, who: CastMember = 'programme-manager') => {
    const res = await get(`/api/organisations?${query}`, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: string; name: string; regionName: { nl?: string } | null }[]; total: number; page: number; pageSize: number };
  };
  let gent: string, chongqing: string;
  beforeAll(async () => {
    gent = (await buildRegion(t, { side: 'home', country: 'BE', name: { original: 'nl', nl: 'Oost-Vlaanderen', en: 'East Flanders' } })).id;
    chongqing = (await buildRegion(t, { level: 'city-province', name: { original: 'zh', zh: '重庆', en: 'Chongqing' } })).id;
    await create({
      id: 'dir-zuivering',
      name: 'Zuiveringstechniek Gent',
      type: 'company',
      country: 'BE',
      homeRegionId: gent,
      description: { original: 'nl', nl: 'Wij zuiveren industrieel afvalwater met membranen.' },
    });
    await create({
      id: 'dir-hydrogen',
      name: 'Hydrogen Labs',
      type: 'knowledge-institute',
      country: 'NL',
      description: { original: 'en', en: 'Electrolysers and fuel cells for ports.' },
    });
    await create({
      id: 'dir-chongqing',
      name: '重庆环保科技',
      type: 'company',
      country: 'CN',
      homeRegionId: chongqing,
      description: { original: 'zh', zh: '工业固体废物处理和资源化利用。' },
    });
    for (let i = 0; i < 55; i++)
      await create({ id: `dir-bulk-${String(i).padStart(2, '0')}`, name: `Bulk ${String(i).padStart(2, '0')}`, type: 'ngo', country: 'DE' });
    const profile = await t.app.inject({
      method: 'PUT',
      url: '/api/organisations/dir-hydrogen/profile',
      headers: pm(),
      payload: { capabilities: ['wastewater'], languages: ['zh', 'en'], sectors: ['ports'] },
    });
    expect(profile.statusCode, profile.body).toBe(200);
  });

  it('pages by 50 by default with the total, and sorts by name, type, country or update', async () => {
    const first = await list('type=ngo');
    expect(first).toMatchObject({ total: 55, page: 1, pageSize: 50 });
    expect(first.items).toHaveLength(50);
    expect((await list('type=ngo&page=2')).items.map((o) => o.id)).toEqual(['dir-bulk-50', 'dir-bulk-51', 'dir-bulk-52', 'dir-bulk-53', 'dir-bulk-54']);
    expect((await list('type=ngo&order=desc&pageSize=2')).items.map((o) => o.id)).toEqual(['dir-bulk-54', 'dir-bulk-53']);
    const byCountry = (await list('country=NL,CN,BE&sort=country')).items.map((o) => o.id);
    expect(byCountry.indexOf('dir-zuivering')).toBeLessThan(byCountry.indexOf('dir-chongqing'));
    expect(byCountry.indexOf('dir-chongqing')).toBeLessThan(byCountry.indexOf('dir-hydrogen'));
    const typed = (await list('country=NL,BE&sort=type&order=desc')).items.map((o) => o.id);
    expect(typed.indexOf('dir-hydrogen')).toBeLessThan(typed.indexOf('dir-zuivering'));
    await t.app.inject({ method: 'PUT', url: '/api/organisations/dir-bulk-03', headers: pm(), payload: { name: 'Bulk 03', type: 'ngo', country: 'DE' } });
    expect((await list('type=ngo&sort=updated&order=desc&pageSize=1')).items[0]!.id).toBe('dir-bulk-03');
  });

  it('finds a Dutch wastewater company by a Chinese or English word, and by a confirmed capability', async () => {
    for (const q of ['废水', 'wastewater', 'afvalwater']) {
      const ids = (await list(`q=${encodeURIComponent(q)}`, 'visitor')).items.map((o) => o.id);
      expect(ids, q).toContain('dir-zuivering');
      expect(ids, q).not.toContain('dir-chongqing');
    }
    // Hydrogen Labs says nothing of wastewater, but a programme manager confirmed the capability.
    expect((await list(`q=${encodeURIComponent('污水')}`)).items.map((o) => o.id)).toContain('dir-hydrogen');
    expect((await list(`q=${encodeURIComponent('固体废物')}`)).items.map((o) => o.id)).toEqual(['dir-chongqing']);
    expect((await list('q=Zuiveringstechniek')).items.map((o) => o.id)).toEqual(['dir-zuivering']);
  });

  it('filters by type, country, region, theme and language, with the region named and facet counts', async () => {
    const inGent = (await list(`regionId=${gent}`)).items;
    expect(inGent.map((o) => o.id)).toEqual(['dir-zuivering']);
    expect(inGent[0]!.regionName?.nl).toBeTruthy();
    expect((await list('theme=water')).items.map((o) => o.id)).toEqual(['dir-hydrogen']);
    expect((await list('language=zh')).items.map((o) => o.id)).toEqual(['dir-hydrogen']);
    expect((await list('theme=energy')).total).toBe(0);

    const facets = (await get('/api/organisations/facets?type=company', 'programme-manager')).json();
    // A facet's own selection does not narrow its own counts; the other facets' counts follow it.
    expect(facets.type.find((f: { value: string }) => f.value === 'ngo').count).toBe(55);
    expect(facets.country.find((f: { value: string }) => f.value === 'DE')).toBeUndefined();
    expect(facets.country.find((f: { value: string }) => f.value === 'CN').count).toBeGreaterThanOrEqual(1);
    expect(facets.regionId.find((f: { value: string }) => f.value === chongqing).name.zh).toBeTruthy();
    const all = (await get('/api/organisations/facets', 'programme-manager')).json();
    expect(all.theme).toEqual([{ value: 'water', count: 1, name: expect.objectContaining({ zh: expect.any(String), nl: expect.any(String) }) }]);
    expect(all.language.map((f: { value: string }) => f.value).sort()).toEqual(['en', 'zh']);
  });

  it('exports the current filter as CSV with a BOM and formula-safe cells, or XLSX; programme managers only', async () => {
    await create({ id: 'dir-formula', name: '=HYPERLINK("http://x")', type: 'government', country: 'FR' });
    const csv = await get('/api/organisations/export?format=csv&country=FR,BE', 'programme-manager');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.body.trim().split(/\r\n/);
    expect(lines[0]).toContain('id,name,type,country');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(expect.arrayContaining(['dir-formula', 'dir-zuivering']));
    expect(lines.some((l) => l.startsWith('dir-hydrogen'))).toBe(false);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"")"`);
    const searched = await get(`/api/organisations/export?format=csv&q=${encodeURIComponent('废水')}`, 'programme-manager');
    expect(searched.body).toContain('dir-zuivering');
    expect(searched.body).not.toContain('dir-chongqing');
    const xlsx = await get('/api/organisations/export?format=xlsx&type=ngo', 'programme-manager');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get('/api/organisations/export?format=csv', 'member-a')).statusCode).toBe(403);
    expect((await get('/api/organisations/export?format=csv', 'visitor')).statusCode).toBe(401);
  });

  it("lets a member edit their own organisation's full profile (not its confirmed capabilities) and refuses another's; the edit queues matching", async () => {
    const full = {
      sectors: ['water'],
      capabilities: ['wastewater'],
      languages: ['nl', 'en'],
      size: 'small',
      references: [{ title: 'Pilot Gent', year: 2024 }],
      people: [{ name: 'An Peeters', email: 'an@org-a.example' }],
    };
    const own = await t.app.inject({ method: 'PUT', url: `/api/organisations/${A}/profile`, headers: h['member-a'], payload: full });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ sectors: ['water'], capabilities: [], languages: ['nl', 'en'], size: 'small', references: [{ title: 'Pilot Gent' }] });
    const other = await t.app.inject({ method: 'PUT', url: `/api/organisations/${A}/profile`, headers: h['member-b'], payload: full });
    expect(other.statusCode).toBe(403);
    const description = { ...profile(), description: { original: 'nl', nl: 'Afvalwater', en: 'Wastewater', zh: '废水处理' } };
    expect((await t.app.inject({ method: 'PUT', url: `/api/organisations/${A}`, headers: h['member-a'], payload: description })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'PUT', url: `/api/organisations/${A}`, headers: h['member-b'], payload: description })).statusCode).toBe(403);
    const jobs = rowsOf(
      await t.database.db.execute(sql`select kind, target from jobs where state = 'pending' and kind = 'match-organisation' and target = ${A}`),
    );
    expect(jobs).toHaveLength(1);
    expect((await list(`q=${encodeURIComponent('废水处理')}`, 'member-a')).items.map((o) => o.id)).toContain(A);
  });
});
