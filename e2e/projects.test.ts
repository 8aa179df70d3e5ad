import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProjectView } from '../src/core/projects/api';
import { pdfText } from '../test/pdf-text';
import { horizontalOverflow, openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser();

/** The demo indicators have no periods yet: give one a 2012 period with a target, as an IATI
 *  import or a whole-project update would, so an actual can be recorded in the browser. */
async function addIndicatorPeriod(page: Page): Promise<void> {
  const base = `${app.server.url}/api/projects/p004`;
  const { csrfToken } = (await (await page.request.get(`${app.server.url}/api/auth/me`)).json()) as { csrfToken: string };
  const { createdAt: _c, updatedAt: _u, documentFiles: _f, ...project } = (await (await page.request.get(base)).json()) as ProjectView;
  const results = project.results.map((r) =>
    r.id !== 'p004-result-2'
      ? r
      : {
          ...r,
          indicators: r.indicators.map((i) => ({
            ...i,
            periods: [{ id: 'p004-result-2-2012', start: '2012-01-01', end: '2012-12-31', target: { comment: { original: 'en' as const, en: 'MoU signed' } } }],
          })),
        },
  );
  const response = await page.request.put(base, { data: { ...project, results }, headers: { 'x-csrf-token': csrfToken } });
  expect(response.status()).toBe(200);
}

describe('a programme manager steers the demo project in the browser', () => {
  it(
    'records go on the feasibility gate, adds an activity, marks a deliverable delivered, records an actual and downloads the report',
    { timeout: 120_000 },
    async () => {
      const { context, page, errors } = await openPage(app.browser);
      await signIn(page, app.server.url, app.server.manager!);
      await addIndicatorPeriod(page);

      // The list: status, next gate and the overdue badge in words, not colour only.
      await page.goto(`${app.server.url}/projects`);
      const row = page.getByRole('row', { name: /Low-carbon zone Shenzhen/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('1. Feasibility phase — pending');
      expect(await row.getByText(/overdue/).textContent()).toMatch(/⚠ \d+ overdue/);
      await row.getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: 'Cooperation on a Sino-Dutch Low-carbon zone Shenzhen' }).waitFor();
      const timeline = page.getByRole('list', { name: 'Timeline' });
      expect(await timeline.getByRole('listitem', { name: /Gate after Feasibility phase: pending/ }).count()).toBe(1);

      // Adding to the development phase before the gate says go is refused, next to the form.
      const development = page.getByRole('region', { name: '2. Development phase' });
      await development.getByRole('button', { name: /^Add an activity/ }).click();
      const form = page.getByRole('form', { name: 'Add an activity' });
      await form.getByLabel('Type').selectOption('workshop');
      await form.getByLabel('In English').fill('Workshop on low-carbon building in Longgang');
      await form.getByLabel('Date precision').selectOption('quarter');
      await form.getByLabel('Year').fill('2012');
      await form.getByLabel('Quarter').selectOption('2');
      await form.getByLabel('Status').selectOption('in-progress');
      await form.getByRole('button', { name: 'Save' }).click();
      // The refusal names the phase by its name, from its own code, not the server's English sentence.
      expect(await form.getByRole('alert').textContent()).toMatch(/^The gate of phase (?!p004)[^.]+ has not been passed/);
      // The form is a dialog: set it aside (Cancel) to decide the gate first.
      await form.getByRole('button', { name: 'Cancel' }).click();
      await form.waitFor({ state: 'hidden' });

      // Go on the feasibility gate (decided at the November 2011 expert meeting).
      await page.getByRole('button', { name: /^Record the gate decision: / }).click();
      const gate = page.getByRole('form', { name: /Record the gate decision/ });
      await gate.getByLabel('go', { exact: true }).check();
      await gate.getByLabel('Decided by').fill('Steering committee');
      await gate.getByLabel('Date of the decision').fill('2011-11-30');
      await gate.getByLabel('In English').fill('Common understanding reached at the expert meeting.');
      await gate.getByRole('button', { name: 'Record the gate decision' }).click();
      await timeline.getByRole('listitem', { name: 'Gate after Feasibility phase: go (2011-11-30)' }).waitFor();

      // Now the activity is accepted and appears in the timeline, drawn over Q2 2012.
      await development.getByRole('button', { name: /^Add an activity/ }).click();
      await form.getByLabel('Type').selectOption('workshop');
      await form.getByLabel('In English').fill('Workshop on low-carbon building in Longgang');
      await form.getByLabel('Date precision').selectOption('quarter');
      await form.getByLabel('Year').fill('2012');
      await form.getByLabel('Quarter').selectOption('2');
      await form.getByLabel('Status').selectOption('in-progress');
      await form.getByRole('button', { name: 'Save' }).click();
      const added = timeline.getByRole('listitem', { name: /^Workshop on low-carbon building in Longgang — Q2 2012 — in progress/ });
      await added.waitFor();
      const bar = await added.locator('rect').boundingBox();
      expect(bar!.width).toBeGreaterThan(20);

      // Mark the overdue go/no-go deliverable delivered: its status changes in the timeline.
      const deliverableName = 'Go/No go decision with regard to the further cooperation';
      expect(await timeline.getByRole('listitem', { name: new RegExp(`${deliverableName} — November 2011 — planned — overdue`) }).count()).toBe(1);
      const item = page.locator('[data-deliverable="p004-deliverable-go-no-go"]');
      await item.getByText('Mark delivered').first().click();
      await item.getByLabel('Evidence (what shows it was delivered)').fill('Minutes of the expert meeting, 30 November 2011');
      await item.getByRole('button', { name: 'Mark delivered' }).click();
      await timeline.getByRole('listitem', { name: `Deliverable: ${deliverableName} — November 2011 — delivered` }).waitFor();
      expect(await page.locator('[data-deliverable="p004-deliverable-go-no-go"]').textContent()).toContain('Evidence: Minutes of the expert meeting');

      // Record an actual: the results table shows it.
      const results = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Progress' }) });
      const indicatorRow = results.locator('tr[data-indicator="p004-result-2-indicator-1"]');
      await indicatorRow.getByText('Record an actual').click();
      await indicatorRow.getByLabel('Comment').fill('MoU with the NDRC in preparation');
      await indicatorRow.getByRole('button', { name: 'Save' }).click();
      await indicatorRow.locator('td.actual', { hasText: 'MoU with the NDRC in preparation' }).waitFor();

      // The status report: a real PDF that says what changed.
      const href = await page.getByRole('link', { name: 'Status report (PDF)' }).getAttribute('href');
      const pdf = await page.request.get(new URL(href!, app.server.url).toString());
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      const body = await pdf.body();
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(body.length).toBeGreaterThan(10_000);
      expect(await pdfText(body)).toContain('Workshop on low-carbon building in Longgang');

      // The refused activity is the only failed request (the browser logs it once more to the console).
      expect(errors.filter((e) => !/\b409\b/.test(e))).toEqual([]);
      await context.close();
    },
  );

  it('has no horizontal page overflow at 360 px', { timeout: 60_000 }, async () => {
    const { context, page } = await openPage(app.browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await signIn(page, app.server.url, app.server.manager!);
    for (const path of ['/projects', '/projects/p004']) {
      await page.goto(app.server.url + path);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page), path).toBe(0);
    }
    await page.screenshot({ path: '.tmp/e2e-project-360.png', fullPage: false });
    await context.close();
  });
});
