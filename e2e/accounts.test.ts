import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './browser';
import { type Credentials, useAppAndBrowser } from './server';

const app = useAppAndBrowser();

/** The seeded admin of the test server; an external server (E2E_BASE_URL) has none. */
function admin(): Credentials {
  if (!app.server.admin) throw new Error('these tests need the test server and its seeded admin');
  return app.server.admin;
}

/** The link in the latest mail to an address (the test server's mailbox). */
function mailedLink(to: string): Promise<URL> {
  if (!app.server.mailedLink) throw new Error('these tests need the test server and its mailbox');
  return app.server.mailedLink(to);
}

/** Calls the API as the admin (session cookie and CSRF token), outside any page. */
async function adminApi(method: string, path: string, body?: unknown) {
  const login = await fetch(`${app.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin()),
  });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${app.server.url}/api${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

/** The two organisations of the journey, created once (the tests of this file share the server). */
let organisations: Promise<unknown> | undefined;
const ensureOrganisations = () =>
  (organisations ??= Promise.all([
    adminApi('POST', '/organisations', { id: 'own-org', name: 'Own Organisation', type: 'company', country: 'BE' }),
    adminApi('POST', '/organisations', { id: 'other-org', name: 'Other Organisation', type: 'company', country: 'NL' }),
  ]));

async function signInThroughForm(page: Page, who: Credentials) {
  await page.goto(`${app.server.url}/sign-in`);
  await page.getByLabel('E-mail address').fill(who.email);
  await page.locator('#sign-in-password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /account menu/ }).waitFor();
}

async function signOutThroughMenu(page: Page) {
  await page.getByRole('button', { name: /account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
}

describe('accounts in the browser', () => {
  it('invite → accept from the outbox link → sign in → edit own organisation → refused on another → sign out', async () => {
    await ensureOrganisations();
    const { context, page } = await openPage(app.browser);
    await signInThroughForm(page, admin());

    // The navigation's link (an admin's My work also links the users, by their number per role).
    await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('E-mail address').fill('new.member@example.org');
    await page.getByLabel('Name', { exact: true }).fill('New Member');
    await page.getByLabel('Role', { exact: true }).selectOption('member');
    await page.getByLabel('Organisation', { exact: true }).selectOption('own-org');
    await page.getByRole('button', { name: 'Invite a user' }).click();
    await page.getByRole('cell', { name: 'new.member@example.org', exact: true }).waitFor();

    await page.getByRole('link', { name: 'Outbox' }).click();
    const mail = page.locator('.outbox-message', { hasText: 'new.member@example.org' }).first();
    await mail.waitFor();
    // Admins read the mail without the link's secret; only the recipient's copy carries it.
    expect(await mail.locator('pre').textContent()).toContain('accept-invitation?token=[redacted]');
    const link = await mailedLink('new.member@example.org');
    await signOutThroughMenu(page);

    // Links in e-mail use PUBLIC_URL; the test server listens elsewhere.
    await page.goto(`${app.server.url}${link.pathname}${link.search}`);
    await page.getByLabel(/New password/).fill('my own long password');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: /New Member/ }).waitFor();
    await signOutThroughMenu(page);

    await signInThroughForm(page, { email: 'new.member@example.org', password: 'my own long password' });
    await page.goto(`${app.server.url}/organisations/own-org`);
    await page.getByRole('link', { name: 'Edit profile' }).click();
    await page.getByLabel('Website').fill('https://own.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'https://own.example' }).waitFor();

    // Another organisation's profile offers no edit control; its edit page by URL refuses plainly.
    await page.goto(`${app.server.url}/organisations/other-org`);
    await page.getByRole('heading', { level: 1, name: 'Other Organisation' }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit profile' }).count()).toBe(0);
    await page.goto(`${app.server.url}/organisations/other-org/edit`);
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Your account may not make this change.');

    await signOutThroughMenu(page);
    const me = await page.request.get(`${app.server.url}/api/auth/me`);
    expect(me.status()).toBe(401);
    await context.close();
  });

  it('shows an organisation named like HTML as text on every page that shows it: no script runs', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const created = (await adminApi('POST', '/organisations', { id: 'xss-org', name, type: 'ngo', country: 'BE' })) as { id: string };
    const { context, page } = await openPage(app.browser);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await signInThroughForm(page, admin());
    for (const path of ['/organisations', `/organisations/${created.id}`, '/admin/audit?entityType=organisation&entityId=xss-org']) {
      await page.goto(`${app.server.url}${path}`);
      await page.getByText(name, { exact: false }).first().waitFor();
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('a user chooses the e-mail language, changes the password, creates and revokes an API token, and signs out everywhere', async () => {
    const email = 'self.service@example.org';
    await adminApi('POST', '/users', { email, displayName: 'Self Service', role: 'programme-manager' });
    const token = (await mailedLink(email)).searchParams.get('token');
    const accepted = await fetch(`${app.server.url}/api/auth/invitations/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: 'first long password' }),
    });
    expect(accepted.status).toBe(200);

    const { context, page } = await openPage(app.browser);
    await signInThroughForm(page, { email, password: 'first long password' });
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('menuitem', { name: 'My account' }).click();
    // E-mail in Chinese from now on; the page itself stays in the UI language the reader chose.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(((await (await page.request.get(`${app.server.url}/api/auth/me`)).json()) as { user: { language: string } }).user.language).toBe('zh');
    await page.getByLabel('Current password').fill('first long password');
    await page.getByLabel(/New password/).fill('second long password');
    await page.getByRole('button', { name: 'Change your password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password is changed' }).waitFor();

    await page.getByLabel('Name of the token').fill('nightly sync');
    await page.getByLabel('Scope').selectOption('read');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.locator('.token-secret').textContent())!;
    const asToken = () => fetch(`${app.server.url}/api/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await asToken()).status).toBe(200);
    await page.getByRole('button', { name: 'Revoke: nightly sync' }).click();
    await page.getByRole('cell', { name: 'revoked' }).waitFor();
    expect((await asToken()).status).toBe(401);

    // A second browser, signed in with the new password, is signed out from the first one.
    const other = await openPage(app.browser);
    await signInThroughForm(other.page, { email, password: 'second long password' });
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    expect((await other.page.request.get(`${app.server.url}/api/auth/me`)).status()).toBe(401);
    await other.context.close();
    await context.close();
  });

  it("an admin moves a user to another organisation; the organisation's history shows the change to admins only", async () => {
    await ensureOrganisations();
    await adminApi('POST', '/users', { email: 'mover@example.org', displayName: 'Mover', role: 'member', organisationId: 'own-org' });
    await adminApi('PUT', '/organisations/other-org', { name: 'Other Organisation', type: 'company', country: 'NL', website: 'https://other.example' });
    const { context, page } = await openPage(app.browser);
    await signInThroughForm(page, admin());
    await page.goto(`${app.server.url}/admin/users`);
    await page.getByLabel('Organisation: mover@example.org').selectOption('other-org');
    await page.getByRole('button', { name: 'Save: mover@example.org' }).click();
    await expect
      .poll(async () => ((await adminApi('GET', '/users?q=mover')) as { items: { organisationId: string }[] }).items[0]?.organisationId)
      .toBe('other-org');

    await page.goto(`${app.server.url}/organisations/other-org`);
    const history = page.getByRole('region', { name: 'History' });
    // Field names in words, a value set where there was none without "— →", no ids or JSON.
    await history.getByText('Website:').first().waitFor();
    await history.getByText('https://other.example').first().waitFor();
    expect(await history.textContent()).not.toMatch(/[{}]|other-org/);

    const visitor = await openPage(app.browser);
    await visitor.page.goto(`${app.server.url}/organisations/other-org`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Other Organisation' }).waitFor();
    expect(await visitor.page.getByRole('heading', { name: 'History' }).count()).toBe(0);
    await visitor.context.close();
    await context.close();
  });
});
