// The signed-in home page ("My work") per role, and what visitors open from shared links: a
// project's public summary and a public organisation profile. Each page is checked with axe (no
// serious or critical violations) and for horizontal scrolling at 390 px. With SCREENSHOTS set,
// each role's home is also photographed at 1366 and 390 px in nl, en and zh.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, openPage } from './browser';
import { type ApiClient, apiClientAs, inviteAccount, type Json, until } from './api-as';
import { type Credentials, useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser({ jobs: { pollMs: 200 } });
const url = (path: string) => `${app.server.url}${path}`;
const apiAs = (who: Credentials) => apiClientAs(app.server.url, who);
const invite = async (admin: ApiClient, user: Json): Promise<Credentials> => (await inviteAccount(app.server, admin, user)).credentials;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.html.slice(0, 160))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** No horizontal scrolling on a phone (390 px). */
async function fitsPhone(credentials: Credentials | null, path: string): Promise<number> {
  const { context, page } = await openPage(app.browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  if (credentials) await signIn(page, app.server.url, credentials);
  await page.goto(url(path));
  await page.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  const overflow = await horizontalOverflow(page);
  await context.close();
  return overflow;
}

const people = {} as Record<'manager' | 'admin' | 'member' | 'otherMember' | 'official', Credentials>;
const title = 'Treatment of oily sludge';

describe('my work', () => {
  it('sets the programme up: organisations, people, an opportunity with matches, an event with a request, an overdue task', { timeout: 240_000 }, async () => {
    people.manager = app.server.manager!;
    people.admin = app.server.admin!;
    const admin = await apiAs(people.admin);
    const manager = await apiAs(people.manager);
    await manager('POST', '/organisations', {
      id: 'sludge-tech',
      name: 'Sludge Tech',
      type: 'company',
      country: 'BE',
      homeRegionId: 'antwerpen',
      visibility: 'public',
      description: {
        original: 'nl',
        nl: 'Wij verwerken olieslib en oliehoudend slib uit raffinaderijen: slibontwatering, thermische desorptie en olie-waterscheiding.',
      },
    });
    await manager('POST', '/organisations', {
      id: 'dewater-nl',
      name: 'Dewater NL',
      type: 'company',
      country: 'NL',
      visibility: 'members',
      description: { original: 'nl', nl: 'Slibverwerking: ontwatering van olieslib en thermische behandeling van industrieel slib.' },
    });
    people.official = await invite(admin, { email: 'wang@hebei.example.cn', displayName: 'Wang Li', role: 'partner-official', regionId: 'hebei' });
    people.member = await invite(admin, { email: 'anna@sludge.example', displayName: 'Anna Peeters', role: 'member', organisationId: 'sludge-tech' });
    people.otherMember = await invite(admin, { email: 'bram@dewater.example', displayName: 'Bram de Vries', role: 'member', organisationId: 'dewater-nl' });
    // One invitation still open, for the admin's home.
    await admin('POST', '/users', { email: 'later@example.org', displayName: 'Not Yet', role: 'member', organisationId: 'sludge-tech', language: 'nl' });
    const official = await apiAs(people.official);
    const opportunity = await official('POST', '/opportunities', {
      regionId: 'hebei',
      title: { original: 'zh', zh: '含油污泥处理', en: title },
      description: { original: 'zh', zh: '石化企业产生的含油污泥需要无害化处理和资源化利用，寻求污泥脱水和热解吸技术。' },
      themes: ['waste'],
    });
    const anna = await apiAs(people.member);
    const bram = await apiAs(people.otherMember);
    await until('the matches', async () =>
      (await anna('GET', '/my-work')).member.newMatches.total > 0 && (await bram('GET', '/my-work')).member.newMatches.total > 0 ? true : undefined,
    );
    await bram('POST', `/opportunities/${opportunity.id}/interest`, { message: 'We dewater oily sludge on site.' });
    await manager('POST', '/events', {
      id: 'hebei-days',
      title: 'Hebei cleantech days',
      languages: ['en', 'zh'],
      tables: 4,
      slots: [{ id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' }],
    });
    const me = (await anna('GET', '/auth/me')).user;
    const a = await manager('POST', '/events/hebei-days/registrations', {
      organisationId: 'sludge-tech',
      delegateName: 'Anna Peeters',
      delegateEmail: people.member.email,
      userId: me.id,
      languages: ['en'],
    });
    const b = await manager('POST', '/events/hebei-days/registrations', {
      organisationId: 'dewater-nl',
      delegateName: 'Bram de Vries',
      delegateEmail: people.otherMember.email,
      languages: ['en'],
    });
    await bram('POST', '/events/hebei-days/requests', { from: b.id, to: [a.id], priority: 'must-meet' });
    await manager('POST', '/follow-up/tasks', {
      title: 'Send Wang the site visit programme',
      dueOn: '2020-03-01',
      source: { kind: 'opportunity', id: opportunity.id },
    });
  });

  it(
    'shows the programme manager the pipeline, the decision waiting, the event and the overdue task; a step opens the pipeline filtered',
    { timeout: 120_000 },
    async () => {
      const { context, page, errors } = await openPage(app.browser);
      await signIn(page, app.server.url, people.manager);
      await page.goto(url('/'));
      await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
      const awaiting = page.getByRole('region', { name: 'Waiting for your decision' });
      await awaiting.getByRole('link', { name: 'Dewater NL' }).waitFor();
      await awaiting.getByRole('link', { name: title }).waitFor();
      const events = page.getByRole('region', { name: 'Upcoming events' });
      await events.getByRole('link', { name: 'Hebei cleantech days' }).waitFor();
      expect(await events.textContent()).toContain('Registrations: 2 · Open meeting requests: 1');
      await page.getByRole('region', { name: 'Overdue follow-ups' }).getByText('Send Wang the site visit programme').waitFor();
      // Recent changes name people and records, not ids.
      const changes = page.getByRole('region', { name: 'Recent changes' });
      await changes.getByRole('link', { name: 'event “Hebei cleantech days”' }).first().waitFor();
      expect(await changes.textContent()).not.toContain('hebei-days');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('pipeline').locator('a[href="/matches?status=interested"]').click();
      await page.waitForURL(/\/matches\?status=interested$/);
      // The pipeline opens with that status picked (a pill of the status filter), in words.
      await page.getByTestId('pipeline-total').waitFor();
      expect(new URL(page.url()).searchParams.get('status')).toBe('interested');
      await page.getByRole('main').getByText('Interested', { exact: true }).first().waitFor();
      expect(errors).toEqual([]);
      await context.close();
      expect(await fitsPhone(people.manager, '/')).toBe(0);
    },
  );

  it('shows a member their organisation’s new match and the request waiting for them, and nothing of another organisation', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await signIn(page, app.server.url, people.member);
    await page.goto(url('/'));
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByText('What is new for Sludge Tech').waitFor();
    await page.getByRole('region', { name: 'New matches for your organisation' }).getByRole('link', { name: title }).waitFor();
    await page.getByRole('region', { name: 'Meeting requests waiting for you' }).getByText('Bram de Vries (Dewater NL) asks to meet you').waitFor();
    await page.getByRole('region', { name: 'Your next meetings' }).getByText('No meeting is scheduled yet').waitFor();
    expect(await page.getByRole('region', { name: 'Waiting for your decision' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    // Bram asked: nothing waits for him, and his organisation's match moved on (interest expressed).
    const other = await openPage(app.browser);
    await signIn(other.page, app.server.url, people.otherMember);
    await other.page.goto(url('/'));
    await other.page.getByRole('region', { name: 'Meeting requests waiting for you' }).getByText('No meeting request is waiting for your answer.').waitFor();
    expect(await other.page.locator('main').textContent()).not.toContain('Anna Peeters');
    await other.context.close();
    expect(await fitsPhone(people.member, '/')).toBe(0);
  });

  it('shows the official their region’s opportunity with its matches', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await signIn(page, app.server.url, people.official);
    await page.goto(url('/'));
    const card = page.getByRole('region', { name: 'Opportunities of Hebei' });
    await card.getByRole('link', { name: title }).waitFor();
    await card.getByText('Interested 1').waitFor();
    expect(await card.textContent()).toMatch(/Matches: [1-9]/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    expect(await fitsPhone(people.official, '/')).toBe(0);
  });

  it('shows the admin accounts and the pending invitation, with the manager view', { timeout: 120_000 }, async () => {
    const { context, page } = await openPage(app.browser);
    await signIn(page, app.server.url, people.admin);
    await page.goto(url('/'));
    await page.getByRole('region', { name: 'Pending invitations' }).getByText('Not Yet <later@example.org>').waitFor();
    await page.getByRole('region', { name: 'Waiting for your decision' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a visitor read a project’s public summary (no budget) and keeps the map on the home page', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await page.goto(url('/projects/p004'));
    await page.getByTestId('public-project').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Phases and go/no-go gates' }).waitFor();
    expect(await page.getByTestId('public-phase').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { level: 2, name: 'Partners' }).waitFor();
    await page.getByRole('link', { name: 'Sign in to see the whole project' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('€');
    expect(await page.getByRole('heading', { name: /budget/i }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(url('/'));
    await page.getByRole('group', { name: 'Map of the partner regions and their twinnings' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
    expect(await fitsPhone(null, '/projects/p004')).toBe(0);
  });

  it('opens a shared public organisation link for a visitor, and not a members-only one', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(app.browser);
    await page.goto(url('/organisations/sludge-tech'));
    await page.getByRole('heading', { level: 1, name: 'Sludge Tech' }).waitFor();
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.goto(url('/organisations/dewater-nl'));
    await page.getByRole('alert').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Dewater NL');
    await context.close();
  });

  const outDir = process.env.SCREENSHOTS;
  it.skipIf(!outDir)('photographs each role’s home at 1366 and 390 px in nl, en and zh', { timeout: 600_000 }, async () => {
    mkdirSync(outDir!, { recursive: true });
    const shots: [string, Credentials | null, string][] = [
      ['manager', people.manager, '/'],
      ['member', people.member, '/'],
      ['official', people.official, '/'],
      ['admin', people.admin, '/'],
      ['visitor-project', null, '/projects/p004'],
    ];
    for (const [who, credentials, path] of shots) {
      for (const lang of ['nl', 'en', 'zh'] as const) {
        for (const width of [1366, 390]) {
          const { context, page } = await openPage(app.browser, {
            viewport: { width, height: width === 390 ? 844 : 900 },
            locale: lang === 'zh' ? 'zh-CN' : lang,
          });
          if (credentials) await signIn(page, app.server.url, credentials);
          if (credentials) await (await apiAs(credentials))('PATCH', '/auth/me', { language: lang });
          await page.goto(url(path));
          await page.locator('main h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          await page.screenshot({ path: join(outDir!, `my-work-${who}-${lang}-${width}.png`), fullPage: true });
          await context.close();
        }
      }
    }
  });
});
