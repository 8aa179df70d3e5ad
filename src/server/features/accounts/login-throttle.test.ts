import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createAccount } from '../../../../test/accounts';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { defaultAuthSettings, loadConfig } from '../../config';

let t: TestApp;
/** The per-address limit below the in-memory 100 requests a minute of the public account routes. */
const settings = { ...defaultAuthSettings, loginMaxFailuresPerAddress: 40 };
let clock = Date.parse('2026-03-01T09:00:00Z');
beforeAll(async () => {
  // The proxy runs on this host (inject() calls come from 127.0.0.1); everyone else is a client.
  t = await createTestApp({ trustProxy: ['loopback'], auth: settings, now: () => new Date(clock) });
});
afterAll(() => t.close());

/** A sign-in through the proxy for `client`, or straight from `remoteAddress` with a forged header. */
const login = (email: string, password: string, via: { client?: string; remoteAddress?: string; forwardedFor?: string }) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress: via.remoteAddress ?? '127.0.0.1',
    headers: { 'x-forwarded-for': via.forwardedFor ?? via.client ?? '' },
  });

describe('TRUST_PROXY', () => {
  it('is a list of proxies or a hop count; true (trust anyone) is refused with the way out', () => {
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 2001:db8::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', '2001:db8::1']);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true is no longer accepted .*loopback/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33,proxy.example' })).toThrow(
      /TRUST_PROXY: not an address, CIDR or proxy name: 10\.0\.0\.0\/33, proxy\.example/,
    );
  });
});

describe('sign-in throttling', () => {
  it('stops 150 wrong passwords from rotating forwarded addresses: the account slows down, whatever the address', async () => {
    await createAccount(t, { email: 'rotated@example.org', role: 'admin' });
    const codes: number[] = [];
    for (let i = 0; i < 150; i++) {
      codes.push((await login('rotated@example.org', `guess ${i}`, { client: `198.51.100.${i % 250}` })).statusCode);
    }
    expect(codes.filter((c) => c === 401).length).toBe(settings.loginBackoffAfter);
    expect(codes.filter((c) => c === 429).length).toBe(150 - settings.loginBackoffAfter);
    // The right password from yet another address must wait too (else a guess could be confirmed).
    const waiting = await login('rotated@example.org', TEST_PASSWORD, { client: '192.0.2.200' });
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().message).toMatch(/Too many wrong passwords for this account\. Wait \d+ seconds/);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(settings.loginBackoffMaxMs / 1000);
    clock += settings.loginBackoffMaxMs;
    expect((await login('rotated@example.org', TEST_PASSWORD, { client: '192.0.2.200' })).statusCode).toBe(200);
  });

  it('does not let 20 guesses "from" the victim’s address lock the victim out', async () => {
    await createAccount(t, { email: 'victim@example.org', role: 'programme-manager' });
    const victim = '203.0.113.7';
    // The attacker is not a trusted proxy: its X-Forwarded-For is ignored, the guesses count against its own address.
    const attack: number[] = [];
    for (let i = 0; i < 20; i++) {
      attack.push((await login('victim@example.org', `guess ${i}`, { remoteAddress: '192.0.2.66', forwardedFor: victim })).statusCode);
    }
    // The account's backoff stopped the guessing after a few tries.
    expect(attack.filter((c) => c === 401).length).toBe(settings.loginBackoffAfter);
    // The victim is at most slowed down by the account's backoff (never the 15-minute block)…
    const soon = await login('victim@example.org', TEST_PASSWORD, { client: victim });
    if (soon.statusCode === 429) expect(Number(soon.headers['retry-after'])).toBeLessThanOrEqual(settings.loginBackoffMaxMs / 1000);
    else expect(soon.statusCode).toBe(200);
    // …and signs in once that wait is over.
    clock += settings.loginBackoffMaxMs;
    expect((await login('victim@example.org', TEST_PASSWORD, { client: victim })).statusCode).toBe(200);
  });

  it('blocks an address that sprays wrong passwords over many accounts, not the other addresses', async () => {
    const spray = '192.0.2.99';
    const codes: number[] = [];
    for (let i = 0; i < settings.loginMaxFailuresPerAddress; i++) {
      codes.push((await login(`someone${i}@example.org`, 'Summer2026!', { client: spray })).statusCode);
    }
    expect(codes.slice(0, -1).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    const last = await login('nobody-else@example.org', 'x', { client: spray });
    expect(last.statusCode).toBe(429);
    expect(last.json().message).toMatch(/Too many wrong passwords from your address/);
    expect((await login('nobody-else@example.org', 'x', { client: '192.0.2.100' })).statusCode).toBe(401);
  });
});
