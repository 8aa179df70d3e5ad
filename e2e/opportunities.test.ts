import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser();

/** The number in the "N opportunities" heading, once it satisfies `predicate`. */
async function waitForCount(page: Page, predicate: (count: number) => boolean): Promise<number> {
  let count = -1;
  await expect
    .poll(
      async () => {
        const text = (await page.locator('.results-count').textContent()) ?? '';
        count = Number(/\d+/.exec(text)?.[0] ?? -1);
        return predicate(count);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return count;
}

const resultIds = (page: Page) => page.locator('.opportunity-list h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('opportunity list', () => {
  it('filters by theme and keeps the filter in the URL', async () => {
    const { context, page, errors } = await openPage(app.browser);
    await page.goto(`${app.server.url}/opportunities`);
    const all = await waitForCount(page, (count) => count > 0);
    await page.locator('.theme-filter summary').click();
    // click, not check(): the box shows as checked once the URL (the list's state) has changed.
    await page.getByRole('checkbox', { name: 'Hydrogen' }).click();
    await page.waitForURL(/theme=hydrogen/);
    const hydrogen = await waitForCount(page, (count) => count > 0 && count < all);
    expect(await page.getByRole('checkbox', { name: 'Hydrogen' }).isChecked()).toBe(true);
    const tags = await page.locator('.opportunity-list .tags').allTextContents();
    expect(tags).toHaveLength(hydrogen);
    for (const text of tags) expect(text).toContain('Hydrogen');

    await page.reload();
    await waitForCount(page, (count) => count === hydrogen);
    expect(await page.getByRole('checkbox', { name: 'Hydrogen' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches in Chinese: 废水 finds the industrial wastewater opportunities', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/opportunities`);
    const all = await waitForCount(page, (count) => count > 0);
    await page.getByRole('searchbox', { name: 'Search' }).fill('废水');
    await page.waitForURL(/q=%E5%BA%9F%E6%B0%B4/);
    await waitForCount(page, (count) => count > 0 && count < all);
    const ids = await resultIds(page);
    expect(ids).toContain('/opportunities/hebei-water-pollution');
    expect(ids).toContain('/opportunities/chongqing-water-treatment');
    expect(ids).not.toContain('/opportunities/guangdong-hydrogen-applications');
    await page.screenshot({ path: '.tmp/e2e-search-zh.png', fullPage: true });
    await context.close();
  });

  it('shows an inline error for an empty title, then creates the opportunity once fixed', async () => {
    const { context, page, errors } = await openPage(app.browser);
    // The test server always offers one; an external server (E2E_BASE_URL) needs E2E_MANAGER_EMAIL/_PASSWORD.
    if (!app.server.manager) throw new Error('the app under test offers no programme manager');
    await signIn(page, app.server.url, app.server.manager);
    await page.goto(`${app.server.url}/opportunities/new`);
    await page.getByRole('heading', { level: 1, name: 'New opportunity' }).waitFor();
    await page.getByLabel('Region').selectOption('hebei');
    await page.getByRole('checkbox', { name: 'Water' }).check();
    await page.getByRole('button', { name: 'Save' }).click();

    // Checked in the browser with the contract's schema: no request is made.
    const titleInput = page.locator('#field-title-en');
    await page.locator('#field-title-en-error').waitFor();
    expect(await page.locator('#field-title-en-error').textContent()).toContain('Enter the text in the language it was written in.');
    expect(await titleInput.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    await page.screenshot({ path: '.tmp/e2e-form-error.png', fullPage: true });

    await titleInput.fill('Membrane filtration pilot for textile dyeing wastewater');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Membrane filtration pilot for textile dyeing wastewater' }).waitFor();

    await page.goto(`${app.server.url}/opportunities?q=${encodeURIComponent('membrane filtration pilot')}`);
    await page.getByRole('link', { name: /Membrane filtration pilot for textile dyeing wastewater/ }).click();

    // Delete asks first; Cancel keeps it, "Yes, delete" removes it.
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Delete “Membrane filtration pilot for textile dyeing wastewater”? This cannot be undone.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opportunities' }).waitFor();
    expect(await page.getByRole('link', { name: /Membrane filtration pilot/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells a visitor to sign in instead of showing a form they may not save', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/opportunities/new?regionId=hebei`);
    await page.getByRole('alert').filter({ hasText: 'Sign in with an account that may make this change.' }).waitFor();
    expect(await page.locator('#field-title-en').count()).toBe(0);
    await context.close();
  });

  it('shows the server’s 400 issues next to their fields', async () => {
    const { context, page } = await openPage(app.browser);
    if (!app.server.manager) throw new Error('the app under test offers no programme manager');
    await signIn(page, app.server.url, app.server.manager);
    // The client's own checks pass this form, so the answer is staged to see the server's issues land.
    await page.route('**/api/opportunities', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              error: 'validation_failed',
              message: 'invalid body',
              issues: [{ path: 'title.en', message: 'too long', code: 'too_long', params: { maximum: 300 } }],
            }),
          })
        : route.continue(),
    );
    await page.goto(`${app.server.url}/opportunities/new?regionId=hebei`);
    await page.locator('#field-title-en').fill('Water pollution');
    await page.getByRole('checkbox', { name: 'Water' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('#field-title-en-error').waitFor();
    // Shown from the issue's code and params, in the reader's language.
    expect(await page.locator('#field-title-en-error').textContent()).toBe('Use at most 300 characters.');
    expect(await page.locator('.error-summary').textContent()).toContain('Use at most 300 characters.');
    await context.close();
  });
});
