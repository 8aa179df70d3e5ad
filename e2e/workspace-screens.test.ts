/**
 * Screenshots of the project page (programme manager) and the audit log (admin) in nl, en and zh
 * at 1366 and 390 px, whole pages, with the page heights printed; skipped unless SCREENSHOTS is set:
 *   SCREENSHOTS=.tmp/screens npx vitest run e2e/workspace-screens.test.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

const outDir = process.env.SCREENSHOTS;
const viewports = [
  { name: '1366', width: 1366, height: 900 },
  { name: '390', width: 390, height: 844 },
];
const pages = [
  { who: 'manager', path: '/projects/p004', slug: 'project' },
  { who: 'admin', path: '/admin/audit', slug: 'audit' },
] as const;

describe.skipIf(!outDir)('workspace screenshots', () => {
  const app = useAppAndBrowser();

  it('of the project page and the audit log', async () => {
    mkdirSync(outDir!, { recursive: true });
    for (const lang of ['nl', 'en', 'zh'] as const) {
      for (const viewport of viewports) {
        for (const { who, path, slug } of pages) {
          const context = await app.browser.newContext({ viewport, locale: lang === 'zh' ? 'zh-CN' : lang });
          const page = await context.newPage();
          page.on('console', (m) => {
            if (m.type() === 'error') console.error(`${slug} ${lang} ${viewport.name}: ${m.text()}`);
          });
          await signIn(page, app.server.url, who === 'admin' ? app.server.admin! : app.server.manager!);
          await page.goto(app.server.url + path);
          await page.locator('main h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          console.log(`height ${slug} ${lang} ${viewport.name}: ${height} px`);
          await page.screenshot({ path: join(outDir!, `${slug}-${lang}-${viewport.name}.png`), fullPage: true });
          await context.close();
        }
      }
    }
  }, 600_000);
});
