import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('API documentation', () => {
  it('is an OpenAPI 3.1 document generated from the zod schemas, covering every route', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/health', '/api/regions', '/api/regions/{id}', '/api/twinnings', '/api/opportunities/{id}']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const create = doc.paths['/api/opportunities'].post;
    const body = create.requestBody.content['application/json'].schema;
    expect(JSON.stringify(body)).toContain('themes');
    // The list query's parameters come from the zod query schema.
    const params = doc.paths['/api/opportunities'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'regionId', 'theme', 'language', 'status', 'page', 'pageSize', 'sort']));
  });

  it('has a browsable reference that loads nothing from other hosts', async () => {
    const page = await t.app.inject({ url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
    expect(page.body).not.toMatch(/(src|href)="https?:\/\//);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
