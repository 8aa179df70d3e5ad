import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/server/http';
import { createTestApp, type TestApp } from './test-app';

/**
 * Every route the app serves, read from Fastify's own route tree (not from the document under
 * test): `printRoutes` draws one line per path segment, indented four characters per level.
 */
function servedRoutes(app: App): { method: string; path: string }[] {
  const segments: string[] = [];
  const routes: { method: string; path: string }[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const node = /^((?:[│ ] {3})*)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (!node) continue;
    segments.length = node[1]!.length / 4;
    segments.push(node[2]!);
    for (const method of node[3]?.split(', ') ?? []) routes.push({ method, path: segments.join('') });
  }
  return routes;
}

type Schema = {
  $ref?: string;
  type?: string | string[];
  maxLength?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  [key: string]: unknown;
};

/**
 * The places in an operation's input (body, query, path) where a client may send a string of any
 * length: no maxLength and not narrowed by an enum, a constant, a format or a pattern.
 */
function unlimitedStrings(
  doc: { components?: { schemas?: Record<string, Schema> } },
  schema: Schema | undefined,
  path: string,
  seen = new Set<string>(),
): string[] {
  if (!schema || typeof schema !== 'object') return [];
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    if (seen.has(name)) return [];
    return unlimitedStrings(doc, doc.components?.schemas?.[name], path, new Set([...seen, name]));
  }
  const isString = schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
  const narrowed = schema.maxLength !== undefined || schema.enum || schema.const !== undefined || schema.format || schema.pattern;
  const found = isString && !narrowed ? [path] : [];
  for (const [name, child] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {}))
    found.push(...unlimitedStrings(doc, child, `${path}.${name}`, seen));
  for (const key of ['items', 'additionalProperties', 'propertyNames']) {
    if (schema[key] && typeof schema[key] === 'object') found.push(...unlimitedStrings(doc, schema[key] as Schema, `${path}[]`, seen));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    for (const child of (schema[key] as Schema[] | undefined) ?? []) found.push(...unlimitedStrings(doc, child, path, seen));
  return found;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('API documentation', () => {
  it('is an OpenAPI 3.1 document covering every route the app serves, each with who may call it', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    // HEAD answers with its GET; the reference pages and the document itself are not API operations.
    const api = servedRoutes(t.app).filter(
      (r) => r.path.startsWith('/api/') && !r.path.startsWith('/api/docs') && r.path !== '/api/openapi.json' && r.method !== 'HEAD',
    );
    expect(api.length).toBeGreaterThan(100);
    const paths = doc.paths as Record<string, Record<string, { 'x-access'?: string }>>;
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, access: operation['x-access'] })),
    );
    const served = api.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`).sort();
    expect(documented.map((op) => op.key).sort()).toEqual(served);
    expect(
      documented.filter((op) => !op.access?.trim()).map((op) => op.key),
      'operations without an access description',
    ).toEqual([]);
    const create = doc.paths['/api/opportunities'].post;
    const body = create.requestBody.content['application/json'].schema;
    expect(JSON.stringify(body)).toContain('themes');
    // The list query's parameters come from the zod query schema.
    const params = doc.paths['/api/opportunities'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'regionId', 'theme', 'language', 'status', 'page', 'pageSize', 'sort']));
  });

  it('limits the length of every string a client sends (body, query and path)', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    type Operation = { requestBody?: { content: Record<string, { schema: Schema }> }; parameters?: { in: string; name: string; schema: Schema }[] };
    const unlimited = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) => {
        const at = `${method.toUpperCase()} ${path}`;
        return [
          ...Object.values(operation.requestBody?.content ?? {}).flatMap((content) => unlimitedStrings(doc, content.schema, `${at} body`)),
          ...(operation.parameters ?? []).flatMap((p) => unlimitedStrings(doc, p.schema, `${at} ${p.in}:${p.name}`)),
        ];
      }),
    );
    // The walk does reach input strings: the opportunity's title is one, and it is limited.
    expect(JSON.stringify(doc.paths['/api/opportunities'].post.requestBody)).toMatch(/maxLength/);
    expect(unlimited).toEqual([]);
  });

  it('refers only to schemas it defines, so client generators can resolve every $ref', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const refs = new Set([...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!));
    expect(refs.size).toBeGreaterThan(10);
    expect([...refs].filter((name) => !(name in doc.components.schemas))).toEqual([]);
  });

  it('has a browsable reference that loads nothing from other hosts', async () => {
    const page = await t.app.inject({ url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
    expect(page.body).not.toMatch(/(src|href)="https?:\/\//);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
