import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, signInAsProgrammeManager } from '../../../test/accounts';
import { buildRegion } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let pm: AuthHeaders;
beforeAll(async () => {
  t = await createTestApp();
  pm = await signInAsProgrammeManager(t);
});
afterAll(() => t.close());

const region = { id: 'jiangsu', side: 'partner', level: 'province', country: 'CN', name: { original: 'en', en: 'Jiangsu' } };

describe('a NUL character anywhere in a request', () => {
  it('is refused with 400 naming the field: path parameters, anonymously', async () => {
    const res = await t.app.inject({ url: '/api/regions/%00' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation_failed', issues: [{ path: 'id', message: expect.stringMatching(/NUL/) }] });
    const opportunity = await t.app.inject({ url: '/api/opportunities/a%00b' });
    expect(opportunity.statusCode).toBe(400);
  });

  it('in the query', async () => {
    const res = await t.app.inject({ url: '/api/opportunities?q=water%00' });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toMatchObject([{ path: 'q', message: expect.stringMatching(/NUL/) }]);
  });

  it('in body strings, nested and in keys, all named, and nothing is written', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/regions',
      headers: pm,
      payload: { ...region, name: { original: 'en', en: 'Jiang\u0000su', zh: '江苏\u0000' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { path: string }) => i.path)).toEqual(['name.en', 'name.zh']);
    expect((await t.app.inject({ url: '/api/regions/jiangsu' })).statusCode).toBe(404);
    const key = await t.app.inject({ method: 'POST', url: '/api/regions', headers: pm, payload: { ...region, ['x\u0000']: 1 } });
    expect(key.statusCode).toBe(400);
    expect(key.json().issues[0].path).toBe('x\\0');
  });

  it('in an array item and in an IATI file sent for import', async () => {
    const { id: regionId } = await buildRegion(t);
    const opportunity = await t.app.inject({
      method: 'POST',
      url: '/api/opportunities',
      headers: pm,
      payload: { regionId, title: { original: 'en', en: 'Wells' }, themes: ['water', 'air\u0000'] },
    });
    expect(opportunity.statusCode).toBe(400);
    expect(opportunity.json().issues[0].path).toBe('themes.1');
    const iati = await t.app.inject({
      method: 'POST',
      url: '/api/projects/import/iati',
      headers: pm,
      payload: { xml: '<iati-activities>\u0000</iati-activities>' },
    });
    expect(iati.statusCode).toBe(400);
    expect(iati.json().issues[0].path).toBe('xml');
  });
});
