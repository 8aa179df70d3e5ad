import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { useAppAndBrowser } from './server';

const partnerProvinces = {
  en: ['Hebei', 'Shaanxi', 'Sichuan', 'Chongqing', 'Guangdong'],
  zh: ['河北', '陕西', '四川', '重庆', '广东'],
};

const app = useAppAndBrowser();

describe('home page', () => {
  it('shows the map with country shapes, the twinnings and the five partner provinces', async () => {
    const { context, page, errors } = await openPage(app.browser);
    await page.goto(app.server.url);
    const map = page.getByRole('group', { name: 'Map of the partner regions and their twinnings' });
    await map.waitFor();
    await page.locator('[data-testid="partner-map"] .country').first().waitFor();
    expect(await page.locator('[data-testid="partner-map"] .country').count()).toBeGreaterThan(100);
    expect(await page.locator('[data-testid="partner-map"] .twinning-line').count()).toBeGreaterThan(0);
    const mapText = await page.locator('[data-testid="partner-map"] .map-labels').textContent();
    const partnerList = page.getByRole('region', { name: 'Partner regions' });
    for (const name of partnerProvinces.en) {
      expect(mapText).toContain(name);
      await partnerList.getByRole('link', { name, exact: true }).waitFor();
    }
    await page.screenshot({ path: '.tmp/e2e-home-en.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to Chinese and keeps the choice after a reload', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.getByRole('button', { name: /^Language/ }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '合作地图' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh');
    for (const name of partnerProvinces.zh) await page.getByRole('link', { name, exact: true }).first().waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '合作地图' }).waitFor();
    expect(await page.getByRole('button', { name: /中文$/ }).textContent()).toBe('中文');
    const mapText = await page.locator('[data-testid="partner-map"] .map-labels').textContent();
    for (const name of partnerProvinces.zh) expect(mapText).toContain(name);
    await page.screenshot({ path: '.tmp/e2e-home-zh.png' });
    await context.close();
  });

  it('opens in Chinese for a zh-CN browser on a first visit', async () => {
    const { context, page } = await openPage(app.browser, { locale: 'zh-CN' });
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: '合作地图' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh');
    await context.close();
  });

  it('opens in English for a browser language the app does not have', async () => {
    const { context, page } = await openPage(app.browser, { locale: 'fr-FR' });
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Cooperation map' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('opens a partner region page from its card, with figures, twinnings and the theme chart', async () => {
    const { context, page, errors } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.getByRole('region', { name: 'Partner regions' }).getByRole('link', { name: 'Sichuan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sichuan' }).waitFor();
    await page.getByRole('region', { name: 'Sub-regions' }).getByRole('link', { name: 'Chengdu' }).waitFor();
    await page.getByRole('link', { name: 'Chengdu', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Chengdu' }).waitFor();
    await page.getByRole('heading', { name: 'Key figures' }).waitFor();
    await page.locator('.theme-chart svg rect').first().waitFor();
    await page.screenshot({ path: '.tmp/e2e-region-chengdu.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
