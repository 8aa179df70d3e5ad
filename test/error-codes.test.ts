import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';
import { buildCast } from './factories';

/** Every API error carries a stable code and the params its message is built from (issue 11). */
describe('errors as codes', () => {
  let t: TestApp;
  let cast: Awaited<ReturnType<typeof buildCast>>;
  beforeAll(async () => {
    t = await createTestApp();
    cast = await buildCast(t);
  });
  afterAll(() => t.close());

  it('maps a too-short password to too_short with its minimum, keeping an English message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token: 'a-long-enough-token', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({ error: 'validation_failed', code: 'validation_failed', params: { where: 'body' } });
    expect(body.issues).toEqual([{ path: 'password', message: 'use at least 10 characters', code: 'too_short', params: { minimum: 10 } }]);
  });

  it('maps a value outside an enumeration to invalid_enum with the allowed values', async () => {
    const res = await t.app.inject({ url: '/api/opportunities?status=bogus' });
    expect(res.statusCode).toBe(400);
    const issue = res.json().issues[0];
    expect(issue).toMatchObject({ path: 'status.0', code: 'invalid_enum' });
    expect(issue.params.allowed).toEqual(expect.arrayContaining(['open', 'closed']));
  });

  it('maps a missing field to required and a malformed e-mail address to invalid_format', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'not-an-address' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'email', code: 'invalid_format', params: { format: 'email' } }),
        expect.objectContaining({ path: 'password', code: 'required' }),
      ]),
    );
  });

  it('names the role in a refusal', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/regions', headers: cast.headers['official-x'], payload: {} });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'role_forbidden', code: 'role_forbidden', params: { role: 'partner-official' } });
  });

  it('gives a missing record not_found with what and which', async () => {
    const res = await t.app.inject({ url: '/api/regions/atlantis' });
    expect(res.json()).toMatchObject({ code: 'not_found', params: { what: 'Region', id: 'atlantis' } });
  });
});
