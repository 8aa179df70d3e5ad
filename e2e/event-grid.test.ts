// The organiser moves a meeting on the time × table grid; a move onto a taken table is refused
// and the grid says why, leaving the meetings where they were. Then two meetings are swapped by
// keyboard, a swap that would book Chen twice is refused, and the what-if report is shown; axe
// finds no serious violation on the page.
import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiJsonAs } from './api-as';
import { openPage } from './browser';
import { type Credentials, useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser();
const manager = () => app.server.manager ?? fail('the app under test offers no programme manager');
const admin = () => app.server.admin ?? fail('the app under test offers no admin');
function fail(message: string): never {
  throw new Error(message);
}

/** The API as `who`, outside any page (e2e/api-as.ts). */
const apiAs = (who: Credentials, method: string, path: string, body?: unknown) => apiJsonAs(app.server.url, who, method, path, body);
type Placed = { requestId: string; slotId: string; table: number; locked: boolean };
const placed = async () => ((await apiAs(manager(), 'GET', '/events/grid/meetings')) as { items: Placed[] }).items;

let accepted: (from: string, to: string) => Promise<string>;
let annaBram: string;
let chenDirk: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await apiAs(manager(), 'POST', '/events', {
    id: 'grid',
    title: 'Grid day',
    languages: ['en'],
    tables: 2,
    slots: [
      { id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' },
      { id: 's2', start: '2030-05-12T09:30:00Z', end: '2030-05-12T09:55:00Z' },
    ],
  });
  for (const name of ['Anna', 'Bram', 'Chen', 'Dirk', 'Eva']) {
    const org = `org-${name.toLowerCase()}`;
    await apiAs(admin(), 'POST', '/organisations', { id: org, name: `${name} BV`, type: 'company', country: 'NL' });
    ids[name] = (
      await apiAs(manager(), 'POST', '/events/grid/registrations', {
        organisationId: org,
        delegateName: name,
        delegateEmail: `${name.toLowerCase()}@grid.example`,
        languages: ['en'],
      })
    ).id;
  }
  accepted = async (from: string, to: string) => {
    const r = await apiAs(manager(), 'POST', '/events/grid/requests', { from: ids[from], to: [ids[to]] });
    await apiAs(manager(), 'POST', `/events/grid/requests/${r.id}/response`, { registrationId: ids[to], answer: 'accept' });
    return r.id as string;
  };
  annaBram = await accepted('Anna', 'Bram');
  chenDirk = await accepted('Chen', 'Dirk');
  await apiAs(manager(), 'POST', '/events/grid/schedule', { timeLimitSeconds: 1 });
}, 120_000);

describe('the organiser’s grid', () => {
  it('moves a meeting by hand and refuses a double booking of a table', async () => {
    const { page, context } = await openPage(app.browser);
    await signIn(page, app.server.url, manager());
    await page.goto(`${app.server.url}/events/grid/dashboard`);
    await page.getByRole('link', { name: 'Move meetings on the grid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grid: Grid day' }).waitFor();

    const before = await placed();
    const first = before.find((m) => m.requestId === annaBram)!;
    const second = before.find((m) => m.requestId === chenDirk)!;
    const slots = ['s1', 's2'];
    // Anna and Bram go to the other slot, at a table Chen and Dirk do not use there.
    const targetSlot = slots.find((s) => s !== first.slotId)!;
    const targetTable = second.slotId === targetSlot ? 3 - second.table : 1;
    const cellAt = (slotId: string, table: number) =>
      page
        .locator('tbody tr')
        .nth(slots.indexOf(slotId))
        .locator('td')
        .nth(table - 1);

    await page.getByRole('button', { name: 'Anna · Bram' }).click();
    await cellAt(targetSlot, targetTable).getByRole('button', { name: 'Move here' }).click();
    await page.getByRole('status').filter({ hasText: 'Moved; the meeting is now locked.' }).waitFor();
    await cellAt(targetSlot, targetTable).getByRole('button', { name: 'Anna · Bram' }).waitFor();
    expect((await placed()).find((m) => m.requestId === annaBram)).toMatchObject({ slotId: targetSlot, table: targetTable, locked: true });

    // Chen and Dirk onto Anna and Bram's table in that slot: refused, nothing moves.
    await page.getByRole('button', { name: 'Chen · Dirk' }).click();
    await cellAt(targetSlot, targetTable).getByRole('button', { name: 'Move here' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(/^Chen · Dirk: table \d is already taken at /).waitFor();
    expect((await placed()).find((m) => m.requestId === chenDirk)).toMatchObject({ slotId: second.slotId, table: second.table });
    await context.close();
  }, 120_000);

  it('swaps two meetings by keyboard, refuses a swap that books someone twice, and shows the what-if report', async () => {
    // Chen meets Eva too, so Chen's two meetings are in different slots; Anna and Bram stay locked.
    const chenEva = await accepted('Chen', 'Eva');
    await apiAs(manager(), 'POST', '/events/grid/schedule', { timeLimitSeconds: 1 });
    const before = await placed();
    const ab = before.find((m) => m.requestId === annaBram)!;
    const chens = [chenDirk, chenEva].map((id) => before.find((m) => m.requestId === id)!);
    const alongside = chens.find((m) => m.slotId === ab.slotId)!;
    const across = chens.find((m) => m.slotId !== ab.slotId)!;
    const name = (m: Placed) => (m.requestId === chenDirk ? 'Chen · Dirk' : 'Chen · Eva');

    const { page, context } = await openPage(app.browser);
    await signIn(page, app.server.url, manager());
    await page.goto(`${app.server.url}/events/grid/grid`);
    await page.getByRole('heading', { level: 1, name: 'Grid: Grid day' }).waitFor();

    // Anna and Bram into the other slot, Chen's meeting there into theirs: Chen would meet twice.
    await page.getByRole('button', { name: 'Anna · Bram' }).click();
    await page.getByRole('button', { name: `Swap with ${name(across)}` }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('This swap is refused:').waitFor();
    await alert.getByText(`${name(across)}: Chen already has a meeting at`).waitFor();
    expect(await placed()).toEqual(before);

    // Anna and Bram with Chen's meeting of their own slot: tables change hands. By keyboard.
    await page.getByRole('button', { name: `Swap with ${name(alongside)}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Swapped; both meetings are now locked.' }).waitFor();
    const after = await placed();
    expect(after.find((m) => m.requestId === annaBram)).toMatchObject({ slotId: ab.slotId, table: alongside.table, locked: true });
    expect(after.find((m) => m.requestId === alongside.requestId)).toMatchObject({ slotId: ab.slotId, table: ab.table, locked: true });

    // What if: one table, slot by slot; the report is a table with a row per resource.
    await page.getByLabel('Time limit for the whole report (seconds)').fill('5');
    await page.getByRole('button', { name: 'Work it out' }).click();
    const report = page.getByRole('table', { name: 'More meetings with one more resource' });
    await report.waitFor({ timeout: 60_000 });
    expect(await report.getByRole('rowheader').allTextContents()).toEqual(['Table', 'Slot after the last one']);
    expect(await page.locator('.what-if p[role=status]').textContent()).toBe('Now: 3 of the 3 accepted requests can be scheduled.');

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await context.close();
  }, 120_000);
});
