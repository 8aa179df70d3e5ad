// The programme manager's workspace (issue 10): irreversible actions ask first and say what will
// happen with the server's numbers; the project page shows each section once, with its edit
// controls only to those who may edit; the audit log and the project page pass axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptInvitation, apiAs } from './api-as';
import { openPage } from './browser';
import { type Credentials, useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser();
const manager = () => app.server.manager ?? fail('the app under test offers no programme manager');
const admin = () => app.server.admin ?? fail('the app under test offers no admin');
function fail(message: string): never {
  throw new Error(message);
}
const api = async (who: Credentials, method: string, path: string, body?: unknown) => {
  const res = await apiAs(app.server.url, who, method, path, body);
  return res.status === 204 ? undefined : res.json();
};
const official: Credentials = { email: 'li.official@hebei.example', password: 'li official password 1' };

beforeAll(async () => {
  // A partner-region official (invited by the admin, invitation accepted from the mailed link).
  await api(admin(), 'POST', '/users', { email: official.email, displayName: 'Li Official', role: 'partner-official', regionId: 'hebei' });
  await acceptInvitation(app.server, official);

  // An event with three registered delegates of two organisations.
  await api(admin(), 'POST', '/organisations', { id: 'ws-a', name: 'Workspace Water BV', type: 'company', country: 'NL' });
  await api(admin(), 'POST', '/organisations', { id: 'ws-b', name: '河北水务', type: 'company', country: 'CN' });
  await api(manager(), 'POST', '/events', {
    id: 'ws-water',
    title: 'Water matchmaking',
    languages: ['en', 'zh'],
    tables: 2,
    slots: [{ id: 's1', start: '2030-06-12T09:00:00Z', end: '2030-06-12T09:25:00Z' }],
  });
  for (const [organisationId, delegateName, delegateEmail] of [
    ['ws-a', 'Ada Water', 'ada@ws-a.example'],
    ['ws-a', 'Ben Water', 'ben@ws-a.example'],
    ['ws-b', 'Chen Shui', 'chen@ws-b.example'],
  ] as const) {
    await api(manager(), 'POST', '/events/ws-water/registrations', { organisationId, delegateName, delegateEmail, languages: ['en'] });
  }
}, 120_000);

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.nodes
          .map((n) => n.html.slice(0, 160))
          .slice(0, 3)
          .join(', ')})`,
    );
}

describe('irreversible actions ask first, with numbers', () => {
  it('publishing an agenda names the delegates it e-mails; Cancel sends nothing, Yes publishes', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await signIn(page, app.server.url, manager());
    const publishes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/events/ws-water/publish')) publishes.push(r.url());
    });
    await page.goto(`${app.server.url}/events/ws-water`);
    const publish = page.getByRole('button', { name: 'Publish and lock the agenda' });
    await expect.poll(() => publish.isEnabled()).toBe(true);

    await publish.click();
    const dialog = page.getByRole('dialog', { name: 'Publish the agenda?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('e-mails 3 delegates their agenda');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(publishes).toEqual([]);
    expect(((await api(manager(), 'GET', '/events/ws-water')) as { publishedAt: string | null }).publishedAt).toBeNull();

    await publish.click();
    await dialog.getByRole('button', { name: 'Yes, publish and e-mail' }).click();
    await page.getByText(/^Published: /).waitFor();
    expect(publishes).toHaveLength(1);
    expect(((await api(manager(), 'GET', '/events/ws-water')) as { publishedAt: string | null }).publishedAt).not.toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the project page', () => {
  it('shows each section once to a programme manager, with its edit controls inline', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await signIn(page, app.server.url, manager());
    await page.goto(`${app.server.url}/projects/p004`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');

    const headings = await page.locator('main h2').allTextContents();
    expect(headings.length).toBeGreaterThan(5);
    expect(new Set(headings).size).toBe(headings.length);

    const project = (await api(manager(), 'GET', '/projects/p004')) as { organisations: { name: { en?: string } }[]; results: { title: { en?: string } }[] };
    const organisations = page.getByRole('region', { name: 'Organisations' });
    // One list item per organisation (not a read-only list and then an editable one), each with its own Edit.
    expect(await organisations.locator('ul.text-list > li').count()).toBe(project.organisations.length);
    for (const o of project.organisations) {
      const name = o.name.en!;
      expect(await organisations.getByRole('button', { name: `Edit: ${name}`, exact: true }).count(), name).toBe(1);
    }
    // (the section, and inside it the table's scroll region of the same name)
    const results = page.getByRole('region', { name: 'Results' }).first();
    expect(await page.getByRole('heading', { level: 2, name: 'Results', exact: true }).count()).toBe(1);
    for (const r of project.results) expect(await results.getByRole('button', { name: `Edit: ${r.title.en!}`, exact: true }).count()).toBe(1);

    // A form opens in a dialog; Cancel closes it without a change.
    await organisations.getByRole('button', { name: 'Add an organisation', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Add an organisation' });
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'hidden' });

    // Removing asks first and Cancel keeps the organisation.
    const first = project.organisations[0]!.name.en!;
    await organisations.getByRole('button', { name: `Remove: ${first}`, exact: true }).click();
    const confirm = page.getByRole('dialog', { name: `Remove “${first}”?` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await organisations.getByRole('button', { name: `Edit: ${first}`, exact: true }).count()).toBe(1);

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows no edit control to a partner-region official', { timeout: 60_000 }, async () => {
    const { context, page } = await openPage(app.browser);
    await signIn(page, app.server.url, official);
    await page.goto(`${app.server.url}/projects/p004`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByRole('heading', { level: 2, name: 'Organisations' }).waitFor();
    const controls = page.locator('main').getByRole('button', { name: /^(Edit|Remove|Add|Delete)\b/ });
    expect(await controls.count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit project' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'History' }).count()).toBe(0);
    await context.close();
  });

  it('shows a visitor no edit control either (a sign-in link instead)', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/projects/p004`);
    await page
      .getByRole('link', { name: /Sign in/ })
      .first()
      .waitFor();
    expect(
      await page
        .locator('main')
        .getByRole('button', { name: /^(Edit|Remove|Add|Delete)\b/ })
        .count(),
    ).toBe(0);
    await context.close();
  });
});

describe('the audit log', () => {
  it('names people and records, filters through the address bar, and passes axe', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await signIn(page, app.server.url, admin());
    await page.goto(`${app.server.url}/admin/audit?entityType=event`);
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Event: Water matchmaking' }).filter({ hasText: 'published' });
    await row.first().waitFor();
    const text = (await row.first().textContent()) ?? '';
    expect(text).not.toContain('ws-water');
    expect(text).not.toMatch(/[{}"]/);
    expect(text).not.toContain(manager().email);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
