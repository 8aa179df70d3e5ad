import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

// Issue #4, "must show" 3: an XLSX of organisations with one bad row → the preview names the row
// and column, nothing is written → fix → import → an opportunity written in Chinese shows a
// Dutch-language organisation among its matches, explained in the UI language (Dutch here).
// The server runs the background worker, as `ctb serve` does.

const app = useAppAndBrowser({ jobs: { pollMs: 100 } });

async function xlsx(path: string, rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('organisaties');
  for (const row of rows) sheet.addRow(row);
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
}

describe('import and matching in the browser', () => {
  it('names the bad row and column, writes nothing, imports the fixed file, and explains a cross-lingual match in Dutch', { timeout: 180_000 }, async () => {
    const head = ['id', 'name', 'type', 'country', 'homeRegionId', 'language', 'description_nl'];
    const good = [
      'olieslib-nv',
      'Olieslib NV',
      'company',
      'BE',
      'antwerpen',
      'nl',
      'Wij verwerken olieslib en oliehoudend slib uit raffinaderijen: slibontwatering en thermische desorptie.',
    ];
    const bad = ['fout-bv', 'Fout BV', 'company', 'Belgium', '', 'nl', 'Waterzuivering'];
    await xlsx('.tmp/e2e-orgs-bad.xlsx', [head, good, bad]);
    await xlsx('.tmp/e2e-orgs-fixed.xlsx', [head, good, [...bad.slice(0, 3), 'BE', ...bad.slice(4)]]);

    const { server, browser } = app;
    const { context, page, errors } = await openPage(browser, { locale: 'nl-BE' });
    await signIn(page, server.url, server.manager!);
    await page.goto(`${server.url}/imports`);
    await page.locator('input[type=file]').setInputFiles('.tmp/e2e-orgs-bad.xlsx');
    await page.getByRole('button', { name: 'Opladen en controleren' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const cells = await problems.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['3', 'country']);
    const written = await page.request.get(`${server.url}/api/organisations/olieslib-nv`);
    expect(written.status()).toBe(404);

    await page.locator('input[type=file]').setInputFiles('.tmp/e2e-orgs-fixed.xlsx');
    await page.getByRole('button', { name: 'Opladen en controleren' }).click();
    await page.getByRole('button', { name: 'Alle rijen importeren' }).click();
    await page.getByText('Geïmporteerd: 2 rijen').waitFor({ timeout: 60_000 });

    const created = await page.request.post(`${server.url}/api/opportunities`, {
      headers: { 'x-csrf-token': ((await (await page.request.get(`${server.url}/api/auth/me`)).json()) as { csrfToken: string }).csrfToken },
      data: {
        regionId: 'hebei',
        title: { original: 'zh', zh: '含油污泥处理' },
        description: { original: 'zh', zh: '石化企业的含油污泥需要脱水和热解吸处理。' },
        themes: ['waste'],
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    // The worker computes in the background; the page shows the result once it is there.
    await expect
      .poll(
        async () => {
          await page.goto(`${server.url}/opportunities/${id}`);
          await page.getByRole('heading', { name: 'Organisaties die kunnen helpen' }).waitFor();
          await page.waitForLoadState('networkidle');
          return page.getByTestId('match').count();
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBeGreaterThan(0);
    const first = page.getByTestId('match').first();
    await expect.poll(() => first.textContent()).toContain('Olieslib NV');
    const why = (await first.locator('.match-explanation').textContent()) ?? '';
    expect(why).toMatch(/^Waarom: Gedeelde concepten: olieslib \(vraag: "含油污泥[^"]*"; profiel: "olieslib"/i);
    // Programme managers see the recomputation's progress; once done, when it last completed.
    const progress = page.getByTestId('recompute-status');
    await expect.poll(() => progress.getAttribute('data-idle'), { timeout: 30_000 }).toBe('true');
    expect(await progress.textContent()).toMatch(/De matches zijn bijgewerkt\. laatst voltooid om \d/);
    await page.screenshot({ path: '.tmp/e2e-opportunity-matches-nl.png', fullPage: true });
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  });
});
