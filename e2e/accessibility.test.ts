import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { horizontalOverflow, openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser();

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `limit` presses. */
async function tabTo(
  page: Page,
  matches: (element: { text: string; tag: string }) => boolean,
  { key = 'Tab', limit = 40 }: { key?: 'Tab' | 'Shift+Tab'; limit?: number } = {},
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim() ?? '',
      tag: document.activeElement?.tagName ?? '',
    }));
    if (matches(focused)) return;
  }
  throw new Error('the element was not reached with Tab');
}

describe('narrow screens', () => {
  it.each(['/', '/opportunities', '/regions/hebei'])('%s has no horizontal scroll at 360 px', async (path) => {
    const { context, page } = await openPage(app.browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(app.server.url + path);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await horizontalOverflow(page)).toBe(0);
    if (path === '/') await page.screenshot({ path: '.tmp/e2e-home-360.png', fullPage: true });
    await context.close();
  });

  it('collapses the navigation behind a menu button', async () => {
    const { context, page } = await openPage(app.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(app.server.url);
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Opportunities' }).isVisible()).toBe(false);
    await menu.click();
    await page.getByRole('link', { name: 'Opportunities' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opportunities' }).waitFor();
    await context.close();
  });
});

describe('keyboard only', () => {
  it('starts with a skip link, reaches the nav links and the language switch, and activates them', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');

    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Opportunities');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Opportunities' }).waitFor();

    // A route change moves focus to the main content, so the header's language menu is behind it.
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'English', { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Nederlands' }).waitFor();
    await tabTo(page, (el) => el.text === 'Nederlands', { key: 'ArrowDown' as 'Tab', limit: 5 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kansen' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    // The navigation follows the header: go on to it, now in Dutch.
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Regio’s');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Regio’s' }).waitFor();
    await context.close();
  });

  it('shows a visible focus ring', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Regions');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await context.close();
  });
});

/** axe-core on the shell and the converted pages: no serious or critical violation (WCAG 2.1 AA). */
describe('axe', () => {
  const pages = ['/', '/opportunities', '/regions', '/regions/hebei', '/organisations', '/sign-in'];

  it.each(['visitor', 'manager'] as const)(
    'finds no serious or critical violation as a %s',
    async (who) => {
      for (const lang of ['en', 'zh'] as const) {
        const { context, page } = await openPage(app.browser, { locale: lang === 'zh' ? 'zh-CN' : 'en-GB' });
        if (who === 'manager') await signIn(page, app.server.url, app.server.manager!);
        for (const path of pages) {
          await page.goto(app.server.url + path);
          await page.locator('main h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          const serious = results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map(
              (v) =>
                `${lang} ${path}: ${v.id} (${v.nodes
                  .map((n) => n.html.slice(0, 200))
                  .slice(0, 3)
                  .join(', ')})`,
            );
          expect(serious).toEqual([]);
        }
        await context.close();
      }
    },
    240_000,
  );
});
