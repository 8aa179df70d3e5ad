import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthHeaders, CastMember } from '../../../../test/accounts';
import { buildCast, buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { ensureMatch } from './matching.service';

// The pipeline workspace (issue #10): filters, sorting and pagination with totals, owner and
// next action, the all-or-nothing bulk status change, and the export of what the filters select.
// The matches are made directly (as an organisation's interest makes them), not by the engine.

let t: TestApp;
let h: Record<CastMember, AuthHeaders>;
let people: Awaited<ReturnType<typeof buildCast>>['people'];
/** Match ids by "opportunity/organisation". */
const match: Record<string, string> = {};

// The test's own regions, built under these ids: a home province and two partner provinces.
const regions = { home: 'pipeline-home', sludge: 'pipeline-sludge-province', buses: 'pipeline-bus-province' };
const organisations = [
  { id: 'alpha-water', name: 'Alpha Water BV', homeRegionId: regions.home },
  { id: 'beta-sludge', name: 'Beta Sludge NV', homeRegionId: null },
  { id: 'gamma-h2', name: 'Gamma Hydrogen Ltd', homeRegionId: null },
];
const opportunities = [
  { id: 'oily-sludge', regionId: regions.sludge, title: { original: 'zh', zh: '含油污泥处理' }, themes: ['waste'] },
  { id: 'hydrogen-buses', regionId: regions.buses, title: { original: 'en', en: 'Hydrogen buses' }, themes: ['hydrogen', 'mobility'] },
];

beforeAll(async () => {
  t = await createTestApp();
  ({ headers: h, people } = await buildCast(t));
  const pm = h['programme-manager'];
  await buildRegion(t, { id: regions.home, side: 'home', country: 'BE' });
  await buildRegion(t, { id: regions.sludge });
  await buildRegion(t, { id: regions.buses });
  for (const o of organisations) {
    const payload = { ...o, type: 'company', country: 'BE', website: null, description: null, visibility: 'public' };
    const res = await t.app.inject({ method: 'POST', url: '/api/organisations', headers: pm, payload });
    expect(res.statusCode, res.body).toBe(201);
  }
  for (const o of opportunities) {
    const res = await t.app.inject({ method: 'POST', url: '/api/opportunities', headers: pm, payload: { ...o, description: null } });
    expect(res.statusCode, res.body).toBe(201);
  }
  for (const opp of opportunities) {
    for (const org of organisations) {
      match[`${opp.id}/${org.id}`] = (await ensureMatch(t.database.db, opp.id, org.id)).id;
    }
  }
}, 60_000);
afterAll(() => t.close());

type Item = {
  id: string;
  status: string;
  organisationName: string;
  opportunityId: string;
  ownerId?: string | null;
  ownerName?: string | null;
  nextActionOn?: string | null;
  themes: string[];
};
type Page = { items: Item[]; total: number; page: number; pageSize: number; statusCounts: Record<string, number> };
const board = async (query: string, who: CastMember = 'programme-manager') => {
  const res = await t.app.inject({ url: `/api/matches?${query}`, headers: h[who] });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};
const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown, who: CastMember = 'programme-manager') =>
  t.app.inject({ method, url, headers: h[who], payload: payload as object });
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the pipeline workspace', () => {
  it('pages with the total, sorts, filters by region, theme, search and status, and counts per status', async () => {
    const all = await board('pageSize=4&sort=organisation&order=asc');
    expect(all.total).toBe(6);
    expect(all.items).toHaveLength(4);
    expect(all.items.map((i) => i.organisationName)).toEqual(['Alpha Water BV', 'Alpha Water BV', 'Beta Sludge NV', 'Beta Sludge NV']);
    const second = await board('pageSize=4&page=2&sort=organisation&order=asc');
    expect(second).toMatchObject({ total: 6, page: 2 });
    expect(second.items.map((i) => i.organisationName)).toEqual(['Gamma Hydrogen Ltd', 'Gamma Hydrogen Ltd']);
    const descending = await board('pageSize=1&sort=organisation&order=desc');
    expect(descending.items[0]!.organisationName).toBe('Gamma Hydrogen Ltd');

    expect((await board(`regionId=${regions.sludge}`)).items.every((i) => i.opportunityId === 'oily-sludge')).toBe(true);
    expect((await board(`regionId=${regions.sludge}`)).total).toBe(3);
    // Any of the themes named.
    expect((await board('theme=mobility')).total).toBe(3);
    expect((await board('theme=waste,mobility')).total).toBe(6);
    expect((await board('theme=energy-efficiency')).total).toBe(0);
    expect((await board('theme=hydrogen')).items[0]!.themes).toEqual(['hydrogen', 'mobility']);
    // Search: the organisation's name, or the opportunity's title in any language.
    expect((await board('q=gamma')).total).toBe(2);
    expect((await board(`q=${encodeURIComponent('污泥')}`)).total).toBe(3);
    expect((await board('q=100%25')).total).toBe(0);

    await send('PUT', `/api/matches/${match['hydrogen-buses/gamma-h2']}`, { status: 'shortlisted' });
    const shortlisted = await board('status=shortlisted');
    expect(shortlisted.total).toBe(1);
    // The column counts ignore the status filter (the board shows every column) but keep the others.
    expect(shortlisted.statusCounts).toMatchObject({ suggested: 5, shortlisted: 1, 'not-relevant': 0 });
    expect((await board('status=shortlisted&theme=waste')).statusCounts).toMatchObject({ suggested: 3, shortlisted: 0 });
    // Sorted by status: the pipeline's order, not the alphabet.
    expect((await board('sort=status&order=desc&pageSize=1')).items[0]!.status).toBe('shortlisted');
  });

  it('gives a match an owner and a next-action day, audited; overdue ones can be listed', async () => {
    const owners = await t.app.inject({ url: '/api/matches/owners', headers: h['programme-manager'] });
    expect(owners.statusCode).toBe(200);
    const candidates = owners.json().items as { id: string; displayName: string }[];
    expect(candidates.map((p) => p.id).sort()).toEqual([people['programme-manager'].id, people.admin.id].sort());
    expect(candidates.every((p) => p.displayName.length > 0)).toBe(true);
    expect((await t.app.inject({ url: '/api/matches/owners', headers: h['member-a'] })).statusCode).toBe(403);

    const id = match['oily-sludge/alpha-water']!;
    const planned = await send('PATCH', `/api/matches/${id}`, { ownerId: people['programme-manager'].id, nextActionOn: dayOffset(-2) });
    expect(planned.statusCode, planned.body).toBe(200);
    expect(planned.json()).toMatchObject({ ownerId: people['programme-manager'].id, ownerName: 'programme-manager', nextActionOn: dayOffset(-2) });
    // Leaving a field out keeps it.
    const kept = await send('PATCH', `/api/matches/${match['hydrogen-buses/alpha-water']}`, { nextActionOn: dayOffset(5) });
    expect(kept.json()).toMatchObject({ ownerId: null, nextActionOn: dayOffset(5) });

    const overdue = await board('overdue=true');
    expect(overdue.items.map((i) => i.id)).toEqual([id]);
    expect((await board(`ownerId=${people['programme-manager'].id}`)).items.map((i) => i.id)).toEqual([id]);
    expect((await board('ownerId=none')).total).toBe(5);
    const byNextAction = await board('sort=nextAction&order=asc&pageSize=2');
    expect(byNextAction.items.map((i) => i.nextActionOn)).toEqual([dayOffset(-2), dayOffset(5)]);

    // A member may not be an owner; members may not plan; unknown matches are 404.
    const notAManager = await send('PATCH', `/api/matches/${id}`, { ownerId: people['member-a'].id });
    expect(notAManager.statusCode).toBe(400);
    expect(notAManager.json()).toMatchObject({ code: 'validation_failed', issues: [{ path: 'ownerId', code: 'unknown_reference' }] });
    expect((await send('PATCH', `/api/matches/${id}`, { nextActionOn: null }, 'member-a')).statusCode).toBe(403);
    expect((await send('PATCH', '/api/matches/nope', { nextActionOn: null })).statusCode).toBe(404);
    expect((await send('PATCH', `/api/matches/${id}`, { nextActionOn: '2026-13-45' })).statusCode).toBe(400);

    const history = await t.app.inject({ url: `/api/audit/match/${id}`, headers: h.admin });
    expect(history.statusCode, history.body).toBe(200);
    expect(JSON.stringify(history.json())).toContain(dayOffset(-2));

    // The owner and next action are internal, like the note: not in a member's view.
    const member = await t.app.inject({ url: `/api/matches/${id}`, headers: h['member-a'] });
    expect(member.statusCode).toBe(404);
  });

  it('changes the status of several matches in one go, or of none when one id is unknown', async () => {
    const three = [match['oily-sludge/alpha-water']!, match['oily-sludge/beta-sludge']!, match['oily-sludge/gamma-h2']!];
    const before = await board(`regionId=${regions.sludge}`);
    const refused = await send('POST', '/api/matches/status', { ids: [...three, 'no-such-match'], status: 'introduced' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: 'ids.3', code: 'unknown_reference', params: { value: 'no-such-match' } }],
    });
    const after = await board(`regionId=${regions.sludge}`);
    expect(after.items.map((i) => [i.id, i.status])).toEqual(before.items.map((i) => [i.id, i.status]));
    for (const id of three) {
      expect((await t.app.inject({ url: `/api/matches/${id}`, headers: h['programme-manager'] })).json().history).toEqual([]);
    }

    expect((await send('POST', '/api/matches/status', { ids: three, status: 'introduced' }, 'member-a')).statusCode).toBe(403);
    expect((await send('POST', '/api/matches/status', { ids: [], status: 'introduced' })).statusCode).toBe(400);

    const done = await send('POST', '/api/matches/status', { ids: three, status: 'introduced', note: 'met at the Hebei fair' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ updated: 3 });
    for (const id of three) {
      const one = (await t.app.inject({ url: `/api/matches/${id}`, headers: h['programme-manager'] })).json();
      expect(one).toMatchObject({ status: 'introduced', note: 'met at the Hebei fair', statusChangedBy: people['programme-manager'].email });
      expect(one.history).toMatchObject([{ fromStatus: 'suggested', toStatus: 'introduced', actor: people['programme-manager'].email }]);
      // Audited like a single change.
      const audit = (await t.app.inject({ url: `/api/audit/match/${id}`, headers: h.admin })).json();
      expect(JSON.stringify(audit)).toContain('"introduced"');
    }
    expect((await board('status=introduced')).total).toBe(3);
  });

  it('exports what the filters select, as CSV and XLSX', async () => {
    const filter = 'status=introduced&sort=organisation&order=asc&lang=en';
    const csv = await t.app.inject({ url: `/api/matches?${filter}&format=csv`, headers: h['programme-manager'] });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('matches.csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'opportunityId,opportunityTitle,regionId,organisationId,organisationName,score,rank,status,note,statusChangedAt,statusChangedBy,explanation,ownerName,nextActionOn,themes',
    );
    expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(['Alpha Water BV', 'Beta Sludge NV', 'Gamma Hydrogen Ltd']);
    expect(lines[1]).toContain(`,programme-manager,${dayOffset(-2)},waste`);

    const xlsx = await t.app.inject({ url: `/api/matches?${filter}&format=xlsx&q=beta`, headers: h['programme-manager'] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(5).value).toBe('Beta Sludge NV');
  });
});
