import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuthHeaders, CastMember } from '../../../../test/accounts';
import { buildCast } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { rowsOf } from '../../db/rows';

// The directory lists, filters and counts from organisation_directory, which database triggers
// derive from organisations and organisation_profiles (migration 0020). Every kind of write —
// the API's, a profile's, a delete, raw SQL as a restore or a script would do it — must leave it
// equal to what it is derived from; `drift` names the organisations where it is not.

let t: TestApp;
let h: Record<CastMember, AuthHeaders>;
beforeAll(async () => {
  t = await createTestApp();
  h = (await buildCast(t)).headers;
});
afterAll(() => t.close());

const pm = () => h['programme-manager'];
const send = async (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => {
  const res = await t.app.inject({ method, url, headers: pm(), ...(payload ? { payload } : {}) });
  expect(res.statusCode, res.body).toBeLessThan(300);
};
const list = async (query: string, who: CastMember = 'programme-manager') => {
  const res = await t.app.inject({ url: `/api/organisations?${query}`, headers: h[who] });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { items: { id: string }[]; total: number };
  return { ids: body.items.map((o) => o.id), total: body.total };
};

/** Organisations whose listing row is missing, left over or differs from the organisation and its profile. */
async function drift(): Promise<string[]> {
  const keys = (array: string) => sql.raw(`(select array_agg(k order by k) from unnest(${array}) k)`);
  const rows = rowsOf<{ id: string }>(
    await t.database.db.execute(sql`
      select coalesce(o.id, d.id) as id
      from organisations o
      left join organisation_profiles p on p.organisation_id = o.id
      full join organisation_directory d on d.id = o.id
      where o.id is null or d.id is null
        or d.name_key is distinct from lower(o.name) or d.type is distinct from o.type or d.country is distinct from o.country
        or d.home_region_id is distinct from o.home_region_id or d.visibility is distinct from o.visibility or d.updated_at is distinct from o.updated_at
        or d.capabilities is distinct from coalesce(p.capabilities, '{}') or d.languages is distinct from coalesce(p.languages, '{}')
        or ${keys('d.description_keys')} is distinct from (select array_agg(k order by k) from jsonb_object_keys(o.description) k)`),
  );
  return rows.map((r) => r.id);
}

it('follows every write of an organisation and its profile, and lists what it says', async () => {
  expect(await drift()).toEqual([]);
  const entry = { name: 'Listed Alpha', type: 'company', country: 'BE', description: { original: 'nl', nl: 'Wij zuiveren afvalwater.' } };
  await send('POST', '/api/organisations', { id: 'listed-a', ...entry });
  expect(await list('q=afvalwater&type=company')).toEqual({ ids: ['listed-a'], total: 1 });
  // Past the last page of a search: no rows, the total all the same (it comes with the rows otherwise).
  expect(await list('q=afvalwater&type=company&page=2')).toEqual({ ids: [], total: 1 });
  expect((await list('missingLanguage=en')).ids).toContain('listed-a');

  // The entry edited: name (order), type, country, visibility, and a translation added.
  await send('PUT', '/api/organisations/listed-a', { ...entry, name: 'Aaa Listed', type: 'ngo', country: 'NL', visibility: 'members' });
  await send('PUT', '/api/organisations/listed-a/translations/en', { description: 'We treat wastewater.' });
  expect(await drift()).toEqual([]);
  expect(await list('type=company&country=BE&q=afvalwater')).toEqual({ ids: [], total: 0 });
  expect((await list('type=ngo&country=NL')).ids[0]).toBe('listed-a');
  expect((await list('missingLanguage=en')).ids).not.toContain('listed-a');
  expect((await list('q=afvalwater', 'visitor')).ids).not.toContain('listed-a');
  expect((await list('q=afvalwater', 'member-a')).ids).toContain('listed-a');

  // The profile written, changed, then removed (as a script or a restore could).
  await send('PUT', '/api/organisations/listed-a/profile', { capabilities: ['wastewater'], languages: ['zh'], sectors: [] });
  expect(await list('language=zh&theme=water')).toEqual({ ids: ['listed-a'], total: 1 });
  await send('PUT', '/api/organisations/listed-a/profile', { capabilities: [], languages: ['nl'], sectors: [] });
  expect(await drift()).toEqual([]);
  expect((await list('language=zh')).ids).not.toContain('listed-a');
  expect((await list('language=nl')).ids).toContain('listed-a');
  await t.database.db.execute(sql`delete from organisation_profiles where organisation_id = 'listed-a'`);
  expect(await drift()).toEqual([]);
  expect((await list('language=nl')).ids).not.toContain('listed-a');

  // Raw SQL, no repository: listed all the same (and found once its search vector is written).
  await t.database.db.execute(sql`insert into organisations (id, name, type, country) values ('listed-raw', 'Raw Row', 'company', 'FR')`);
  await t.database.db.execute(sql`insert into organisation_profiles (organisation_id, languages) values ('listed-raw', '{fr}')`);
  expect(await drift()).toEqual([]);
  expect(await list('country=FR')).toEqual({ ids: ['listed-raw'], total: 1 });
  expect(await list('q=raw&country=FR')).toEqual({ ids: ['listed-raw'], total: 1 });

  // Deleted: gone from the listing and its total, its profile with it.
  const before = (await list('')).total;
  await send('DELETE', '/api/organisations/listed-raw');
  await send('DELETE', '/api/organisations/listed-a');
  expect(await drift()).toEqual([]);
  expect((await list('')).total).toBe(before - 2);
  expect((await list('country=FR')).total).toBe(0);
});
