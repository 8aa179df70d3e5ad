import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestCredentials } from '../test/test-server';
import { launchBrowser, openPage } from './browser';
import { signIn } from './session';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const members: Record<'a' | 'b', TestCredentials> = {
  a: { email: 'anna@ev-a.example', password: 'anna password 123' },
  b: { email: 'bo@ev-b.example', password: 'bo password 12345' },
};

/** Calls the API as `who` (session cookie and CSRF token), outside any page. */
async function apiAs(who: TestCredentials, method: string, path: string, body?: unknown) {
  const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

/** A member account that can sign in: invited by the admin, invitation accepted from the outbox. */
async function member(who: TestCredentials, organisationId: string, displayName: string) {
  await apiAs(server.admin, 'POST', '/users', { email: who.email, displayName, role: 'member', organisationId });
  const outbox = (await apiAs(server.admin, 'GET', `/outbox?to=${encodeURIComponent(who.email)}`)) as { items: { text: string }[] };
  const token = /token=([A-Za-z0-9_-]+)/.exec(outbox.items[0]!.text)![1];
  const res = await fetch(`${server.url}/api/auth/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: who.password }),
  });
  if (!res.ok) throw new Error(`accept invitation: ${res.status} ${await res.text()}`);
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await apiAs(server.admin, 'POST', '/organisations', { id: 'ev-a', name: 'Electrolyser BV', type: 'company', country: 'NL' });
  await apiAs(server.admin, 'POST', '/organisations', { id: 'ev-b', name: '河北氢能', type: 'company', country: 'CN' });
  await member(members.a, 'ev-a', 'Anna');
  await member(members.b, 'ev-b', 'Bo');
  await apiAs(server.manager, 'POST', '/events', {
    id: 'h2-match',
    title: 'Hydrogen matchmaking',
    languages: ['en', 'zh'],
    tables: 4,
    slots: [
      { id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' },
      { id: 's2', start: '2030-05-12T09:30:00Z', end: '2030-05-12T09:55:00Z' },
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function registerThroughForm(page: Page, name: string, email: string) {
  await page.goto(`${server.url}/events/h2-match`);
  await page.getByRole('heading', { level: 1, name: 'Hydrogen matchmaking' }).waitFor();
  await page.getByLabel('Delegate name').fill(name);
  await page.getByLabel('Delegate e-mail').fill(email);
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByRole('heading', { name: 'Your delegates' }).waitFor();
}

describe('matchmaking in the browser', () => {
  it('two organisations register, one requests, the other accepts, the organiser schedules, both download their .ics', async () => {
    const a = await openPage(browser);
    const b = await openPage(browser);
    const pm = await openPage(browser);
    await signIn(a.page, server.url, members.a);
    await signIn(b.page, server.url, members.b);
    await signIn(pm.page, server.url, server.manager);

    await registerThroughForm(a.page, 'Anna de Vries', 'anna@ev-a.example');
    await registerThroughForm(b.page, 'Bo Wang', 'bo@ev-b.example');

    await a.page.reload();
    await a.page.getByRole('listitem').filter({ hasText: 'Bo Wang' }).getByRole('button', { name: 'Request a meeting' }).click();
    await a.page.getByRole('cell', { name: 'pending', exact: false }).waitFor();

    await b.page.reload();
    await b.page.getByRole('button', { name: 'Accept' }).click();
    await b.page.getByRole('cell', { name: /accepted/ }).waitFor();

    await pm.page.goto(`${server.url}/events/h2-match`);
    await pm.page.getByRole('button', { name: 'Schedule meetings' }).click();
    await pm.page.getByRole('status').filter({ hasText: '1 of at most 1 possible meetings scheduled' }).waitFor();

    for (const [who, other] of [
      [a, 'Bo Wang'],
      [b, 'Anna de Vries'],
    ] as const) {
      await who.page.reload();
      await who.page.locator('.event-agenda li', { hasText: other }).waitFor();
      const [download] = await Promise.all([who.page.waitForEvent('download'), who.page.getByRole('link', { name: 'Calendar (.ics)' }).click()]);
      const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n /g, '');
      expect(ics).toMatch(/^BEGIN:VCALENDAR/);
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics).toMatch(/DTSTART:20300512T09(00|30)00Z/);
      expect(ics).toMatch(/DTEND:20300512T09(25|55)00Z/);
      expect(ics).toContain(other);
    }
    for (const p of [a, b, pm]) await p.context.close();
  }, 120_000);
});
