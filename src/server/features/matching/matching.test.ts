import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { type AuthHeaders, type CastMember, createAccount, signIn } from '../../../../test/accounts';
import { buildCast, buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { jobHandlers } from '../../app';
import { drainJobs, waitingJobs } from '../jobs/jobs.service';

let t: TestApp;
let h: Record<CastMember, AuthHeaders>;
let cast: Awaited<ReturnType<typeof buildCast>>;
const drain = () => drainJobs(t.database.db, jobHandlers);

// The test's own regions, built under these ids in each database: the home region of the Dutch
// organisation and the partner province of the Chinese need.
const regions = { home: 'sludge-port', partner: 'refinery-province' };
const buildRegions = async (app: TestApp) => {
  await buildRegion(app, { id: regions.home, side: 'home', country: 'BE' });
  await buildRegion(app, { id: regions.partner });
};

const sludgeNl = {
  id: 'slib-en-olie',
  name: 'Slib & Olie Technieken',
  type: 'company',
  country: 'BE',
  homeRegionId: regions.home,
  website: null,
  description: {
    original: 'nl',
    nl: 'Wij verwerken olieslib en oliehoudend slib uit raffinaderijen: slibontwatering, thermische desorptie en olie-waterscheiding.',
  },
  visibility: 'public',
};
const hydrogenEn = {
  id: 'h2-cells',
  name: 'H2 Cells Ltd',
  type: 'company',
  country: 'NL',
  homeRegionId: null,
  website: null,
  description: { original: 'en', en: 'We build hydrogen fuel cells and hydrogen refuelling stations for buses and trucks.' },
  visibility: 'public',
};
const oilySludgeZh = {
  id: 'oily-sludge',
  regionId: regions.partner,
  title: { original: 'zh', zh: '含油污泥处理' },
  description: { original: 'zh', zh: '石化企业产生的含油污泥需要无害化处理和资源化利用，寻求污泥脱水和热解吸技术。' },
  themes: ['waste'],
};

beforeAll(async () => {
  t = await createTestApp();
  cast = await buildCast(t);
  h = cast.headers;
  await buildRegions(t);
  const pm = h['programme-manager'];
  for (const payload of [sludgeNl, hydrogenEn]) {
    const res = await t.app.inject({ method: 'POST', url: '/api/organisations', headers: pm, payload });
    expect(res.statusCode, res.body).toBe(201);
  }
  const opp = await t.app.inject({ method: 'POST', url: '/api/opportunities', headers: pm, payload: oilySludgeZh });
  expect(opp.statusCode, opp.body).toBe(201);
  await drain();
}, 60_000);
afterAll(() => t.close());

const get = (url: string, who: CastMember) => t.app.inject({ url, headers: h[who] });
type Item = {
  id: string;
  organisationId: string;
  score: number;
  status: string;
  current: boolean;
  explanation: { text: string; concepts: { label: string }[] };
};
const matchesOf = async (oppId: string, who: CastMember = 'programme-manager', query = '') =>
  (await get(`/api/opportunities/${oppId}/matches${query}`, who)).json().items as Item[];

describe('matching in the product', () => {
  it('finds a Dutch-language organisation for a need written in Chinese, explained in the reader language', async () => {
    const nl = await get(`/api/opportunities/${oilySludgeZh.id}/matches?lang=nl`, 'programme-manager');
    expect(nl.statusCode, nl.body).toBe(200);
    const top = nl.json().items[0];
    expect(top.organisationId).toBe('slib-en-olie');
    expect(top.score).toBeGreaterThan(0);
    expect(top.explanation.text).toMatch(/^Gedeelde concepten: /);
    // The shared concepts grouped by facet, named in the reader language.
    expect(top.explanation.text).toMatch(/\. Overeenkomst op: medium\/probleem \([^)]+\)/);
    expect(top.explanation.concepts.length).toBeGreaterThan(0);
    expect(top.explanation.concepts[0].opportunityPhrases.join('')).toMatch(/[\u4e00-\u9fff]/);
    const zh = (await matchesOf(oilySludgeZh.id, 'programme-manager', '?lang=zh'))[0]!;
    expect(zh.explanation.text).toMatch(/^共同概念：|^共同概念: /);
    const en = (await matchesOf(oilySludgeZh.id, 'programme-manager', '?lang=en'))[0]!;
    expect(en.explanation.text).toMatch(/^Shared concepts: .*\. Matched on: /);
    expect(en.explanation.concepts[0]!.label).not.toBe(zh.explanation.concepts[0]!.label);
    // The reverse view: the organisation's page lists the opportunity.
    const reverse = await get('/api/organisations/slib-en-olie/matches?lang=en', 'programme-manager');
    expect(reverse.json().items.map((i: Item & { opportunityId: string }) => i.opportunityId)).toContain(oilySludgeZh.id);
  });

  it('shows visitors nothing and members only their own organisation', async () => {
    expect((await get(`/api/opportunities/${oilySludgeZh.id}/matches`, 'visitor')).statusCode).toBe(401);
    const member = await get(`/api/opportunities/${oilySludgeZh.id}/matches`, 'member-a');
    expect(member.statusCode).toBe(200);
    expect(member.json().items.every((i: Item) => i.organisationId === cast.organisations.a.id)).toBe(true);
    expect((await get('/api/organisations/slib-en-olie/matches', 'member-a')).statusCode).toBe(403);
    expect((await get('/api/matches', 'member-a')).statusCode).toBe(403);
    expect((await get('/api/matching/status', 'member-a')).statusCode).toBe(403);
  });

  it('recomputes after an organisation changes (a database trigger enqueues the job)', async () => {
    const scoreOf = (items: (Item & { score?: number })[]) => items.find((i) => i.organisationId === 'h2-cells')?.score ?? 0;
    expect(scoreOf(await matchesOf(oilySludgeZh.id))).toBeLessThan(0.1);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/organisations/h2-cells',
      headers: h['programme-manager'],
      payload: {
        ...hydrogenEn,
        id: undefined,
        description: { original: 'en', en: 'We treat oily sludge from refineries: sludge dewatering and thermal desorption of oil sludge.' },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const status = (await get('/api/matching/status', 'programme-manager')).json();
    expect(status.pending).toBeGreaterThan(0);
    expect(status.idle).toBe(false);
    await drain();
    expect(scoreOf(await matchesOf(oilySludgeZh.id))).toBeGreaterThan(0.3);
    const after = (await get('/api/matching/status', 'programme-manager')).json();
    expect(after.idle).toBe(true);
    expect(after.recent[0]).toMatchObject({ state: 'done', phase: 'scoring organisations', kind: 'match-organisation', target: 'h2-cells' });
    expect(after.recent[0].done).toBe(after.recent[0].total);
  });

  it('keeps a dismissed match dismissed and every status through recomputation, with history', async () => {
    const [first] = await matchesOf(oilySludgeZh.id);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/matches/${first!.id}`,
      headers: h['programme-manager'],
      payload: { status: 'not-relevant', note: 'no refinery experience in China' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().history).toMatchObject([
      { fromStatus: 'suggested', toStatus: 'not-relevant', note: 'no refinery experience in China', actor: cast.people['programme-manager'].email },
    ]);
    expect(
      (await t.app.inject({ method: 'PUT', url: `/api/matches/${first!.id}`, headers: h['member-a'], payload: { status: 'shortlisted' } })).statusCode,
    ).toBe(403);

    const second = (await matchesOf(oilySludgeZh.id))[0]!;
    expect(second.id).not.toBe(first!.id);
    await t.app.inject({ method: 'PUT', url: `/api/matches/${second.id}`, headers: h['programme-manager'], payload: { status: 'shortlisted' } });

    const recompute = await t.app.inject({ method: 'POST', url: '/api/matching/recompute', headers: h['programme-manager'] });
    expect(recompute.statusCode).toBe(202);
    await drain();
    const visible = await matchesOf(oilySludgeZh.id);
    expect(visible.map((i) => i.id)).not.toContain(first!.id);
    expect(visible.find((i) => i.id === second.id)?.status).toBe('shortlisted');
    const all = await matchesOf(oilySludgeZh.id, 'programme-manager', '?includeDismissed=true');
    expect(all.find((i) => i.id === first!.id)).toMatchObject({ status: 'not-relevant', current: true });

    // The shortlisted organisation changes so that it no longer fits: the match stays, no longer current.
    await t.app.inject({
      method: 'PUT',
      url: `/api/organisations/${second.organisationId}`,
      headers: h['programme-manager'],
      payload: {
        ...(second.organisationId === 'h2-cells' ? hydrogenEn : sludgeNl),
        id: undefined,
        name: 'Party Planners',
        description: { original: 'en', en: 'We organise wedding parties and birthday cakes.' },
      },
    });
    await drain();
    const kept = (await matchesOf(oilySludgeZh.id)).find((i) => i.id === second.id);
    expect(kept).toMatchObject({ status: 'shortlisted', current: false });
  });

  it('keeps the managers’ pipeline notes and their addresses from the organisation’s own members', async () => {
    await createAccount(t, { email: 'staff@slib.example', role: 'member', organisationId: sludgeNl.id });
    const staff = await signIn(t, 'staff@slib.example');
    const own = (await t.app.inject({ url: `/api/organisations/${sludgeNl.id}/matches?includeDismissed=true`, headers: staff })).json().items as Item[];
    // One the other tests leave alone (they count the dismissed and shortlisted ones).
    const match = own.find((m) => m.status === 'suggested')!;
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/matches/${match.id}`,
      headers: h['programme-manager'],
      payload: { status: 'introduced', note: 'internal: their price is too high' },
    });
    expect(put.statusCode, put.body).toBe(200);

    const listed = (await t.app.inject({ url: `/api/organisations/${sludgeNl.id}/matches?includeDismissed=true`, headers: staff })).json().items as Item[];
    const seen = listed.find((i) => i.id === match.id)!;
    expect(seen.status).toBe('introduced');
    expect(seen).not.toHaveProperty('note');
    expect(seen).not.toHaveProperty('statusChangedBy');
    const one = await t.app.inject({ url: `/api/matches/${match.id}`, headers: staff });
    expect(one.statusCode).toBe(200);
    const staffView = JSON.stringify(one.json());
    expect(staffView).not.toContain('price is too high');
    expect(staffView).not.toContain(cast.people['programme-manager'].email);
    expect(one.json().history.find((e: { toStatus: string }) => e.toStatus === 'introduced')).toEqual({
      fromStatus: expect.any(String),
      toStatus: 'introduced',
      at: expect.any(String),
    });
    // Managers still see both.
    const managed = await t.app.inject({ url: `/api/matches/${match.id}`, headers: h['programme-manager'] });
    expect(managed.json()).toMatchObject({ note: 'internal: their price is too high', statusChangedBy: cast.people['programme-manager'].email });
  });

  it('recomputes after an opportunity changes, and the board filters and exports', async () => {
    await t.app.inject({
      method: 'PUT',
      url: `/api/opportunities/${oilySludgeZh.id}`,
      headers: h['programme-manager'],
      payload: { ...oilySludgeZh, id: undefined, title: { original: 'zh', zh: '氢燃料电池公交车' }, description: null },
    });
    expect((await waitingJobs(t.database.db, 'match-')).pending).toBeGreaterThan(0);
    await drain();
    const board = await get(`/api/matches?opportunityId=${oilySludgeZh.id}&status=suggested`, 'programme-manager');
    expect(board.statusCode, board.body).toBe(200);
    expect(board.json().items.every((i: Item) => i.status === 'suggested')).toBe(true);
    expect(board.json().total).toBe(board.json().items.length);
    const byTheme = (await get('/api/matches?theme=waste&status=not-relevant', 'programme-manager')).json();
    expect(byTheme.items.length).toBe(1);
    expect((await get(`/api/matches?regionId=${regions.home}`, 'programme-manager')).json().total).toBe(0);
    expect((await get(`/api/matches?regionId=${regions.partner}`, 'programme-manager')).json().total).toBeGreaterThan(0);

    const csv = await get(`/api/matches?format=csv&opportunityId=${oilySludgeZh.id}&lang=nl`, 'programme-manager');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'opportunityId,opportunityTitle,regionId,organisationId,organisationName,score,rank,status,note,statusChangedAt,statusChangedBy,explanation,ownerName,nextActionOn,themes',
    );
    expect(lines.length).toBeGreaterThan(1);

    const xlsx = await get(`/api/matches?format=xlsx&opportunityId=${oilySludgeZh.id}`, 'programme-manager');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('opportunityId');
    expect(sheet.rowCount).toBe(lines.length);
  });

  it('serves the thesaurus and SKOS, and an admin edit triggers recomputation', async () => {
    const list = await get('/api/thesaurus', 'visitor');
    expect(list.statusCode).toBe(200);
    expect(list.json().count).toBeGreaterThanOrEqual(150);
    const sludge = list.json().concepts.find((c: { id: string }) => c.id === 'wastewater');
    expect(sludge.prefLabel).toMatchObject({ nl: 'afvalwater', en: 'wastewater' });
    const ttl = await get('/api/thesaurus/skos.ttl', 'visitor');
    expect(ttl.headers['content-type']).toMatch(/^text\/turtle/);
    expect(ttl.body).toContain('skos:prefLabel');

    expect((await t.app.inject({ method: 'PUT', url: '/api/thesaurus/concepts/wastewater', headers: h['programme-manager'], payload: {} })).statusCode).toBe(
      403,
    );
    const edit = await t.app.inject({
      method: 'PUT',
      url: '/api/thesaurus/concepts/wastewater',
      headers: h.admin,
      payload: { labels: { nl: ['afvalwater', 'vuilwater'] } },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ edited: true, labels: { nl: ['afvalwater', 'vuilwater'] } });
    expect((await waitingJobs(t.database.db, 'match-all')).pending).toBe(1);
    const added = await t.app.inject({
      method: 'PUT',
      url: '/api/thesaurus/concepts/oily-sludge-pyrolysis',
      headers: h.admin,
      payload: { labels: { nl: ['pyrolyse van olieslib'], en: ['oily sludge pyrolysis'], zh: ['含油污泥热解'] }, broader: ['wastewater'] },
    });
    expect(added.statusCode, added.body).toBe(200);
    const cycle = await t.app.inject({
      method: 'PUT',
      url: '/api/thesaurus/concepts/wastewater',
      headers: h.admin,
      payload: { broader: ['oily-sludge-pyrolysis'] },
    });
    expect(cycle.statusCode).toBe(400);
    const dangling = await t.app.inject({
      method: 'PUT',
      url: '/api/thesaurus/concepts/new-one',
      headers: h.admin,
      payload: { labels: { nl: ['x'], en: ['x'], zh: ['x'] }, broader: ['nope'] },
    });
    expect(dangling.statusCode).toBe(400);
    expect((await get('/api/thesaurus/skos.ttl', 'visitor')).body).toContain('oily sludge pyrolysis');
    await drain();
    expect((await waitingJobs(t.database.db, 'match-')).pending).toBe(0);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/thesaurus/concepts/oily-sludge-pyrolysis', headers: h.admin })).statusCode).toBe(204);
  });

  it('keeps the organisation profile: sectors, confirmed capabilities with suggestions, contacts for signed-in users only', async () => {
    const profile = {
      sectors: ['petrochemicals'],
      capabilities: ['wastewater'],
      languages: ['nl', 'en'],
      size: 'small',
      references: [{ title: 'Sludge plant Antwerp port', year: 2021 }],
      people: [{ name: 'An Peeters', email: 'an@example.org' }],
    };
    const member = await t.app.inject({
      method: 'PUT',
      url: `/api/organisations/${cast.organisations.a.id}/profile`,
      headers: h['member-a'],
      payload: profile,
    });
    expect(member.statusCode, member.body).toBe(200);
    expect(member.json().capabilities).toEqual([]); // only a programme manager confirms capabilities
    const pm = await t.app.inject({ method: 'PUT', url: '/api/organisations/slib-en-olie/profile', headers: h['programme-manager'], payload: profile });
    expect(pm.statusCode, pm.body).toBe(200);
    expect(pm.json().capabilities).toEqual(['wastewater']);
    expect((await get('/api/organisations/slib-en-olie/profile', 'visitor')).json().people).toEqual([]);
    expect((await get('/api/organisations/slib-en-olie/profile', 'member-b')).json().people).toHaveLength(1);
    expect((await t.app.inject({ method: 'PUT', url: '/api/organisations/slib-en-olie/profile', headers: h['member-a'], payload: profile })).statusCode).toBe(
      403,
    );
    const unknown = await t.app.inject({
      method: 'PUT',
      url: '/api/organisations/slib-en-olie/profile',
      headers: h['programme-manager'],
      payload: { ...profile, capabilities: ['nope'] },
    });
    expect(unknown.json().issues).toMatchObject([{ path: 'capabilities.0', message: 'unknown concept "nope"' }]);
    expect((await waitingJobs(t.database.db, 'match-organisation')).pending).toBe(2); // organisation A and slib-en-olie
    await drain();
  });
});

describe('the background worker', () => {
  it('recomputes on its own after a change and stops with the app', async () => {
    const w = await createTestApp({ jobs: { pollMs: 20 } });
    try {
      const pm = (await buildCast(w)).headers['programme-manager'];
      await buildRegions(w);
      await w.app.inject({ method: 'POST', url: '/api/organisations', headers: pm, payload: sludgeNl });
      await w.app.inject({ method: 'POST', url: '/api/opportunities', headers: pm, payload: oilySludgeZh });
      let items: Item[] = [];
      for (let i = 0; i < 600 && !items.some((m) => m.organisationId === 'slib-en-olie'); i++) {
        await new Promise((r) => setTimeout(r, 50));
        items = (await w.app.inject({ url: `/api/opportunities/${oilySludgeZh.id}/matches`, headers: pm })).json().items;
      }
      expect(items[0]?.organisationId).toBe('slib-en-olie');
    } finally {
      await w.close();
    }
  }, 60_000);
});
