/**
 * Screenshots of pages in nl, en and zh at 1366 and 390 px, as a visitor and as a programme
 * manager; skipped unless SCREENSHOTS is set, e.g.
 *   SCREENSHOTS=.tmp/screens SCREENSHOT_PATHS=/,/opportunities npx vitest run e2e/screenshots.test.ts
 * (SCREENSHOT_FULL_PAGE=1: the whole page, not the first screen.)
 * Look at them; commit a few under docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

const outDir = process.env.SCREENSHOTS;
const paths = (process.env.SCREENSHOT_PATHS ?? '/,/opportunities,/organisations,/regions,/sign-in').split(',');
const viewports = [
  { name: '1366', width: 1366, height: 900 },
  { name: '390', width: 390, height: 844 },
];

describe.skipIf(!outDir)('screenshots', () => {
  const app = useAppAndBrowser();

  it.each(['visitor', 'manager'] as const)(
    'of the pages as a %s',
    async (role) => {
      mkdirSync(outDir!, { recursive: true });
      for (const lang of ['nl', 'en', 'zh'] as const) {
        for (const viewport of viewports) {
          const context = await app.browser.newContext({ viewport, locale: lang === 'zh' ? 'zh-CN' : lang });
          const page = await context.newPage();
          page.on('console', (m) => {
            if (m.type() === 'error') console.error(`${role} ${lang} ${viewport.name}: ${m.text()}`);
          });
          if (role === 'manager') await signIn(page, app.server.url, app.server.manager!);
          for (const path of paths) {
            await page.goto(app.server.url + path);
            await page.locator('main h1').first().waitFor();
            await page.waitForLoadState('networkidle');
            const slug = path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home';
            await page.screenshot({ path: join(outDir!, `${role}-${slug}-${lang}-${viewport.name}.png`), fullPage: process.env.SCREENSHOT_FULL_PAGE === '1' });
          }
          await context.close();
        }
      }
    },
    300_000,
  );
});
