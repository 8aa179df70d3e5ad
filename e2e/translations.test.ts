import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiClientAs, inviteAccount } from './api-as';
import { horizontalOverflow, openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

// Issue #11, translation help: where a record lacks the reader's language, who may edit it adds
// that version in place; the page then shows it marked as a translation.
const app = useAppAndBrowser();
/** Where to keep screenshots of the screens for a look (unset: none are taken). */
const shots = process.env.E2E_SCREENSHOTS;

async function shoot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

describe('translation help', () => {
  it('a programme manager reading Chinese adds the Chinese title of a Dutch opportunity in place; a visitor sees no control', async () => {
    const manager = await apiClientAs(app.server.url, app.server.manager!);
    await manager('POST', '/opportunities', {
      id: 'e2e-slib',
      regionId: 'hebei',
      title: { original: 'nl', nl: 'Slibverwerking voor raffinaderijen' },
      description: { original: 'nl', nl: 'Een raffinaderij zoekt een partner voor de verwerking van olieslib.' },
      themes: ['waste'],
      stage: 'published',
    });
    for (const width of [1366, 390]) {
      const { context, page } = await openPage(app.browser, { locale: 'zh-CN', viewport: { width, height: 900 } });
      await signIn(page, app.server.url, app.server.manager!);
      // The list finds what still lacks Chinese.
      await page.goto(`${app.server.url}/opportunities?missingLanguage=zh`);
      expect(await page.locator('#filter-missing').inputValue()).toBe('zh');
      await page
        .getByRole('link', { name: /Slibverwerking voor raffinaderijen/ })
        .first()
        .waitFor();
      await shoot(page, `list-zh-${width}`);
      await context.close();
    }

    const { context, page } = await openPage(app.browser, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    await signIn(page, app.server.url, app.server.manager!);
    await page.goto(`${app.server.url}/opportunities/e2e-slib`);
    await page.getByRole('button', { name: '添加标题的中文版本' }).click();
    const form = page.getByRole('form', { name: '添加标题的中文版本' });
    // The original stands next to the field, in its language.
    await form.getByText('Slibverwerking voor raffinaderijen').waitFor();
    await form.getByLabel('中文版本').fill('炼油厂污泥处理');
    await shoot(page, 'detail-zh-1366-editing');
    await form.getByRole('button', { name: '保存译文' }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.innerText()).toMatch(/^炼油厂污泥处理\s*译文$/);
    expect(await page.getByRole('button', { name: '添加标题的中文版本' }).count()).toBe(0);
    // The description still lacks Chinese: its control is still offered.
    await page.getByRole('button', { name: '添加简介的中文版本' }).waitFor();
    // The history names the change a translation.
    await expect.poll(async () => (await page.locator('.entity-history-head').allInnerTexts()).join('\n')).toMatch(/添加了译文/);
    await shoot(page, 'detail-zh-1366');
    await page.setViewportSize({ width: 390, height: 900 });
    await page.getByRole('button', { name: '添加简介的中文版本' }).click();
    expect(await horizontalOverflow(page)).toBe(0);
    await shoot(page, 'detail-zh-390-editing');
    await context.close();

    // A visitor reads the same page without any translation control.
    const visitor = await openPage(app.browser, { locale: 'zh-CN' });
    await visitor.page.goto(`${app.server.url}/opportunities/e2e-slib`);
    await visitor.page.getByRole('heading', { level: 1, name: /炼油厂污泥处理/ }).waitFor();
    expect(await visitor.page.locator('.add-translation-button').count()).toBe(0);
    await visitor.context.close();
  });

  it('a member reading Dutch adds the Dutch description of their own organisation; another member sees no control', async () => {
    const admin = await apiClientAs(app.server.url, app.server.admin!);
    for (const id of ['e2e-water', 'e2e-other']) {
      await admin('POST', '/organisations', {
        id,
        name: id === 'e2e-water' ? 'Water Works Ltd' : 'Other Works Ltd',
        type: 'company',
        country: 'GB',
        description: { original: 'en', en: 'Designs treatment plants for industrial wastewater.' },
      });
    }
    const own = await inviteAccount(app.server, admin, { email: 'nl.member@example.org', displayName: 'Lid', role: 'member', organisationId: 'e2e-water' });
    // The phone first: the wide screen then adds the translation, after which the filter no longer lists it.
    for (const width of [390, 1366]) {
      const { context, page } = await openPage(app.browser, { locale: 'nl-NL', viewport: { width, height: 900 } });
      await signIn(page, app.server.url, own.credentials);
      await page.goto(`${app.server.url}/organisations/e2e-other`);
      await page.getByRole('heading', { level: 1, name: 'Other Works Ltd' }).waitFor();
      expect(await page.locator('.add-translation-button').count()).toBe(0);

      await page.goto(`${app.server.url}/organisations?missingLanguage=nl`);
      await page.getByRole('link', { name: 'Water Works Ltd' }).waitFor();
      await shoot(page, `directory-nl-${width}`);
      if (width === 390) {
        await context.close();
        continue;
      }
      await page.goto(`${app.server.url}/organisations/e2e-water`);
      await page.getByRole('button', { name: 'Voeg een Nederlandse versie van de beschrijving toe' }).click();
      const form = page.getByRole('form', { name: 'Voeg een Nederlandse versie van de beschrijving toe' });
      await form.getByLabel('Nederlandse versie').fill('Ontwerpt zuiveringsinstallaties voor industrieel afvalwater.');
      await shoot(page, `organisation-nl-${width}-editing`);
      await form.getByRole('button', { name: 'Vertaling opslaan' }).click();
      const description = page.locator('section', { has: page.getByRole('heading', { name: 'Beschrijving' }) });
      await expect.poll(() => description.innerText()).toMatch(/Ontwerpt zuiveringsinstallaties voor industrieel afvalwater\.\s*vertaling/);
      await shoot(page, `organisation-nl-${width}`);
      await context.close();
    }
    // The directory no longer lists it as lacking Dutch.
    const page = (await admin('GET', '/organisations?missingLanguage=nl&pageSize=200')) as { items: { id: string }[] };
    expect(page.items.map((o) => o.id)).not.toContain('e2e-water');
  });
});
