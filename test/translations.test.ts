import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/server/features/audit/audit.service';
import type { AuthHeaders, CastMember } from './accounts';
import { buildCast, buildOpportunity } from './factories';
import { createTestApp, type TestApp } from './test-app';

// Issue #11: who may edit a record may add its text in another language, marked as a translation
// (every language but `original` is one); lists find the records that lack a language.
let t: TestApp;
let as: Record<CastMember, AuthHeaders>;
let orgA: string;
let orgB: string;
beforeAll(async () => {
  t = await createTestApp();
  const cast = await buildCast(t);
  as = cast.headers;
  orgA = cast.organisations.a.id;
  orgB = cast.organisations.b.id;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/opportunities',
    headers: as['programme-manager'],
    payload: {
      id: 'tr-sludge',
      regionId: cast.regions.x.id,
      title: { original: 'nl', nl: 'Slibverwerking voor raffinaderijen' },
      description: { original: 'nl', nl: 'Een raffinaderij zoekt een partner voor olieslib.' },
      themes: ['waste'],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const org = await t.app.inject({
    method: 'PUT',
    url: `/api/organisations/${orgA}`,
    headers: as['programme-manager'],
    payload: { name: 'Org A', type: 'company', country: 'BE', description: { original: 'en', en: 'Treats industrial wastewater.' }, visibility: 'public' },
  });
  expect(org.statusCode, org.body).toBe(200);
});
afterAll(() => t.close());

const translate = (who: CastMember, path: string, lang: string, payload: object) =>
  t.app.inject({ method: 'PUT', url: `/api/${path}/translations/${lang}`, headers: as[who], payload });
const ids = async (url: string, who: CastMember = 'programme-manager') => {
  const res = await t.app.inject({ url, headers: as[who] });
  expect(res.statusCode, res.body).toBe(200);
  const page = res.json() as { items: { id: string }[]; total: number };
  return { ids: page.items.map((i) => i.id), total: page.total };
};

describe('translations of opportunities', () => {
  it('lists an opportunity as missing Chinese until a manager adds it, then keeps the original and marks the added language', async () => {
    const complete = await buildOpportunity(t, { title: { original: 'en', en: 'Sludge', nl: 'Slib', zh: '污泥' } });
    expect((await ids('/api/opportunities?missingLanguage=zh&pageSize=100')).ids).toContain('tr-sludge');
    const missingEn = (await ids('/api/opportunities?missingLanguage=en&pageSize=100')).ids;
    expect(missingEn).toContain('tr-sludge');
    // A record with all three languages is not listed.
    expect(missingEn).not.toContain(complete.id);

    const res = await translate('programme-manager', 'opportunities/tr-sludge', 'zh', { title: '炼油厂污泥处理' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().title).toEqual({ original: 'nl', nl: 'Slibverwerking voor raffinaderijen', zh: '炼油厂污泥处理' });
    // The description still lacks Chinese, so the record is still listed; adding it ends that.
    expect((await ids('/api/opportunities?missingLanguage=zh&pageSize=100')).ids).toContain('tr-sludge');
    const both = await translate('programme-manager', 'opportunities/tr-sludge', 'zh', { description: '一家炼油厂正在寻找油泥处理合作伙伴。' });
    expect(both.json().description).toEqual({
      original: 'nl',
      nl: 'Een raffinaderij zoekt een partner voor olieslib.',
      zh: '一家炼油厂正在寻找油泥处理合作伙伴。',
    });
    expect((await ids('/api/opportunities?missingLanguage=zh&pageSize=100')).ids).not.toContain('tr-sludge');

    // The new text is searchable, and the write is audited as a translation with who did it.
    expect((await ids(`/api/opportunities?q=${encodeURIComponent('油泥')}`)).ids).toContain('tr-sludge');
    const audit = await listAudit(t.database.db, { entityType: 'opportunity', entityId: 'tr-sludge', page: 1, pageSize: 50 });
    const translations = audit.items.filter((e: { action: string }) => e.action === 'translate');
    expect(translations).toHaveLength(2);
    expect(translations[0]).toMatchObject({ actorId: expect.any(String) });
  });

  it('is refused to who may not edit the opportunity, by the same rules as editing', async () => {
    const payload = { title: 'Sludge processing for refineries' };
    expect((await translate('visitor', 'opportunities/tr-sludge', 'en', payload)).statusCode).toBe(401);
    const member = await translate('member-a', 'opportunities/tr-sludge', 'en', payload);
    expect(member.statusCode).toBe(403);
    expect(member.json()).toMatchObject({ code: 'role_forbidden', params: { role: 'member' } });
    const otherRegion = await translate('official-y', 'opportunities/tr-sludge', 'en', payload);
    expect(otherRegion.statusCode).toBe(403);
    expect(otherRegion.json().code).toBe('own_region_only');
    // The partner official of the opportunity's region edits it, so translates it too.
    expect((await translate('official-x', 'opportunities/tr-sludge', 'en', payload)).statusCode).toBe(200);
  });

  it('refuses a "translation" into the original language, an empty body and an unknown language', async () => {
    const original = await translate('programme-manager', 'opportunities/tr-sludge', 'nl', { title: 'Andere titel' });
    expect(original.statusCode).toBe(409);
    expect(original.json()).toMatchObject({ code: 'translation_of_original', params: { field: 'title', language: 'nl' } });
    expect((await translate('programme-manager', 'opportunities/tr-sludge', 'en', {})).statusCode).toBe(400);
    expect((await translate('programme-manager', 'opportunities/tr-sludge', 'fr', { title: 'Boues' })).statusCode).toBe(400);
    expect((await translate('programme-manager', 'opportunities/nope', 'en', { title: 'x' })).statusCode).toBe(404);
  });
});

describe('translations of organisations', () => {
  it('filters the directory by a missing language and lets a manager or the own member add it', async () => {
    const missingNl = await ids('/api/organisations?missingLanguage=nl&pageSize=100');
    expect(missingNl.ids).toContain(orgA);
    // An organisation without a description has nothing to translate.
    expect(missingNl.ids).not.toContain(orgB);
    expect((await ids('/api/organisations?missingLanguage=en&pageSize=100')).ids).not.toContain(orgA);

    const res = await translate('programme-manager', `organisations/${orgA}`, 'nl', { description: 'Zuivert industrieel afvalwater.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().description).toEqual({ original: 'en', en: 'Treats industrial wastewater.', nl: 'Zuivert industrieel afvalwater.' });
    expect((await ids('/api/organisations?missingLanguage=nl&pageSize=100')).ids).not.toContain(orgA);

    expect((await translate('member-a', `organisations/${orgA}`, 'zh', { description: '处理工业废水。' })).statusCode).toBe(200);
    const otherMember = await translate('member-b', `organisations/${orgA}`, 'zh', { description: '处理工业废水。' });
    expect(otherMember.statusCode).toBe(403);
    expect(otherMember.json().code).toBe('own_organisation_only');
    expect((await translate('official-x', `organisations/${orgA}`, 'zh', { description: '处理工业废水。' })).json().code).toBe('role_forbidden');
    const nothing = await translate('programme-manager', `organisations/${orgB}`, 'zh', { description: '无' });
    expect(nothing.json()).toMatchObject({ code: 'nothing_to_translate', params: { field: 'description' } });
    const audit = await listAudit(t.database.db, { entityType: 'organisation', entityId: orgA, page: 1, pageSize: 50 });
    expect(audit.items.filter((e: { action: string }) => e.action === 'translate')).toHaveLength(2);
  });
});

describe('translations of projects', () => {
  it('filters the projects by a missing language and lets a programme manager, and nobody else, add it', async () => {
    const body = {
      id: 'tr-project',
      iatiIdentifier: 'XE-EXAMPLE-CTB-TR-PROJECT',
      title: { original: 'nl', nl: 'Waterstofbussen in Hebei' },
      purpose: { original: 'nl', nl: 'Proef met waterstofbussen.' },
      themes: ['hydrogen'],
      status: 2,
      dates: {},
      currency: 'EUR',
      ...Object.fromEntries(
        ['budgetLines', 'transactions', 'organisations', 'people', 'participations', 'bodies', 'documents', 'agreements', 'results', 'phases'].map((k) => [
          k,
          [],
        ]),
      ),
    };
    const created = await t.app.inject({ method: 'POST', url: '/api/projects', headers: as['programme-manager'], payload: body });
    expect(created.statusCode, created.body).toBe(201);
    const missingZh = await t.app.inject({ url: '/api/projects?missingLanguage=zh', headers: as['programme-manager'] });
    expect(missingZh.json().items.map((p: { id: string }) => p.id)).toContain('tr-project');

    const res = await translate('programme-manager', 'projects/tr-project', 'zh', { title: '河北氢能公交', purpose: '氢能公交试点。' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().title).toEqual({ original: 'nl', nl: 'Waterstofbussen in Hebei', zh: '河北氢能公交' });
    expect(res.json().purpose).toEqual({ original: 'nl', nl: 'Proef met waterstofbussen.', zh: '氢能公交试点。' });
    const stillMissing = await t.app.inject({ url: '/api/projects?missingLanguage=zh', headers: as['programme-manager'] });
    expect(stillMissing.json().items.map((p: { id: string }) => p.id)).not.toContain('tr-project');

    expect((await translate('member-a', 'projects/tr-project', 'en', { title: 'Hydrogen buses' })).json().code).toBe('role_forbidden');
    expect((await translate('official-x', 'projects/tr-project', 'en', { title: 'Hydrogen buses' })).json().code).toBe('role_forbidden');
    const original = await translate('programme-manager', 'projects/tr-project', 'nl', { title: 'Andere titel' });
    expect(original.json()).toMatchObject({ code: 'translation_of_original', params: { field: 'title', language: 'nl' } });
    const audit = await listAudit(t.database.db, { entityType: 'project', entityId: 'tr-project', page: 1, pageSize: 50 });
    expect(audit.items.filter((e: { action: string }) => e.action === 'translate')).toHaveLength(1);
  });
});
