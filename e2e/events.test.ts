import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { acceptInvitation, apiJsonAs } from './api-as';
import { horizontalOverflow, openPage } from './browser';
import { parseIcs } from '../test/ics';
import { type Credentials, useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser();
/** The seeded accounts of the test server (the journeys need both). */
const manager = () => app.server.manager ?? fail('the app under test offers no programme manager');
const admin = () => app.server.admin ?? fail('the app under test offers no admin');
function fail(message: string): never {
  throw new Error(message);
}
const members: Record<'a' | 'b', Credentials> = {
  a: { email: 'anna@ev-a.example', password: 'anna password 123' },
  b: { email: 'bo@ev-b.example', password: 'bo password 12345' },
};

/** The API as `who`, outside any page (e2e/api-as.ts). */
const apiAs = (who: Credentials, method: string, path: string, body?: unknown) => apiJsonAs(app.server.url, who, method, path, body);

/** A member account that can sign in: invited by the admin, invitation accepted from the mailed link. */
async function member(who: Credentials, organisationId: string, displayName: string) {
  await apiAs(admin(), 'POST', '/users', { email: who.email, displayName, role: 'member', organisationId });
  await acceptInvitation(app.server, who);
}

beforeAll(async () => {
  await apiAs(admin(), 'POST', '/organisations', { id: 'ev-a', name: 'Electrolyser BV', type: 'company', country: 'NL' });
  await apiAs(admin(), 'POST', '/organisations', { id: 'ev-b', name: '河北氢能', type: 'company', country: 'CN' });
  await member(members.a, 'ev-a', 'Anna');
  await member(members.b, 'ev-b', 'Bo');
  await apiAs(manager(), 'POST', '/events', {
    id: 'h2-match',
    title: 'Hydrogen matchmaking',
    languages: ['en', 'zh'],
    tables: 4,
    slots: [
      { id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' },
      { id: 's2', start: '2030-05-12T09:30:00Z', end: '2030-05-12T09:55:00Z' },
    ],
  });
}, 120_000);

async function registerThroughForm(page: Page, name: string, email: string, alsoSpeaks: string[] = []) {
  await page.goto(`${app.server.url}/events/h2-match`);
  await page.getByRole('heading', { level: 1, name: 'Hydrogen matchmaking' }).waitFor();
  await page.getByLabel('Delegate name').fill(name);
  await page.getByLabel('Delegate e-mail').fill(email);
  // Languages are the event's, ticked by name; the first is ticked to begin with.
  expect(await page.getByRole('group', { name: 'Languages spoken' }).getByRole('checkbox', { name: 'English' }).isChecked()).toBe(true);
  for (const language of alsoSpeaks) await page.getByRole('checkbox', { name: language }).check();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByRole('heading', { name: 'Your delegates' }).waitFor();
}

/** axe-core's serious and critical WCAG 2.1 AA violations on the page as it is. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(', ')}`);
}

describe('matchmaking in the browser', () => {
  it('two organisations register, one requests, the other accepts, the organiser schedules, both download their .ics', async () => {
    const a = await openPage(app.browser);
    const b = await openPage(app.browser);
    const pm = await openPage(app.browser);
    await signIn(a.page, app.server.url, members.a);
    await signIn(b.page, app.server.url, members.b);
    await signIn(pm.page, app.server.url, manager());

    await registerThroughForm(a.page, 'Anna de Vries', 'anna@ev-a.example');
    await registerThroughForm(b.page, 'Bo Wang', 'bo@ev-b.example', ['Chinese']);

    await a.page.reload();
    await a.page.getByRole('listitem').filter({ hasText: 'Bo Wang' }).getByRole('button', { name: 'Request a meeting' }).click();
    await a.page.getByRole('cell', { name: 'pending', exact: false }).waitFor();

    await b.page.reload();
    await b.page.getByRole('button', { name: 'Accept' }).click();
    await b.page.getByRole('cell', { name: /accepted/ }).waitFor();

    await pm.page.goto(`${app.server.url}/events/h2-match`);
    await pm.page.getByRole('button', { name: 'Schedule meetings' }).click();
    await pm.page.getByRole('status').filter({ hasText: '1 of at most 1 possible meetings scheduled' }).waitFor();

    for (const [who, other] of [
      [a, 'Bo Wang'],
      [b, 'Anna de Vries'],
    ] as const) {
      await who.page.reload();
      await who.page.locator('.event-agenda li', { hasText: other }).waitFor();
      const [download] = await Promise.all([who.page.waitForEvent('download'), who.page.getByRole('link', { name: 'Calendar (.ics)' }).click()]);
      const text = await readFile((await download.path())!, 'utf8');
      const ics = text.replace(/\r\n /g, '');
      expect(ics).toMatch(/^BEGIN:VCALENDAR/);
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics).toMatch(/DTSTART:20300512T09(00|30)00Z/);
      expect(ics).toMatch(/DTEND:20300512T09(25|55)00Z/);
      expect(ics).toContain(other);
      const [meeting] = parseIcs(text);
      expect(meeting?.summary).toContain(other);
    }

    // Anna subscribes her calendar: the secret address is shown once, with a copy button, and
    // serves the agenda without a session.
    await a.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
    await a.page.getByRole('button', { name: 'Create a subscription address' }).click();
    const address = a.page.getByLabel('Subscription address');
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/events\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    await a.page.getByRole('button', { name: 'Copy' }).click();
    await a.page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await a.page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const feed = await fetch(`${app.server.url}${new URL(url).pathname}`);
    expect(feed.status).toBe(200);
    expect(parseIcs(await feed.text()).map((e) => e.summary)).toEqual([expect.stringContaining('Bo Wang')]);

    // The organiser's dashboard: the figures and the load per participant.
    await pm.page.goto(`${app.server.url}/events/h2-match/dashboard`);
    await pm.page.locator('.dashboard-meetings', { hasText: '1 of at most 1 possible meetings scheduled' }).waitFor();
    const load = pm.page.getByRole('table', { name: 'Load per participant' });
    await load.getByRole('row', { name: /Anna de Vries/ }).waitFor();
    expect(await load.getByRole('row').count()).toBe(3);

    // On a 360 px phone neither the participant's page (requests, agenda, marketplace) nor the
    // dashboard scrolls sideways; wide tables scroll inside a region reachable with the keyboard.
    for (const [p, path] of [
      [a.page, '/events/h2-match'],
      [pm.page, '/events/h2-match/dashboard'],
    ] as const) {
      await p.setViewportSize({ width: 360, height: 740 });
      await p.goto(`${app.server.url}${path}`);
      await p.locator('.event-agenda li, .dashboard-meetings').first().waitFor();
      expect(await horizontalOverflow(p), path).toBe(0);
      await p.setViewportSize({ width: 1280, height: 900 });
    }
    const scroller = pm.page.getByRole('region', { name: 'Load per participant' });
    await scroller.focus();
    expect(await scroller.evaluate((el) => el === document.activeElement)).toBe(true);

    // The organiser edits Bo's availability: a blocked slot, in the event's time zone.
    await load
      .getByRole('row', { name: /Bo Wang/ })
      .getByRole('link', { name: 'Edit: Bo Wang' })
      .click();
    await pm.page.getByRole('heading', { level: 1, name: 'Edit registration: Bo Wang' }).waitFor();
    // The times are said to be in the event's zone by its name, not its IANA code.
    await pm.page.getByRole('group', { name: 'Availability (Central European Time)' }).waitFor();
    await pm.page.getByLabel('2030-05-12 11:00–11:25').check();
    // Bo's languages are ticked by name; he no longer wants to speak English.
    const spoken = pm.page.getByRole('group', { name: 'Languages spoken' });
    expect(await spoken.getByRole('checkbox', { name: 'Chinese' }).isChecked()).toBe(true);
    await spoken.getByRole('checkbox', { name: 'English' }).uncheck();
    expect(await seriousViolations(pm.page)).toEqual([]);
    await pm.page.getByRole('button', { name: 'Save' }).click();
    await pm.page.getByRole('heading', { level: 1, name: 'Hydrogen matchmaking' }).waitFor();
    const bo = (await apiAs(manager(), 'GET', '/events/h2-match/registrations')) as {
      items: { delegateName: string; blockedSlots: string[]; languages: string[] }[];
    };
    expect(bo.items.find((r) => r.delegateName === 'Bo Wang')).toMatchObject({ blockedSlots: ['s1'], languages: ['zh'] });

    for (const p of [a, b, pm]) await p.context.close();
  }, 120_000);

  it('an organiser creates an event through the form: time zone, a slot grid, a break and named tables', async () => {
    const { page, context, errors } = await openPage(app.browser);
    await signIn(page, app.server.url, manager());
    await page.goto(`${app.server.url}/events`);
    await page.getByRole('link', { name: 'New event' }).click();
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();

    // Saving without a name names the field.
    await page.locator('#field-id').fill('chengdu-2030');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /^Name:/ })
      .waitFor();

    await page.locator('#field-title').fill('Chengdu hydrogen matchmaking');
    await page.locator('#field-timeZone').fill('Asia/Shanghai');
    await page.getByText('Slots are times in China Standard Time.').waitFor();
    // Languages come from a searchable list of names (English, Dutch and Chinese to begin with);
    // an interpreter pair is two of them, picked by name.
    await page.locator('#field-languages').fill('Span');
    await page.getByRole('option', { name: 'Spanish' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add a language pair' }).click();
    const pair = page.getByRole('group', { name: 'Language pair' });
    expect(await pair.getByLabel('Second language').inputValue()).toBe('zh');
    await pair.getByLabel('First language').selectOption({ label: 'Spanish' });
    await pair.getByLabel('Interpreters').fill('2');
    expect(await seriousViolations(page)).toEqual([]);
    const fill = page.getByRole('group', { name: 'Add a day of slots' });
    await fill.getByLabel('Day').fill('2030-01-15');
    await fill.getByLabel('Until').fill('10:00');
    await fill.getByRole('button', { name: 'Add these slots' }).click();
    await fill.getByRole('button', { name: 'Add a break' }).click();
    await page.getByLabel('Label 3').fill('Tea');
    await page.getByLabel('Named tables, optionally per room').check();
    await page.getByLabel('Room', { exact: true }).first().fill('Hall A');
    await page.getByRole('button', { name: 'Add a table' }).click();
    // The project and its activity are chosen, not typed: document 004's matchmaking.
    await page.getByLabel('Cooperation project (optional)').selectOption('p004');
    await page.getByLabel('Activity of that project (optional)').selectOption('p004-development-matchmaking');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { level: 1, name: 'Chengdu hydrogen matchmaking' }).waitFor();
    const partOf = page.locator('.event-project');
    await partOf.filter({ hasText: 'Matchmaking for Chinese and Dutch companies, combined with the stakeholder meeting' }).waitFor();
    const programme = page.locator('.event-programme li');
    expect(await programme.allTextContents()).toEqual(['2030-01-15 09:00–09:20 ', '2030-01-15 09:25–09:45 ', '2030-01-15 12:00–13:00 · Tea']);
    const stored = (await (await page.request.get(`${app.server.url}/api/events/chengdu-2030`)).json()) as {
      timeZone: string;
      languages: string[];
      interpreters: Record<string, number>;
      projectId: string | null;
      activityId: string | null;
      slots: { start: string }[];
      tables: { name: string; room: string | null }[];
    };
    expect(stored).toMatchObject({ timeZone: 'Asia/Shanghai', languages: ['en', 'nl', 'zh', 'es'], interpreters: { 'es-zh': 2 } });
    expect(stored.slots[0]!.start).toBe('2030-01-15T01:00:00.000Z');
    expect(stored.tables).toEqual([
      { number: 1, name: 'A1', room: 'Hall A' },
      { number: 2, name: 'A2', room: 'Hall A' },
    ]);
    expect(stored).toMatchObject({ projectId: 'p004', activityId: 'p004-development-matchmaking' });
    await partOf.getByRole('link').click();
    await page.waitForURL(`${app.server.url}/projects/p004`);
    // …and the project's activity links back to the event.
    await page.locator('[data-activity="p004-development-matchmaking"]').getByRole('link', { name: 'Chengdu hydrogen matchmaking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chengdu hydrogen matchmaking' }).waitFor();

    await page.goto(`${app.server.url}/events`);
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Jan 15, 2030 (China Standard Time)' })
      .getByRole('link', { name: 'Chengdu hydrogen matchmaking' })
      .waitFor();
    expect(errors.filter((e) => !e.includes('HTTP 400'))).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('notifications in the browser', () => {
  it('a member sees the unread count, follows it to the request and accepts; the requester reads the answer in Chinese', async () => {
    await apiAs(manager(), 'POST', '/events', {
      id: 'notify-match',
      title: 'Notify matchmaking',
      languages: ['en', 'zh'],
      tables: 2,
      slots: [{ id: 's1', start: '2030-06-02T09:00:00Z', end: '2030-06-02T09:25:00Z' }],
    });
    const register = (who: Credentials, organisationId: string, delegateName: string) =>
      apiAs(who, 'POST', '/events/notify-match/registrations', { organisationId, delegateName, delegateEmail: who.email, languages: ['en'] }) as Promise<{
        id: string;
      }>;
    const anna = await register(members.a, 'ev-a', 'Anna de Vries');
    const bo = await register(members.b, 'ev-b', 'Bo Wang');
    await apiAs(members.b, 'POST', '/notifications/read', {}); // earlier journeys' notifications
    await apiAs(members.a, 'POST', '/notifications/read', {});
    await apiAs(members.a, 'POST', '/events/notify-match/requests', { from: anna.id, to: [bo.id], priority: 'must-meet', message: 'Stacks for Hebei?' });

    const b = await openPage(app.browser);
    await signIn(b.page, app.server.url, members.b);
    await b.page.goto(`${app.server.url}/events`);
    await b.page.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const item = b.page.getByRole('listitem').filter({ hasText: 'Anna de Vries (Electrolyser BV) asks to meet you at Notify matchmaking (must meet).' });
    await item.getByText('Stacks for Hebei?').waitFor();
    await item.getByRole('link', { name: 'Open the request' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Notify matchmaking' }).waitFor();
    // The link lands on the request itself (focused for keyboard and screen-reader users).
    const target = decodeURIComponent(new URL(b.page.url()).hash.slice(1));
    expect(target).toMatch(new RegExp(`^request-${bo.id}-`));
    await expect.poll(() => b.page.evaluate(() => document.activeElement?.id)).toBe(target);
    const row = b.page.locator(`[id="${target}"]`);
    await row.getByRole('button', { name: 'Accept' }).click();
    await row.getByRole('cell', { name: /accepted/ }).waitFor();
    // Following the link read the notification.
    await b.page.getByRole('link', { name: 'Notifications, none unread' }).waitFor();

    const a = await openPage(app.browser, { locale: 'zh-CN' });
    await signIn(a.page, app.server.url, members.a);
    await a.page.goto(`${app.server.url}/events`);
    await a.page.getByRole('link', { name: '通知，1 条未读' }).click();
    const answer = a.page.getByRole('listitem').filter({ hasText: 'Bo Wang（河北氢能）接受了您在Notify matchmaking的会面请求。' });
    await answer.getByRole('link', { name: '查看会面请求' }).waitFor();
    await a.page.getByRole('button', { name: '全部标为已读' }).click();
    await a.page.getByRole('link', { name: '通知，没有未读' }).waitFor();
    expect(await a.page.getByRole('button', { name: '标为已读' }).count()).toBe(0);

    // A narrow phone: the notifications page and the header with its count fit in 360 px.
    await b.page.setViewportSize({ width: 360, height: 740 });
    await b.page.goto(`${app.server.url}/notifications`);
    await b.page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    expect(await horizontalOverflow(b.page)).toBe(0);
    expect([...a.errors, ...b.errors]).toEqual([]);
    for (const p of [a, b]) await p.context.close();
  }, 120_000);
});
