import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ProjectView } from '../src/core/projects/api';
import { openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser();

/** Opens a section's "Add …" form (in a modal) and answers it. */
async function addForm(page: Page, region: Locator, label: string): Promise<Locator> {
  await region.getByRole('button', { name: label, exact: true }).click();
  const form = page.getByRole('form', { name: label });
  await form.waitFor();
  return form;
}

async function createProject(page: Page, id: string): Promise<void> {
  await page.goto(`${app.server.url}/projects/new`);
  await page.getByLabel('Identifier (letters, digits, dashes)').fill(id);
  await page.getByLabel('IATI identifier').fill(`XE-EXAMPLE-CTB-${id.toUpperCase()}`);
  await page
    .getByRole('group', { name: /^Title/ })
    .getByLabel('In English')
    .fill('Low-carbon district in Longgang');
  await page
    .getByRole('group', { name: /^Purpose/ })
    .getByLabel('In English')
    .fill('Plan a low-carbon district with Dutch experts.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Low-carbon district in Longgang' }).waitFor();
}

describe('a programme manager edits the sections of a project in the browser', () => {
  it(
    'adds a result, an organisation, a budget line, a transaction, an agreement and a steering committee, and finds them in the IATI file',
    { timeout: 180_000 },
    async () => {
      const { context, page, errors } = await openPage(app.browser);
      await signIn(page, app.server.url, app.server.manager!);
      await createProject(page, 'e2e-sections');

      // The ceremony that signs the agreement.
      const feasibility = page.getByRole('region', { name: '1. Feasibility phase' });
      await feasibility.getByRole('button', { name: /^Add an activity/ }).click();
      const activityForm = page.getByRole('form', { name: 'Add an activity' });
      await activityForm.getByLabel('Type').selectOption({ label: 'Signing ceremony' });
      await activityForm.getByLabel('In English').fill('Signing of the MoU');
      await activityForm.getByLabel('From').fill('2031-05-12');
      await activityForm.getByRole('button', { name: 'Save' }).click();
      await feasibility.getByRole('strong').filter({ hasText: 'Signing of the MoU' }).waitFor();

      // An organisation known by its name only, implementing the project.
      const organisations = page.getByRole('region', { name: 'Organisations' });
      const orgForm = await addForm(page, organisations, 'Add an organisation');
      await orgForm.getByLabel('Name (from the organisations directory, or any name)').fill('Longgang District Government');
      await orgForm.getByLabel('IATI organisation type').selectOption('11');
      await orgForm.getByLabel('Implementing').check();
      await orgForm.getByRole('button', { name: 'Save' }).click();
      await organisations.getByRole('listitem').filter({ hasText: 'Longgang District Government' }).getByText('IATI role: Implementing').waitFor();

      // An expected result with a quantitative indicator and its baseline, then a period with a target.
      const results = page.getByRole('region', { name: 'Results' }).first();
      const resultForm = await addForm(page, results, 'Add an expected result');
      await resultForm.getByLabel('Expected result').fill('Buildings retrofitted');
      await resultForm.getByLabel('Indicator 1').fill('Buildings meeting the low-carbon standard');
      await resultForm.getByLabel('Baseline year').fill('2030');
      await resultForm.getByLabel('Baseline value').fill('3');
      await resultForm.getByRole('button', { name: 'Save' }).click();
      const indicatorRow = page.locator('tr[data-indicator]', { hasText: 'Buildings meeting the low-carbon standard' });
      await indicatorRow.waitFor();
      expect(await indicatorRow.textContent()).toContain('3 (2030)');
      await indicatorRow.getByText('Add a period').click();
      await indicatorRow.getByLabel('Period start').fill('2031-01-01');
      await indicatorRow.getByLabel('Period end').fill('2031-12-31');
      await indicatorRow.getByLabel('Target value').fill('12');
      await indicatorRow.getByRole('button', { name: 'Save' }).click();
      const periodRow = page.locator('tr[data-period]', { hasText: '2031-01-01 – 2031-12-31' });
      await periodRow.waitFor();
      expect(await periodRow.locator('td').nth(3).textContent()).toBe('12');

      // A budget line in EUR and a transaction in CNY with the rate agreed for it.
      const budget = page.getByRole('region', { name: 'Budget and transactions (confidential)' });
      const lineForm = await addForm(page, budget, 'Add a budget line');
      await lineForm.getByLabel('Label').fill('Expert missions');
      await lineForm.getByLabel('Amount').fill('150000');
      await lineForm.getByLabel('Currency').selectOption('EUR');
      await lineForm.getByLabel('Status').selectOption('committed');
      await lineForm.getByLabel('Period start').fill('2031-01-01');
      await lineForm.getByLabel('Period end').fill('2031-12-31');
      await lineForm.getByRole('button', { name: 'Save' }).click();
      await budget.getByRole('listitem').filter({ hasText: 'Expert missions: 150,000 EUR (committed) 2031-01-01 – 2031-12-31' }).waitFor();
      // Edited: the amount was 140,000 after all; the other fields stay.
      await budget.getByRole('button', { name: /^Edit\W+Expert missions 150,000 EUR$/ }).click();
      const lineEdit = page.getByRole('form', { name: 'Edit budget line: Expert missions 150,000 EUR' });
      expect(await lineEdit.getByLabel('Period end').inputValue()).toBe('2031-12-31');
      await lineEdit.getByLabel('Amount').fill('140000');
      await lineEdit.getByRole('button', { name: 'Save' }).click();
      await budget.getByRole('listitem').filter({ hasText: 'Expert missions: 140,000 EUR (committed) 2031-01-01 – 2031-12-31' }).waitFor();

      const transactionForm = await addForm(page, budget, 'Add a transaction');
      await transactionForm.getByLabel('Kind').selectOption('spent');
      await transactionForm.getByLabel('Date', { exact: true }).fill('2031-06-01');
      await transactionForm.getByLabel('Amount').fill('78000');
      await transactionForm.getByLabel('Currency', { exact: true }).selectOption('CNY');
      await transactionForm.getByLabel('1 (currency)').selectOption('EUR');
      await transactionForm.getByLabel('= rate').fill('7.8');
      await transactionForm.getByLabel('in (currency)').selectOption('CNY');
      await transactionForm.getByLabel('Rate agreed on').fill('2031-05-30');
      await transactionForm.getByLabel('Paid to').selectOption({ label: 'Longgang District Government' });
      await transactionForm.getByRole('button', { name: 'Save' }).click();
      const transaction = budget.getByRole('region', { name: 'Transactions' }).getByRole('row').filter({ hasText: '78,000 CNY' });
      await transaction.waitFor();
      expect(await transaction.textContent()).toContain('1 EUR = 7.8 CNY (2031-05-30)');

      // An MoU, signed at the ceremony.
      const agreements = page.getByRole('region', { name: 'Agreements' });
      const agreementForm = await addForm(page, agreements, 'Add an agreement');
      await agreementForm.getByLabel('Type').selectOption({ label: 'Memorandum of understanding' });
      await agreementForm.getByLabel('Title').fill('MoU on the low-carbon district');
      await agreementForm.getByLabel('Status').selectOption('signed');
      await agreementForm.getByLabel('From').fill('2031-05-12');
      await agreementForm.getByLabel('Longgang District Government').check();
      await agreementForm.getByLabel('Signing ceremony').selectOption({ label: 'Signing of the MoU (Signing ceremony)' });
      await agreementForm.getByRole('button', { name: 'Save' }).click();
      const agreement = agreements.getByRole('listitem').filter({ hasText: 'MoU on the low-carbon district' }).first();
      await agreement.getByText('signed', { exact: true }).waitFor();
      expect(await agreement.textContent()).toContain('Signing ceremony: Signing of the MoU');
      expect(await agreement.textContent()).toContain('Parties: Longgang District Government');

      // A steering committee with two members.
      const bodies = page.getByRole('region', { name: 'Governance bodies' });
      const bodyForm = await addForm(page, bodies, 'Add a governance body');
      await bodyForm.getByLabel('Name of the body').fill('Steering committee Longgang');
      await bodyForm.getByRole('button', { name: 'Add a member' }).click();
      await bodyForm.getByRole('button', { name: 'Add a member' }).click();
      await bodyForm.getByLabel('Member 1: person').fill('Li Wei');
      await bodyForm.getByLabel('Member 1: organisation').selectOption({ label: 'Longgang District Government' });
      await bodyForm.getByLabel('Member 1: role').fill('Chair');
      await bodyForm.getByLabel('Member 2: person').fill('Anna de Vries');
      await bodyForm.getByRole('button', { name: 'Save' }).click();
      await bodies.getByRole('heading', { name: /^Steering committee Longgang/ }).waitFor();
      await bodies.getByRole('listitem').filter({ hasText: 'Li Wei — Longgang District Government — Chair' }).waitFor();
      await bodies
        .getByRole('listitem')
        .filter({ hasText: /^Anna de Vries$/ })
        .waitFor();

      // All of it in the IATI file.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download IATI XML' }).click()]);
      const xml = await readFile((await download.path())!, 'utf8');
      expect(xml).toMatch(/<participating-org [^>]*role="4"[^>]*>\s*<narrative[^>]*>Longgang District Government<\/narrative>/);
      expect(xml).toMatch(
        /<transaction ref="[^"]+">[\s\S]*<transaction-type code="4"\/>[\s\S]*<value currency="CNY" value-date="2031-05-30">78000<\/value>[\s\S]*<\/transaction>/,
      );
      expect(xml).toMatch(/<budget [^>]*>[\s\S]*<value currency="EUR" value-date="2031-01-01">140000<\/value>/);
      expect(xml).toContain('Buildings meeting the low-carbon standard');

      // Removing the organisation that the transaction and the agreement name is refused, naming the field.
      await organisations.getByRole('button', { name: /^Remove\W+Longgang District Government$/ }).click();
      await page.getByRole('dialog', { name: 'Remove “Longgang District Government”?' }).getByRole('button', { name: 'Yes, remove' }).click();
      await organisations.getByText('transactions.0.receiverOrganisationId').waitFor();

      expect(errors.filter((e) => !/\b400\b/.test(e))).toEqual([]);
      await context.close();
    },
  );

  it('tells the manager, with a reload, when the project changed since the page was opened', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await signIn(page, app.server.url, app.server.manager!);
    await createProject(page, 'e2e-stale');
    const budget = page.getByRole('region', { name: 'Budget and transactions (confidential)' });
    const lineForm = await addForm(page, budget, 'Add a budget line');
    await lineForm.getByLabel('Amount').fill('5000');

    // Meanwhile someone else renames the project through the API.
    const url = `${app.server.url}/api/projects/e2e-stale`;
    const { csrfToken } = (await (await page.request.get(`${app.server.url}/api/auth/me`)).json()) as { csrfToken: string };
    const { createdAt: _c, updatedAt: _u, documentFiles: _f, ...project } = (await (await page.request.get(url)).json()) as ProjectView;
    const renamed = await page.request.put(url, {
      data: { ...project, title: { original: 'en', en: 'Renamed by a colleague' } },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(renamed.status()).toBe(200);

    await lineForm.getByRole('button', { name: 'Save' }).click();
    await lineForm.getByText('This project was changed by someone else since you opened it.', { exact: false }).waitFor();
    const stored = (await (await page.request.get(url)).json()) as ProjectView;
    expect(stored.budgetLines).toEqual([]);
    expect(stored.title.en).toBe('Renamed by a colleague');

    await lineForm.getByRole('button', { name: 'Reload the project' }).click();
    await page.getByRole('heading', { level: 1, name: 'Renamed by a colleague' }).waitFor();
    expect(errors.filter((e) => !/\b409\b/.test(e))).toEqual([]);
    await context.close();
  });
});
