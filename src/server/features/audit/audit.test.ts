import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthHeaders, CastMember } from '../../../../test/accounts';
import { buildCast, buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { systemActor } from '../../actor';
import type { AuditEntry } from '../../../shared/api';
import { type AuditWords, actionText, actorText, changesText, recordText } from '../../../shared/audit-format';
import { translatorFor } from '../../../shared/i18n/index';
import { exportDatabase, importDatabase } from '../transfer/transfer.service';
import { changesOf } from './audit.read-model';

let t: TestApp;
let h: Record<CastMember, AuthHeaders>;
let emails: Record<string, string>;
/** Organisation A of member-a, provinces X (official-x) and Y (official-y), a home region. */
let A: string, X: string, Y: string, home: string;
beforeAll(async () => {
  t = await createTestApp();
  const cast = await buildCast(t);
  h = cast.headers;
  emails = Object.fromEntries(Object.entries(cast.people).map(([who, person]) => [who, person.email]));
  [A, X, Y] = [cast.organisations.a.id, cast.regions.x.id, cast.regions.y.id];
  home = (await buildRegion(t, { side: 'home', country: 'BE' })).id;
});
afterAll(() => t.close());

type Entry = { actor: string; action: string; entityType: string; entityId: string; before: unknown; after: unknown; at: string };

async function history(entityType: string, entityId: string): Promise<Entry[]> {
  const res = await t.app.inject({ url: `/api/audit?entityType=${entityType}&entityId=${encodeURIComponent(entityId)}`, headers: h.admin });
  expect(res.statusCode).toBe(200);
  return res.json().items.reverse(); // oldest first
}

async function count(): Promise<number> {
  return (await t.app.inject({ url: '/api/audit?pageSize=1', headers: h.admin })).json().total;
}

const call = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, who: CastMember = 'programme-manager') =>
  t.app.inject({ method, url, payload: payload as object, headers: h[who] });

const region = { side: 'partner', level: 'province', country: 'CN', name: { original: 'en', en: 'Jiangsu' } };

