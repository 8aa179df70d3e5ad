import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProjectView } from '../src/core/projects/api';
import { openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser();

const fixture = (name: string) => readFile(new URL(`../test/fixtures/iati/${name}`, import.meta.url));

/** What the API lists (the source of truth the page must agree with). */
async function projectIds(page: Page): Promise<string[]> {
  const list = (await (await page.request.get(`${app.server.url}/api/projects`)).json()) as { items: { id: string }[] };
  return list.items.map((p) => p.id).sort();
}

describe('a programme manager edits projects in the browser', () => {
  it('imports a foreign IATI file after a preview with located warnings; a malformed file is refused with line and column', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await signIn(page, app.server.url, app.server.manager!);
    const before = await projectIds(page);
    await page.goto(`${app.server.url}/projects/import`);
    const file = page.getByLabel('IATI activity file (XML)');

    // Malformed XML: refused with its line and column, nothing written.
    await file.setInputFiles({ name: 'malformed.xml', mimeType: 'application/xml', buffer: await fixture('malformed.xml') });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('The file is not well-formed XML. Nothing was written.').waitFor();
    await page.getByText(/^xml \(line \d+, column \d+\)$/).waitFor();
    expect(await projectIds(page)).toEqual(before);

    // A file a desktop tool saved as UTF-16 is decoded in the browser as the command line does.
    const utf16 = await readFile(new URL('../test/fixtures/iati-foreign/utf16le-bom.xml', import.meta.url));
    await file.setInputFiles({ name: 'utf16.xml', mimeType: 'application/xml', buffer: utf16 });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: 'Preview: nothing has been written yet' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'XE-EXAMPLE-PROV-UTF16' }).first().waitFor();
    // Bytes that are not valid in the file's encoding are refused before anything is sent.
    await file.setInputFiles({
      name: 'broken.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from([...Buffer.from('<?xml version="1.0"?>\n<a>'), 0xff, 0xfe, 0x41]),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: /cannot be read as text.*line 2, column 4/ })
      .waitFor();
    expect(await projectIds(page)).toEqual(before);

    // A messy foreign file (v1 codes, odd languages, two publishers): the preview writes nothing.
    await file.setInputFiles({ name: 'foreign.xml', mimeType: 'application/xml', buffer: await fixture('foreign-activities.xml') });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: 'Preview: nothing has been written yet' }).waitFor();
    const warnings = page.getByRole('region', { name: /\d+ warnings/ }).getByRole('row');
    expect(await warnings.count()).toBeGreaterThan(3);
    const firstWarning = await warnings.nth(1).getByRole('cell').first().textContent();
    expect(firstWarning).toMatch(/^line \d+, column \d+ · \/iati-activit/);
    expect(await page.getByRole('listitem').filter({ hasText: 'XE-EXAMPLE-PROV-2019-01' }).first().textContent()).toContain('new');
    expect(await projectIds(page)).toEqual(before);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    expect((await projectIds(page)).length).toBeGreaterThan(before.length);
    await page.goto(`${app.server.url}/projects`);
    await page.getByRole('row', { name: /Waste-to-energy cooperation Chengdu/ }).waitFor();

    expect(errors.filter((e) => !/\b400\b/.test(e))).toEqual([]);
    await context.close();
  });

  it('creates a project, plans a deliverable and an indicator period, and uploads, downloads and deletes a document', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await signIn(page, app.server.url, app.server.manager!);

    await page.goto(`${app.server.url}/projects/new`);
    await page.getByLabel('Identifier (letters, digits, dashes)').fill('e2e-solar');
    await page.getByLabel('IATI identifier').fill('XE-EXAMPLE-CTB-E2E-SOLAR');
    await page
      .getByRole('group', { name: /^Title/ })
      .getByLabel('In English')
      .fill('Solar roofs in Chengdu');
    await page
      .getByRole('group', { name: /^Purpose/ })
      .getByLabel('In English')
      .fill('Put solar panels on public buildings.');
    // The funder's activity this project implements (exported with its incoming funds).
    await page
      .getByRole('group', { name: "Implements the funder's activity" })
      .getByLabel("The funder's IATI activity identifier")
      .fill('NL-KVK-27378529-26688');
    // Themes are picked by their name in the reader's language, never typed as ids.
    await page.getByRole('combobox', { name: 'Themes' }).fill('solar ene');
    await page.getByRole('option', { name: 'solar energy', exact: true }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Solar roofs in Chengdu' }).waitFor();
    await page.getByText("Implements the funder's activity: NL-KVK-27378529-26688").waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });

    // A deliverable belongs to an activity of its phase: plan the activity, then the deliverable.
    const feasibility = page.getByRole('region', { name: '1. Feasibility phase' });
    await feasibility.getByRole('button', { name: /^Add an activity/ }).click();
    const activityForm = page.getByRole('form', { name: 'Add an activity' });
    await activityForm.getByLabel('In English').fill('Roof survey');
    await activityForm.getByLabel('Date precision').selectOption('month');
    await activityForm.getByLabel('Year').fill('2030');
    await activityForm.getByLabel('Month').fill('3');
    await activityForm.getByRole('button', { name: 'Save' }).click();
    await timeline.getByRole('listitem', { name: /^Roof survey — March 2030/ }).waitFor();

    await feasibility.getByRole('button', { name: 'Add a deliverable: Feasibility phase' }).click();
    const deliverableForm = page.getByRole('form', { name: 'Add a deliverable' });
    expect(await deliverableForm.getByLabel('Phase and activity').inputValue()).toMatch(/^e2e-solar-activity-/);
    await deliverableForm.getByLabel('In English').fill('Map of suitable roofs');
    await deliverableForm.getByLabel('Date precision').selectOption('quarter');
    await deliverableForm.getByLabel('Year').fill('2030');
    await deliverableForm.getByLabel('Quarter').selectOption('2');
    await deliverableForm.getByRole('button', { name: 'Save' }).click();
    await timeline.getByRole('listitem', { name: 'Deliverable: Map of suitable roofs — Q2 2030 — planned' }).waitFor();

    // Editing it: in progress, due in June 2030.
    await page
      .locator('[data-deliverable]', { hasText: 'Map of suitable roofs' })
      .getByRole('button', { name: /^Edit deliverable/ })
      .click();
    const editForm = page.getByRole('form', { name: 'Edit deliverable: Map of suitable roofs' });
    await editForm.getByLabel('Date precision').selectOption('month');
    await editForm.getByLabel('Month').fill('6');
    await editForm.getByLabel('Status').selectOption('in-progress');
    await editForm.getByRole('button', { name: 'Save' }).click();
    await timeline.getByRole('listitem', { name: 'Deliverable: Map of suitable roofs — June 2030 — in progress' }).waitFor();

    // The form creates no results; one result with an indicator comes through the API, as an import would.
    await addResult(page, 'e2e-solar');
    await page.reload();
    const indicatorRow = page.locator('tr[data-indicator="e2e-solar-indicator-1"]');
    await indicatorRow.getByText('Add a period').click();
    await indicatorRow.getByLabel('Period start').fill('2030-01-01');
    await indicatorRow.getByLabel('Period end').fill('2030-12-31');
    await indicatorRow.getByLabel('Target value').fill('40');
    await indicatorRow.getByRole('button', { name: 'Save' }).click();
    const periodRow = page.locator('tr[data-period]', { hasText: '2030-01-01 – 2030-12-31' });
    await periodRow.waitFor();
    expect(await periodRow.locator('td').nth(3).textContent()).toBe('40');
    expect(await periodRow.textContent()).toContain('no data yet');

    // A small PDF: uploaded, listed, downloaded byte for byte, deleted.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const upload = page.getByRole('form', { name: 'Upload a document' });
    await upload.getByLabel('File', { exact: true }).setInputFiles({ name: 'survey-minutes.pdf', mimeType: 'application/pdf', buffer: pdf });
    await upload.getByLabel('Title', { exact: true }).fill('Minutes of the roof survey');
    await upload.getByRole('button', { name: 'Upload' }).click();
    const documents = page.getByRole('region', { name: 'Documents' });
    const link = documents.getByRole('link', { name: /^Download survey-minutes\.pdf/ });
    await link.waitFor();
    expect(await documents.getByRole('listitem').first().textContent()).toContain('Minutes of the roof survey');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('survey-minutes.pdf');
    expect((await readFile((await download.path())!)).equals(pdf)).toBe(true);

    const listed = documents.getByRole('listitem').filter({ hasText: 'Minutes of the roof survey' });
    await listed.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('dialog', { name: 'Delete the document “Minutes of the roof survey”?' }).getByRole('button', { name: 'Yes, delete' }).click();
    await documents.getByText('No documents yet.').waitFor();
    const stored = (await (await page.request.get(`${app.server.url}/api/projects/e2e-solar`)).json()) as ProjectView;
    expect(stored.documents).toEqual([]);
    expect(stored.documentFiles).toEqual([]);
    expect(stored.themes).toEqual(['solar']);

    expect(errors).toEqual([]);
    await context.close();
  });
});

/** One output result with a quantitative indicator and no periods, by a whole-project update. */
async function addResult(page: Page, id: string): Promise<void> {
  const url = `${app.server.url}/api/projects/${id}`;
  const { csrfToken } = (await (await page.request.get(`${app.server.url}/api/auth/me`)).json()) as { csrfToken: string };
  const { createdAt: _c, updatedAt: _u, documentFiles: _f, ...project } = (await (await page.request.get(url)).json()) as ProjectView;
  const en = (text: string) => ({ original: 'en' as const, en: text });
  const results = [
    {
      id: `${id}-result-1`,
      type: 'output' as const,
      title: en('Roofs with solar panels'),
      indicators: [{ id: `${id}-indicator-1`, title: en('Roofs equipped'), measure: 'unit' as const, ascending: true, periods: [] }],
    },
  ];
  const response = await page.request.put(url, { data: { ...project, results }, headers: { 'x-csrf-token': csrfToken } });
  expect(response.status()).toBe(200);
}
