import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

// Issue #4: admins edit the thesaurus in the UI. An added Chinese label is saved and shown in
// every UI language, the edit recomputes the matches (the server runs the background worker),
// and an opportunity using only that label then matches through the concept.

const app = useAppAndBrowser({ jobs: { pollMs: 100 } });
const NEW_LABEL = '罐车残渣饼';

describe('thesaurus editing in the browser', () => {
  it('lets an admin add a Chinese label that then carries a match; others cannot edit', { timeout: 180_000 }, async () => {
    const { server, browser } = app;
    const admin = await openPage(browser, { locale: 'en-GB' });
    await signIn(admin.page, server.url, server.admin!);
    await admin.page.goto(`${server.url}/`);
    await admin.page.getByRole('link', { name: 'Thesaurus' }).click();
    await admin.page.getByLabel('Search a label or id').fill('tank bottom');
    await admin.page.getByRole('link', { name: 'oily sludge', exact: true }).click();
    const concept = admin.page.getByTestId('concept');
    await expect.poll(() => concept.getByRole('heading').textContent()).toBe('oily sludge oily-sludge');
    const zh = admin.page.locator('textarea[lang=zh]');
    await zh.fill(`${await zh.inputValue()}\n${NEW_LABEL}`);
    await admin.page.getByRole('button', { name: 'Save' }).click();
    await admin.page.getByText('Saved. Matches are recomputed in the background.').waitFor();
    await expect.poll(() => admin.page.getByTestId('labels-zh').textContent()).toContain(NEW_LABEL);
    await admin.page.getByText('edited').first().waitFor();

    // A new concept's broader concepts are picked by their label, not typed as ids (an unknown
    // id, which the picker cannot produce, is refused by the server: see matching.test.ts).
    await admin.page.getByRole('button', { name: 'New concept' }).click();
    const form = admin.page.getByRole('form', { name: 'New concept' });
    await form.getByLabel(/^Id/).fill('tank-cake');
    for (const lang of ['nl', 'en', 'zh']) await form.locator(`textarea[lang=${lang}]`).fill(`cake ${lang}`);
    await form.getByLabel('Broader concepts', { exact: true }).fill('oily slud');
    await admin.page.getByRole('option', { name: 'oily sludge', exact: true }).click();
    await admin.page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => concept.getByRole('heading').textContent()).toBe('cake en tank-cake');
    await concept.getByRole('link', { name: 'oily sludge', exact: true }).waitFor();

    // Saved for everyone, in every UI language; visitors and programme managers get no editing controls.
    for (const [locale, heading] of [
      ['nl-BE', 'olieslib'],
      ['zh-CN', '含油污泥'],
      ['en-GB', 'oily sludge'],
    ] as const) {
      const visitor = await openPage(browser, { locale });
      await visitor.page.goto(`${server.url}/thesaurus/oily-sludge`);
      await expect.poll(() => visitor.page.getByTestId('concept').getByRole('heading').textContent()).toBe(`${heading} oily-sludge`);
      expect(await visitor.page.getByTestId('labels-zh').textContent()).toContain(NEW_LABEL);
      expect(await visitor.page.locator('form.concept-form').count()).toBe(0);
      await visitor.context.close();
    }
    const manager = await openPage(browser, { locale: 'en-GB' });
    await signIn(manager.page, server.url, server.manager!);
    await manager.page.goto(`${server.url}/thesaurus/oily-sludge`);
    await manager.page.getByTestId('concept').waitFor();
    expect(await manager.page.locator('form.concept-form').count()).toBe(0);
    expect(await manager.page.getByRole('navigation').getByRole('link', { name: 'Thesaurus' }).count()).toBe(0);

    // The edit recomputes every match; a need using only the new label then finds the concept.
    const status = async () =>
      (await (await manager.page.request.get(`${server.url}/api/matching/status`)).json()) as { idle: boolean; recent: { kind: string }[] };
    await expect.poll(async () => (await status()).recent.some((j) => j.kind === 'match-all'), { timeout: 60_000 }).toBe(true);
    const csrf = ((await (await manager.page.request.get(`${server.url}/api/auth/me`)).json()) as { csrfToken: string }).csrfToken;
    const post = (path: string, data: unknown) => manager.page.request.post(`${server.url}${path}`, { headers: { 'x-csrf-token': csrf }, data });
    const organisation = await post('/api/organisations', {
      id: 'tankreiniging-nv',
      name: 'Tankreiniging NV',
      type: 'company',
      country: 'BE',
      homeRegionId: 'antwerpen',
      website: null,
      description: { original: 'nl', nl: 'Wij reinigen opslagtanks en verwerken olieslib met thermische desorptie.' },
      visibility: 'public',
    });
    expect(organisation.status()).toBe(201);
    const created = await post('/api/opportunities', {
      regionId: 'hebei',
      title: { original: 'zh', zh: `港口的${NEW_LABEL}需要处理` },
      description: null,
      themes: ['waste'],
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await expect
      .poll(
        async () => {
          await manager.page.goto(`${server.url}/opportunities/${id}`);
          await manager.page.getByRole('heading', { name: 'Organisations that could help' }).waitFor();
          await manager.page.waitForLoadState('networkidle');
          return manager.page.getByTestId('match').filter({ hasText: 'Tankreiniging NV' }).count();
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBeGreaterThan(0);
    const why = await manager.page.getByTestId('match').filter({ hasText: 'Tankreiniging NV' }).locator('.match-explanation').textContent();
    expect(why).toContain(`oily sludge (need: "${NEW_LABEL}"`);
    expect(admin.errors.filter((e) => !e.includes('400'))).toEqual([]);
    for (const s of [admin, manager]) await s.context.close();
  });
});
