import { describe, expect, it } from 'vitest';
import { horizontalOverflow, openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

// Partner-region officials read the app in Chinese: codes of the contract (themes, organisation
// types, audit actions) must reach them as words, never as the English identifiers they are stored as.
const app = useAppAndBrowser();

async function managerPageInChinese(width = 1280) {
  const opened = await openPage(app.browser, { locale: 'zh-CN', viewport: { width, height: 900 } });
  await signIn(opened.page, app.server.url, app.server.manager!);
  return opened;
}

describe('the Chinese UI', () => {
  it('names organisation types and countries, and audit actions, in Chinese', async () => {
    const { context, page } = await managerPageInChinese();
    const me = (await (await page.request.get(`${app.server.url}/api/auth/me`)).json()) as { csrfToken: string };
    const created = await page.request.post(`${app.server.url}/api/organisations`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { id: 'i18n-check', name: 'Olieslib NV', type: 'company', country: 'NL', description: { original: 'nl', nl: 'Verwerkt olieslib.' } },
    });
    expect(created.status()).toBe(201);

    await page.goto(`${app.server.url}/organisations/i18n-check`);
    await page.getByRole('heading', { level: 1, name: 'Olieslib NV' }).waitFor();
    // The history below lists the stored fields as they are (type: company); the summary must not.
    expect(await page.locator('main article p').first().innerText()).toBe('企业 · 荷兰');
    await expect.poll(() => page.locator('.entity-history-head').first().innerText()).toMatch(/创建$/);
    await context.close();
  });

  it('offers the pipeline themes as words and fits the pipeline on a phone', async () => {
    const { context, page } = await managerPageInChinese(360);
    await page.goto(`${app.server.url}/matches`);
    await page.locator('main h1').waitFor();
    // On a phone the filters fold behind one button; the themes picker offers words, never codes.
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByLabel('主题', { exact: true }).first().click();
    await page.getByRole('option').first().waitFor();
    const themeOptions = await page.getByRole('option').allInnerTexts();
    expect(themeOptions).toContain('低碳城市');
    await page.keyboard.press('Escape');
    expect(themeOptions.filter((label) => /^[a-z-]+$/.test(label))).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(await horizontalOverflow(page)).toBe(0);
    await context.close();
  });

  it('gives a visitor of a project its public summary in their language and the way to sign in', async () => {
    const { context, page } = await openPage(app.browser, { locale: 'zh-CN' });
    await page.goto(`${app.server.url}/projects/p004`);
    await page.getByRole('heading', { level: 1, name: '中荷深圳低碳区合作' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '阶段与阶段决策' }).waitFor();
    expect(await page.getByRole('link', { name: '登录以查看完整项目' }).getAttribute('href')).toBe('/sign-in?next=%2Fprojects%2Fp004');
    await context.close();
  });
});
