import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { horizontalOverflow, openPage } from './browser';
import { acceptInvitation, apiAs } from './api-as';
import { type Credentials, useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser();
const admin = () => app.server.admin ?? fail('the app under test offers no admin');
function fail(message: string): never {
  throw new Error(message);
}
const member: Credentials = { email: 'wim@dir-own.example', password: 'wim password 12345' };

/** A member account that can sign in: invited by the admin, invitation accepted from the mailed link. */
async function makeMember(who: Credentials, organisationId: string) {
  await apiAs(app.server.url, admin(), 'POST', '/users', { email: who.email, displayName: 'Wim', role: 'member', organisationId });
  await acceptInvitation(app.server, who);
}

async function noSeriousAxeViolation(page: Page, what: string) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${what}: ${v.id} (${v.nodes
          .map((n) => n.html.slice(0, 160))
          .slice(0, 3)
          .join(', ')})`,
    );
  expect(serious).toEqual([]);
}

beforeAll(async () => {
  const create = (body: object) => apiAs(app.server.url, admin(), 'POST', '/organisations', body);
  await create({
    id: 'dir-own',
    name: 'Slibtechniek Gent',
    type: 'company',
    country: 'BE',
    description: { original: 'nl', nl: 'Wij verwerken zuiveringsslib en industrieel afvalwater.' },
  });
  await create({ id: 'dir-other', name: 'Other Water BV', type: 'company', country: 'NL', description: { original: 'en', en: 'Membranes.' } });
  await create({ id: 'dir-cn', name: '成都环境科技', type: 'knowledge-institute', country: 'CN', homeRegionId: 'chengdu' });
  await makeMember(member, 'dir-own');
});

describe('the organisation directory in the browser', () => {
  it('searches across languages, filters by facet and keeps it all in the URL', async () => {
    const { context, page } = await openPage(app.browser);
    await signIn(page, app.server.url, app.server.manager!);
    await page.goto(`${app.server.url}/organisations`);
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await page.getByRole('link', { name: 'New organisation' }).waitFor();
    await page.locator('#main').getByRole('link', { name: 'Import' }).waitFor();
    await page.getByLabel('Search').fill('废水');
    await page.getByRole('link', { name: 'Slibtechniek Gent' }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('废水');
    await expect.poll(() => page.getByRole('link', { name: 'Other Water BV' }).count()).toBe(0);
    const csv = page.getByRole('link', { name: 'Export CSV' });
    expect(await csv.getAttribute('href')).toContain(`q=${encodeURIComponent('废水')}`);
    await noSeriousAxeViolation(page, '/organisations');

    await page.goto(`${app.server.url}/organisations?country=CN`);
    await page.getByRole('link', { name: '成都环境科技' }).waitFor();
    expect(await page.getByRole('link', { name: 'Slibtechniek Gent' }).count()).toBe(0);
    await context.close();
  });

  it('lets a company member edit the full profile of their own organisation and not another', async () => {
    const { context, page } = await openPage(app.browser);
    await signIn(page, app.server.url, member);
    await page.goto(`${app.server.url}/organisations/dir-own`);
    await page.getByRole('link', { name: 'Edit profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the profile of Slibtechniek Gent' }).waitFor();
    await page.getByLabel('In Chinese').fill('处理污泥和工业废水。');
    await page.getByLabel('In English').fill('We treat sewage sludge and industrial wastewater.');
    await page
      .locator('input')
      .and(page.getByLabel('Sectors', { exact: true }))
      .fill('chemistry');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add a reference' }).click();
    await page.getByLabel('Project').fill('Sludge drying Ghent');
    await page.getByLabel('Year').fill('2024');
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.getByLabel('Name', { exact: true }).last().fill('Wim Claes');
    await page.getByLabel('E-mail').last().fill('wim@dir-own.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Slibtechniek Gent' }).waitFor();
    await page.getByText('Sludge drying Ghent (2024)').waitFor();
    await page.getByText('Wim Claes · wim@dir-own.example').waitFor();
    await page.getByText('chemistry').waitFor();
    await noSeriousAxeViolation(page, '/organisations/dir-own');
    const saved = (await (await apiAs(app.server.url, admin(), 'GET', '/organisations/dir-own')).json()) as { description: { zh?: string } };
    expect(saved.description.zh).toBe('处理污泥和工业废水。');

    // Another organisation: no edit control, and its edit page by URL says plainly it is not allowed.
    await page.goto(`${app.server.url}/organisations/dir-other`);
    await page.getByRole('heading', { level: 1, name: 'Other Water BV' }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit profile' }).count()).toBe(0);
    await page.goto(`${app.server.url}/organisations/dir-other/edit`);
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Your account may not make this change.');
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await context.close();
  });

  it('fits a 390 px phone in Chinese, its table’s sort icons and page buttons named in Chinese', async () => {
    const { context, page } = await openPage(app.browser, { locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    await page.goto(`${app.server.url}/organisations`);
    await page.getByRole('heading', { level: 1, name: '机构' }).waitFor();
    await page.getByRole('link', { name: '成都环境科技' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The table's sort icons and page buttons speak Chinese too (the library's are English).
    await page.getByRole('img', { name: '升序排列' }).waitFor();
    expect(await page.getByRole('img', { name: '未排序' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '下一页' }).waitFor();
    const labels = await page.locator('[aria-label]').evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label')));
    expect(labels.filter((label) => /sorted|page/i.test(label ?? ''))).toEqual([]);
    await context.close();
  });
});
