import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestCredentials } from '../test/test-server';
import { launchBrowser, openPage } from './browser';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

/** Calls the API as the admin (session cookie and CSRF token), outside any page. */
async function adminApi(method: string, path: string, body?: unknown) {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(server.admin),
  });
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

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await adminApi('POST', '/organisations', { id: 'own-org', name: 'Own Organisation', type: 'company', country: 'BE' });
  await adminApi('POST', '/organisations', { id: 'other-org', name: 'Other Organisation', type: 'company', country: 'NL' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signInThroughForm(page: Page, who: TestCredentials) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('E-mail address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(/Signed in as/).waitFor();
}

async function signOutThroughMenu(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in' }).waitFor();
}

describe('accounts in the browser', () => {
  it('invite → accept from the outbox link → sign in → edit own organisation → refused on another → sign out', async () => {
    const { context, page } = await openPage(browser);
    await signInThroughForm(page, server.admin);

    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('E-mail address').fill('new.member@example.org');
    await page.getByLabel('Name', { exact: true }).fill('New Member');
    await page.getByLabel('Role', { exact: true }).selectOption('member');
    await page.getByLabel('Organisation (id)').fill('own-org');
    await page.getByRole('button', { name: 'Invite a user' }).click();
    await page.getByRole('cell', { name: 'new.member@example.org' }).waitFor();

    await page.getByRole('link', { name: 'Outbox' }).click();
    const mail = page.locator('.outbox-message', { hasText: 'new.member@example.org' }).first();
    await mail.waitFor();
    const link = new URL(/https?:\/\/\S+accept-invitation\S+/.exec((await mail.locator('pre').textContent()) ?? '')![0]);
    await signOutThroughMenu(page);

    // Links in e-mail use PUBLIC_URL; the test server listens elsewhere.
    await page.goto(`${server.url}${link.pathname}${link.search}`);
    await page.getByLabel(/New password/).fill('my own long password');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/Signed in as New Member/).waitFor();
    await signOutThroughMenu(page);

    await signInThroughForm(page, { email: 'new.member@example.org', password: 'my own long password' });
    await page.goto(`${server.url}/organisations/own-org`);
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Website').fill('https://own.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('link', { name: 'https://own.example' }).waitFor();

    await page.goto(`${server.url}/organisations/other-org`);
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Website').fill('https://hijacked.example');
    await page.getByRole('button', { name: 'Save' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(`You may only edit your own organisation's profile, not "Other Organisation"`);

    await signOutThroughMenu(page);
    const me = await page.request.get(`${server.url}/api/auth/me`);
    expect(me.status()).toBe(401);
    await context.close();
  });

  it('shows an organisation named like HTML as text on every page that shows it: no script runs', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const created = (await adminApi('POST', '/organisations', { id: 'xss-org', name, type: 'ngo', country: 'BE' })) as { id: string };
    const { context, page } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await signInThroughForm(page, server.admin);
    for (const path of ['/organisations', `/organisations/${created.id}`, '/admin/audit?entityType=organisation&entityId=xss-org']) {
      await page.goto(`${server.url}${path}`);
      await page.getByText(name, { exact: false }).first().waitFor();
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
