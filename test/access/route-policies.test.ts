// What every route shares: a declared policy, 401 without a session, CSRF on cookie writes, the
// headers of web pages; how files and secret addresses are served; limits on what a client sends.
import { beforeAll, describe, expect, it } from 'vitest';
import { fx, openApiRoutes, pm, post, projectUrl, region, type Route, unique, useAccessApp } from './setup';

useAccessApp();
let routes: Route[];
beforeAll(async () => {
  routes = await openApiRoutes();
});

const publicWrites = new Set([
  'POST /api/auth/login',
  'POST /api/auth/invitations/accept',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset',
  // Registration without an account: the token in the path is the only credential.
  'POST /api/public/events/{token}/registrations',
  'PATCH /api/public/registrations/{token}',
  'DELETE /api/public/registrations/{token}',
  'POST /api/public/registrations/{token}/requests',
  'POST /api/public/registrations/{token}/requests/{requestId}/response',
]);

describe('route policies', () => {
  it('every route of the OpenAPI document declares who may call it', () => {
    expect(routes.length).toBeGreaterThan(30);
    const undeclared = routes.filter((r) => !r.op['x-access']).map((r) => r.key);
    expect(undeclared).toEqual([]);
  });

  it('answers 401 to every write without a session, apart from sign-in, invitations and password reset', async () => {
    const writes = routes.filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(20);
    for (const route of writes) {
      const res = await fx.t.app.inject({ method: route.method as 'POST', url: route.path.replace(/\{\w+\}/g, 'some-id'), payload: {} });
      if (publicWrites.has(route.key)) expect(res.statusCode, route.key).not.toBe(401);
      else {
        expect(res.statusCode, route.key).toBe(401);
        expect(res.json().error, route.key).toBe('unauthenticated');
      }
    }
  });

  it('refuses a cookie-authenticated write without the session’s CSRF token', async () => {
    const { 'x-csrf-token': _token, ...cookieOnly } = pm();
    const payload = { ...region(unique('csrf')) };
    const bare = await fx.t.app.inject({ method: 'POST', url: '/api/regions', payload, headers: cookieOnly });
    expect(bare.statusCode).toBe(403);
    expect(bare.json().message).toContain('X-CSRF-Token');
    const wrong = await fx.t.app.inject({ method: 'POST', url: '/api/regions', payload, headers: { ...cookieOnly, 'x-csrf-token': 'guess' } });
    expect(wrong.statusCode).toBe(403);
    expect((await fx.t.app.inject({ method: 'POST', url: '/api/regions', payload, headers: pm() })).statusCode).toBe(201);
  });

  it('serves web pages with a Content Security Policy that allows no inline script', async () => {
    for (const url of ['/', `/regions/${fx.regionX}`, '/api/docs/']) {
      const res = await fx.t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1];
      expect(scriptSrc, url).toBeDefined();
      expect(scriptSrc, url).not.toContain('unsafe-inline');
      expect(scriptSrc, url).not.toContain('unsafe-eval');
    }
  });

  it('lets only this origin’s pages use the camera (check-in desk) and no page the microphone or location', async () => {
    const res = await fx.t.app.inject({ url: '/events/matrix-event/check-in' });
    const policy = String(res.headers['permissions-policy']);
    expect(policy).toContain('camera=(self)');
    expect(policy).toContain('microphone=()');
    expect(policy).toContain('geolocation=()');
    // The camera's stream reaches the video through srcObject: the CSP stays as strict as before.
    expect(String(res.headers['content-security-policy'])).not.toMatch(/media-src|blob:|mediastream:/);
  });
});

describe('files and secret addresses', () => {
  it('serves an uploaded document as a download of its stored type, never sniffed or rendered', async () => {
    const res = await fx.t.app.inject({ url: projectUrl(`/documents/${fx.documentId}/file`), headers: fx.h['programme-manager'] });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="minutes\.txt"/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toBe('Minutes of the matrix meeting');
  });

  it('ends a calendar feed at once when it is revoked or replaced', async () => {
    const feedUrl = `/api/events/matrix-event/registrations/${fx.registrationA}/feed`;
    const first = new URL((await post(feedUrl, {}, fx.h['member-a'])).url).pathname;
    expect((await fx.t.app.inject({ url: first })).statusCode).toBe(200);
    const second = new URL((await post(feedUrl, {}, fx.h['member-a'])).url).pathname;
    expect((await fx.t.app.inject({ url: first })).statusCode).toBe(404);
    expect((await fx.t.app.inject({ url: second })).statusCode).toBe(200);
    expect((await fx.t.app.inject({ method: 'DELETE', url: feedUrl, headers: fx.h['member-a'] })).statusCode).toBe(204);
    expect((await fx.t.app.inject({ url: second })).statusCode).toBe(404);
  });
});

describe('input limits', () => {
  it('refuses an oversized upload from its Content-Length, before reading the body', async () => {
    const tooBig = 'A'.repeat(16 * 1024 * 1024);
    for (const url of [projectUrl('/documents'), '/api/projects/import/iati']) {
      const res = await fx.t.app.inject({
        method: 'POST',
        url,
        headers: { ...pm(), 'content-type': 'application/json', 'content-length': String(64 * 1024 * 1024) },
        payload: tooBig,
      });
      expect(res.statusCode, url).toBe(413);
    }
  });

  it('refuses an IATI file with a DOCTYPE (billion laughs) as malformed, naming line and column', async () => {
    const entities = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)];
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE x [${entities.join('')}]>\n<iati-activities version="2.03"><x>&l9;</x></iati-activities>`;
    const res = await fx.t.app.inject({ method: 'POST', url: '/api/projects/import/iati', headers: pm(), payload: { xml } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('line 2, column 1');
    expect(res.json().message).toContain('DOCTYPE');
  });
});
