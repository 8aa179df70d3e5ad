// The check-in desk on a phone (390 px): the badge PDF carries the Chinese name and the signed
// code its QR code holds; the organiser types that code and the delegate is checked in (a second
// time says "already"); a walk-in of a new organisation is registered and checked in in one step.
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf-text';
import { apiAs } from './api-as';
import { horizontalOverflow, openPage } from './browser';
import { useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser();
const manager = () => app.server.manager ?? fail('the app under test offers no programme manager');
const admin = () => app.server.admin ?? fail('the app under test offers no admin');
function fail(message: string): never {
  throw new Error(message);
}
const asManager = (method: string, path: string, body?: unknown) => apiAs(app.server.url, manager(), method, path, body);

let code: string;

beforeAll(async () => {
  await asManager('POST', '/events', {
    id: 'desk',
    title: 'Desk day',
    languages: ['en', 'zh'],
    tables: 2,
    slots: [{ id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' }],
  });
  await apiAs(app.server.url, admin(), 'POST', '/organisations', { id: 'org-hydrogen', name: 'Hydrogen Partners', type: 'company', country: 'CN' });
  const li = (await (await asManager('POST', '/events/desk/registrations', { organisationId: 'org-hydrogen', delegateName: 'Li Wei 李伟', delegateEmail: 'li@desk.example', languages: ['zh'] })).json()) as { id: string };
  const badge = await pdfText(Buffer.from(await (await asManager('GET', `/events/desk/registrations/${li.id}/badge.pdf`)).arrayBuffer()));
  expect(badge).toContain('李伟');
  expect(badge).toContain('Hydrogen Partners');
  code = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(badge)?.[0] ?? fail('no check-in code on the badge');
}, 120_000);

describe('the check-in desk on a phone', () => {
  it('checks a delegate in by the typed badge code and registers a walk-in', async () => {
    const { page, context } = await openPage(app.browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(page, app.server.url, manager());
    await page.goto(`${app.server.url}/events/desk/dashboard`);
    await page.getByRole('link', { name: 'Check-in desk' }).click();
    await page.getByRole('heading', { level: 1, name: /Desk day: Check-in desk/ }).waitFor();

    const field = page.getByLabel('Badge code');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    // Typed as people do: lower case, spaces for dashes.
    await field.fill(code.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    const result = page.getByRole('status').filter({ hasText: 'Li Wei 李伟' });
    await result.getByText('Checked in', { exact: true }).waitFor();
    await result.getByText('Hydrogen Partners').waitFor();

    await field.fill(code);
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('status').getByText(/Already checked in at/).waitFor();

    // An altered code: refused, and said so.
    await field.fill(code.replace(/.$/, code.endsWith('A') ? 'B' : 'A'));
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('alert').getByText('No delegate of this event has this code', { exact: false }).waitFor();

    await page.getByLabel('Name').fill('王芳');
    await page.getByLabel('E-mail').fill('wang@walk-in.example');
    await page.getByLabel('or a new organisation').fill('新能源公司');
    await page.getByRole('button', { name: 'Register and check in' }).click();
    await page.getByRole('status').filter({ hasText: '王芳' }).getByText('Checked in', { exact: true }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);

    const registrations = (await (await asManager('GET', '/events/desk/registrations')).json()) as { items: { delegateName: string; organisationName: string; checkedInAt: string | null }[] };
    expect(registrations.items.find((r) => r.delegateName === '王芳')).toMatchObject({ organisationName: '新能源公司' });
    expect(registrations.items.every((r) => r.checkedInAt !== null)).toBe(true);
    await context.close();
  }, 120_000);
});