describe('the audit trail', () => {
  it('records who created, changed and deleted a region, with the values before and after', async () => {
    expect((await call('POST', '/api/regions', { id: 'jiangsu', ...region })).statusCode).toBe(201);
    expect((await call('PUT', '/api/regions/jiangsu', { ...region, population: 85_000_000 })).statusCode).toBe(200);
    expect((await call('DELETE', '/api/regions/jiangsu', undefined, 'admin')).statusCode).toBe(204);
    const entries = await history('region', 'jiangsu');
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['create', emails['programme-manager']],
      ['update', emails['programme-manager']],
      ['delete', emails.admin],
    ]);
    expect(entries[0]).toMatchObject({ before: null, after: { id: 'jiangsu', population: null } });
    expect(entries[1]).toMatchObject({ before: { population: null }, after: { population: 85_000_000 } });
    expect(entries[2]).toMatchObject({ before: { id: 'jiangsu' }, after: null });
  });

  it('records twinnings', async () => {
    await call('POST', '/api/regions', { id: 'zhejiang', ...region, name: { original: 'en', en: 'Zhejiang' } });
    const made = await call('POST', '/api/twinnings', { homeRegionId: home, partnerRegionId: 'zhejiang', since: 2019 });
    expect(made.statusCode).toBe(201);
    const id = made.json().id;
    await call('PUT', `/api/twinnings/${id}`, { homeRegionId: home, partnerRegionId: 'zhejiang', since: 2020 });
    await call('DELETE', `/api/twinnings/${id}`);
    const entries = await history('twinning', id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(entries[1]).toMatchObject({ before: { since: 2019 }, after: { since: 2020 } });
  });

  it('records opportunities, written by a partner official too', async () => {
    const payload = { regionId: X, title: { original: 'en', en: 'Audit me' }, themes: ['water'] };
    const made = await call('POST', '/api/opportunities', payload, 'official-x');
    const id = made.json().id;
    await call('PUT', `/api/opportunities/${id}`, { ...payload, status: 'closed' }, 'official-x');
    await call('DELETE', `/api/opportunities/${id}`);
    const entries = await history('opportunity', id);
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['create', emails['official-x']],
      ['update', emails['official-x']],
      ['delete', emails['programme-manager']],
    ]);
    expect(entries[1]).toMatchObject({ before: { status: 'open' }, after: { status: 'closed' } });
    expect(JSON.stringify(entries)).not.toContain('searchVector');
  });

  it('records organisations', async () => {
    const made = await call('POST', '/api/organisations', { name: 'Audited NV', type: 'company', country: 'BE', notes: 'secret' });
    const id = made.json().id;
    await call('PUT', `/api/organisations/${id}`, { name: 'Audited NV', type: 'company', country: 'NL' });
    await call('DELETE', `/api/organisations/${id}`);
    const entries = await history('organisation', id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(entries[1]).toMatchObject({ before: { country: 'BE', notes: 'secret' }, after: { country: 'NL', notes: 'secret' } });
  });

  it('records user accounts without any password hash', async () => {
    const made = await call('POST', '/api/users', { email: 'audited@example.org', displayName: 'Audited', role: 'programme-manager' }, 'admin');
    const id = made.json().id;
    await call('PATCH', `/api/users/${id}`, { role: 'admin' }, 'admin');
    await call('PATCH', `/api/users/${id}`, { disabled: true }, 'admin');
    const entries = await history('user', id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'disable']);
    expect(entries[1]).toMatchObject({ before: { role: 'programme-manager' }, after: { role: 'admin' } });
    expect(JSON.stringify(entries)).not.toMatch(/passwordHash|argon2/);
  });

  it('records every record an import writes, under the actor who imported', async () => {
    const document = await exportDatabase(t.database.db);
    document.regions = document.regions.map((r) => (r.id === X ? { ...r, population: 65_000_001 } : r));
    const before = await count();
    await importDatabase(t.database.db, document, { actor: systemActor('cli import') });
    const imported = (await history('region', X)).at(-1)!;
    expect(imported).toMatchObject({ action: 'import', actor: 'system:cli import', after: { population: 65_000_001 } });
    expect((imported.before as { population: number }).population).not.toBe(65_000_001);
    const written = document.regions.length + document.twinnings.length + document.opportunities.length;
    expect((await count()) - before).toBe(written);
    // A dry run writes nothing, so it records nothing.
    await importDatabase(t.database.db, document, { actor: systemActor('cli import'), dryRun: true });
    expect((await count()) - before).toBe(written);
  });

  it('leaves no entry behind a write that fails', async () => {
    // Y has a city, and X a twinning: neither can be deleted or made again.
    const city = await buildRegion(t, { level: 'city', parentId: Y });
    expect((await call('POST', '/api/twinnings', { homeRegionId: home, partnerRegionId: X })).statusCode).toBe(201);
    const before = await count();
    expect((await call('POST', '/api/regions', { id: X, ...region })).statusCode).toBe(409);
    expect((await call('DELETE', `/api/regions/${X}`)).statusCode).toBe(409);
    expect((await call('PUT', `/api/regions/${Y}`, { ...region, parentId: city.id })).statusCode).toBe(400);
    expect((await call('POST', '/api/twinnings', { homeRegionId: home, partnerRegionId: X })).statusCode).toBe(409);
    expect((await call('POST', '/api/opportunities', { regionId: Y, title: { original: 'en', en: 'x' }, themes: ['water'] }, 'official-x')).statusCode).toBe(
      403,
    );
    expect((await call('PUT', `/api/organisations/${A}`, { name: 'Hijacked', type: 'company', country: 'BE' }, 'member-b')).statusCode).toBe(403);
    expect((await call('DELETE', `/api/organisations/${A}`)).statusCode).toBe(409);
    expect((await call('POST', '/api/users', { email: emails['member-a'], displayName: 'Dup', role: 'admin' }, 'admin')).statusCode).toBe(409);
    const broken = await exportDatabase(t.database.db);
    broken.opportunities[0]!.regionId = 'atlantis';
    await expect(importDatabase(t.database.db, broken, { actor: systemActor('cli import') })).rejects.toThrow();
    expect(await count()).toBe(before);
  });

  it('filters by actor and time, for admins only', async () => {
    const byOfficial = await t.app.inject({ url: `/api/audit?actor=${emails['official-x']}`, headers: h.admin });
    expect(byOfficial.json().items.length).toBeGreaterThan(0);
    expect(byOfficial.json().items.every((e: Entry) => e.actor === emails['official-x'])).toBe(true);
    const future = await t.app.inject({ url: `/api/audit?from=${new Date(Date.now() + 3_600_000).toISOString()}`, headers: h.admin });
    expect(future.json().total).toBe(0);
    const recent = await t.app.inject({
      url: `/api/audit?from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`,
      headers: h.admin,
    });
    expect(recent.json().total).toBeGreaterThan(10);
    expect((await t.app.inject({ url: '/api/audit', headers: h['programme-manager'] })).statusCode).toBe(403);
  });

  it("shows one record's history to programme managers and admins only; account history to admins only", async () => {
    await call('POST', '/api/regions', { id: 'anhui', ...region, name: { original: 'en', en: 'Anhui' } });
    await call('PUT', '/api/regions/anhui', { ...region, name: { original: 'en', en: 'Anhui' }, population: 61_000_000 });
    const seen = await t.app.inject({ url: '/api/audit/region/anhui', headers: h['programme-manager'] });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items.map((e: Entry) => e.action)).toEqual(['update', 'create']);
    expect(seen.json().items[0]).toMatchObject({ entityType: 'region', entityId: 'anhui', before: { population: null }, after: { population: 61_000_000 } });
    expect((await t.app.inject({ url: '/api/audit/region/anhui', headers: h['member-a'] })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/audit/region/anhui', headers: h['official-x'] })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/audit/region/anhui' })).statusCode).toBe(401);
    const me = (await t.app.inject({ url: '/api/auth/me', headers: h['member-a'] })).json().user.id;
    expect((await t.app.inject({ url: `/api/audit/user/${me}`, headers: h['programme-manager'] })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/audit/user/${me}`, headers: h.admin })).statusCode).toBe(200);
  });
});

describe('the audit trail as people read it', () => {
  const words = async (lang: 'nl' | 'en' | 'zh') => ({ t: await translatorFor(lang), lang, timeZone: 'Europe/Brussels' });
  const readable = (e: AuditEntry, w: AuditWords) => [actorText(e, w), actionText(e.action, w), recordText(e, w), changesText(e, w)].join(' | ');

  it('names the person, the record and every reference, and words the values in the reader’s language', async () => {
    const antwerp = await buildRegion(t, {
      side: 'home',
      level: 'province',
      country: 'BE',
      name: { original: 'nl', nl: 'Antwerpen', en: 'Antwerp', zh: '安特卫普' },
    });
    const hebei = await buildRegion(t, { name: { original: 'zh', zh: '河北', en: 'Hebei', nl: 'Hebei' } });
    const made = await call('POST', '/api/organisations', { name: 'Named Water BV', type: 'company', country: 'BE', homeRegionId: antwerp.id });
    const id = made.json().id;
    expect(
      (await call('PUT', `/api/organisations/${id}`, { name: 'Named Water BV', type: 'knowledge-institute', country: 'CN', homeRegionId: hebei.id }))
        .statusCode,
    ).toBe(200);
    const res = await t.app.inject({ url: `/api/audit/organisation/${id}`, headers: h['programme-manager'] });
    const [update] = res.json().items as AuditEntry[];
    const me = (await t.app.inject({ url: '/api/auth/me', headers: h['programme-manager'] })).json().user;
    expect(update).toMatchObject({ actorName: me.displayName, entityName: 'Named Water BV', system: false });
    expect(update!.names).toMatchObject({ [antwerp.id]: { original: expect.any(String) }, [hebei.id]: { original: expect.any(String) } });
    expect(update!.changes.map((c) => c.field).sort()).toEqual(['country', 'homeRegionId', 'type']);

    const nl = readable(update!, await words('nl'));
    expect(nl).toContain(me.displayName);
    expect(nl).toContain('Organisatie: Named Water BV');
    expect(nl).toContain('Land: België → China');
    expect(nl).toContain('Soort: Bedrijf → Kennisinstelling');
    expect(nl).toMatch(/Thuisregio: Antwerpen → Hebei/);
    const zh = readable(update!, await words('zh'));
    expect(zh).toContain('国家: 比利时 → 中国');
    expect(zh).toContain('河北');
    for (const text of [nl, zh]) {
      expect(text).not.toContain(id);
      expect(text).not.toMatch(/[{}[\]"]/);
      expect(text).not.toContain(emails['programme-manager']);
    }
  });

  it('words nested values, lists of items and dates, and counts what it cannot name', async () => {
    const w = await words('en');
    const entry = {
      changes: changesOf(
        {
          startsOn: '2030-03-01',
          publishedAt: null,
          location: { region: { original: 'zh', zh: '河北', en: 'Hebei' } },
          phases: [{ id: 'a', name: { original: 'en', en: 'Plan' } }],
          secretThing: 1,
          updatedAt: 'x',
        },
        {
          startsOn: '2030-03-02',
          publishedAt: '2030-01-15T09:30:00.000Z',
          location: { region: { original: 'zh', zh: '天津' } },
          phases: [
            { id: 'a', name: { original: 'en', en: 'Plan' } },
            { id: 'b', name: { original: 'en', en: 'Pilot' } },
          ],
          secretThing: 2,
          updatedAt: 'y',
        },
      ),
      names: {},
    };
    expect(entry.changes.map((c) => c.field)).toEqual(['startsOn', 'publishedAt', 'location.region', 'phases', 'secretThing']);
    const text = changesText(entry, w);
    expect(text).toContain('Starts: Mar 1, 2030 → Mar 2, 2030');
    expect(text).toContain('Published: — → Jan 15, 2030, 10:30');
    expect(text).toContain('Location › Region: Hebei → 天津');
    expect(text).toContain('Phases: added: Pilot');
    expect(text).toContain('1 other detail changed');
  });

  it('exports the current filter as CSV in the reader’s language', async () => {
    const res = await t.app.inject({ url: `/api/audit?entityType=organisation&format=csv&lang=nl&timeZone=Europe/Brussels`, headers: h.admin });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe('Wanneer,Wie,Wat er gebeurde,Gegeven,Wijzigingen');
    expect(res.body).toContain('Organisatie: Named Water BV');
    expect(res.body).not.toMatch(/"before"|"after"/);
    const xlsx = await t.app.inject({ url: `/api/audit?action=delete&format=xlsx&lang=zh`, headers: h.admin });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await t.app.inject({ url: '/api/audit?format=csv', headers: h['programme-manager'] })).statusCode).toBe(403);
  });
});
