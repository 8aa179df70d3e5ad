import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { type ApiClient, apiClientAs, inviteAccount, type Json } from './api-as';
import { openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

// Issue #11: a reader of the Chinese UI gets every refusal and every problem in Chinese, built from
// the API's codes and params, never the English sentence the API also sends nor a raw code.
// The worker runs: an import's file is checked in the background.
const app = useAppAndBrowser({ jobs: { pollMs: 100 } });

let admin: Promise<ApiClient> | undefined;
const adminApi = () => (admin ??= apiClientAs(app.server.url, app.server.admin!));

/** Chinese, with no run of English words and no raw code such as `role_forbidden` or `too_short`. */
function expectChineseOnly(text: string): void {
  expect(text).toMatch(/\p{Script=Han}/u);
  expect(text).not.toMatch(/[A-Za-z]{4,}\s+[A-Za-z]{3,}/);
  expect(text).not.toMatch(/[a-z]+_[a-z_]+/);
}

async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor();
  return (await locator.innerText()).trim();
}

/** A CSV file for the import page's file input. */
const csvFile = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8') });

describe('messages in the Chinese UI', () => {
  it('tells a partner official who tries a managers-only import that their role may not, in Chinese', async () => {
    const regions = (await (await adminApi())('GET', '/regions')) as Json[] | { items: Json[] };
    const regionId = (Array.isArray(regions) ? regions : regions.items)[0]!.id as string;
    const official = await inviteAccount(app.server, await adminApi(), {
      email: 'zh.official@example.org',
      displayName: 'Official',
      role: 'partner-official',
      regionId,
    });
    const { context, page } = await openPage(app.browser, { locale: 'zh-CN' });
    await signIn(page, app.server.url, official.credentials);
    // The import page is not in their navigation, but an old link opens it and its upload is refused by the API.
    await page.goto(`${app.server.url}/imports`);
    await page.locator('input[type=file]').setInputFiles(csvFile('orgs.csv', ['名称,类型,国家', '深圳环保公司,company,CN']));
    await page.getByRole('button', { name: '上传并检查' }).click();
    const refusal = await textOf(page.getByRole('alert').filter({ hasText: /\S/ }).first());
    expectChineseOnly(refusal);
    expect(refusal).toContain('合作地区官员');
    await context.close();
  });

  it('tells an invitee whose password is too short the minimum length, in Chinese', async () => {
    const email = 'zh.invitee@example.org';
    await (
      await adminApi()
    )('POST', '/users', { email, displayName: 'Invitee', role: 'programme-manager', language: 'zh' });
    const link = await app.server.mailedLink!(email);
    const { context, page } = await openPage(app.browser, { locale: 'zh-CN' });
    await page.goto(`${app.server.url}${link.pathname}${link.search}`);
    await page.locator('#invite-password').fill('kort');
    await page.locator('form button[type=submit]').click();
    const message = await textOf(page.getByRole('alert').first());
    expectChineseOnly(message);
    expect(message).toContain('10');
    // Nothing was accepted: the page stays, still asking for a password.
    expect(await page.locator('#invite-password').count()).toBe(1);
    await context.close();
  });

  it('lists the problems of an organisations import by row and column, in Chinese', async () => {
    const { context, page } = await openPage(app.browser, { locale: 'zh-CN' });
    await signIn(page, app.server.url, app.server.manager!);
    await page.goto(`${app.server.url}/imports`);
    await page
      .locator('input[type=file]')
      .setInputFiles(csvFile('机构.csv', ['名称,类型,国家', ',company,NL', '中山实验室,company,中国', '宁波水务,company,CN']));
    await page.getByRole('button', { name: '上传并检查' }).click();
    const table = page.getByTestId('import-problems');
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.map(([row, column]) => [row, column])).toEqual([
      ['2', '名称'],
      ['3', '国家'],
    ]);
    expect(rows[0]![2]).toBe('此字段为必填项。');
    for (const [, , message] of rows) expectChineseOnly(message!);
    expectChineseOnly(await textOf(page.getByRole('heading', { level: 2 })));
    await context.close();
  });
});
