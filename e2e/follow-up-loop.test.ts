// The whole follow-up loop in the browser: an official publishes an opportunity → a matching
// company's member gets the alert and expresses interest → the manager logs a call and creates a
// task → the two meet at an event and both answer "follow-up agreed" → an agreement is recorded
// and the match reaches "collaboration started" → the programme report counts each step.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { type ApiClient, apiClientAs, inviteAccount, type Json, until } from './api-as';
import { type Credentials, useAppAndBrowser } from './server';
import { signIn } from './session';

const app = useAppAndBrowser({ jobs: { pollMs: 200 } });
const url = (path: string) => `${app.server.url}${path}`;
const apiAs = (who: Credentials) => apiClientAs(app.server.url, who);
const invite = (admin: ApiClient, user: Json) => inviteAccount(app.server, admin, user);

async function pageAs(credentials: { email: string; password: string }): Promise<Page> {
  const { page } = await openPage(app.browser);
  await signIn(page, app.server.url, credentials);
  return page;
}

describe('the follow-up loop', () => {
  it('carries a lead from a published opportunity to a recorded agreement, and the report counts each step', { timeout: 300_000 }, async () => {
    const admin = await apiAs(app.server.admin!);
    const manager = await apiAs(app.server.manager!);
    await manager('POST', '/organisations', {
      id: 'sludge-tech',
      name: 'Sludge Tech',
      type: 'company',
      country: 'BE',
      homeRegionId: 'antwerpen',
      description: {
        original: 'nl',
        nl: 'Wij verwerken olieslib en oliehoudend slib uit raffinaderijen: slibontwatering, thermische desorptie en olie-waterscheiding.',
      },
    });
    await manager('POST', '/organisations', { id: 'hebei-bureau', name: 'Hebei Environment Bureau', type: 'government', country: 'CN', homeRegionId: 'hebei' });
    const official = await invite(admin, { email: 'wang@hebei.example.cn', displayName: 'Wang Li', role: 'partner-official', regionId: 'hebei' });
    const member = await invite(admin, { email: 'anna@sludge.example', displayName: 'Anna Peeters', role: 'member', organisationId: 'sludge-tech' });
    const asOfficial = await apiAs(official.credentials);
    const asMember = await apiAs(member.credentials);

    // The member opts in to alerts on "My follow-ups".
    const memberPage = await pageAs(member.credentials);
    await memberPage.goto(url('/follow-ups'));
    await memberPage.getByLabel('Alert me when an opportunity that fits my organisation is published').check();
    await memberPage.getByRole('button', { name: 'Save' }).click();
    await memberPage.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // The official drafts an opportunity and publishes it on its page.
    const draft = await asOfficial('POST', '/opportunities', {
      regionId: 'hebei',
      title: { original: 'zh', zh: '含油污泥处理', en: 'Treatment of oily sludge' },
      description: { original: 'zh', zh: '石化企业产生的含油污泥需要无害化处理和资源化利用，寻求污泥脱水和热解吸技术。' },
      themes: ['waste'],
      stage: 'draft',
    });
    const officialPage = await pageAs(official.credentials);
    await officialPage.goto(url(`/opportunities/${draft.id}`));
    await officialPage.getByTestId('stage').filter({ hasText: 'draft' }).waitFor();
    await officialPage.getByRole('button', { name: 'Publish' }).click();
    await officialPage.getByTestId('stage').filter({ hasText: 'published' }).waitFor();

    // The matching company's member gets the alert (matching and alerts run in the background).
    await until('the alert', async () => ((await asMember('GET', '/notifications')).items as Json[]).find((n) => n.kind === 'opportunity-alert'));
    await memberPage.goto(url('/notifications'));
    await memberPage.getByText('A new opportunity fits your organisation: “Treatment of oily sludge”.').waitFor();
    await memberPage.getByRole('link', { name: 'Open the opportunity' }).first().click();

    // … and expresses interest, in their own words.
    await memberPage.getByLabel('Your message to the programme (any language)').fill('We run thermal desorption units and would like to pilot in Cangzhou.');
    await memberPage.getByRole('button', { name: 'Express interest' }).click();
    await memberPage.getByRole('status').filter({ hasText: 'Your interest was sent' }).waitFor();
    const match = ((await manager('GET', `/opportunities/${draft.id}/matches?includeDismissed=true`)).items as Json[]).find(
      (m) => m.organisationId === 'sludge-tech',
    );
    expect(match).toMatchObject({ status: 'interested' });
    const told = ((await asOfficial('GET', '/notifications')).items as Json[]).find((n) => n.kind === 'interest-expressed');
    expect(told?.params.message).toContain('thermal desorption');

    // The manager logs a call on the opportunity and creates a follow-up task from it.
    const managerPage = await pageAs(app.server.manager!);
    await managerPage.goto(url(`/opportunities/${draft.id}`));
    await managerPage.getByText('Log an interaction').click();
    await managerPage.getByLabel('Kind').selectOption('call');
    await managerPage.getByLabel('Note (any language)').fill('Called Anna: pilot in Cangzhou, samples in June.');
    await managerPage.getByLabel('Participants (comma-separated)').fill('Anna Peeters, Wang Li');
    await managerPage.getByRole('button', { name: 'Log', exact: true }).click();
    const call = managerPage.getByTestId('interaction').filter({ hasText: 'samples in June' });
    await call.waitFor();
    await call.getByText('Create a follow-up task').click();
    await call.getByLabel('Task').fill('Send the sampling protocol to Sludge Tech');
    await call.getByRole('button', { name: 'Create' }).click();
    await call.getByRole('status').waitFor();
    await managerPage.goto(url('/follow-ups'));
    await managerPage.getByTestId('task').filter({ hasText: 'Send the sampling protocol to Sludge Tech' }).waitFor();

    // The two meet at a matchmaking event (organised through the API: scheduling is the events' own journey).
    await manager('POST', '/events', {
      id: 'hebei-days',
      title: 'Hebei cleantech days',
      languages: ['en', 'zh'],
      tables: 2,
      slots: [{ id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' }],
    });
    const anna = await manager('POST', '/events/hebei-days/registrations', {
      organisationId: 'sludge-tech',
      delegateName: 'Anna Peeters',
      delegateEmail: 'anna@sludge.example',
      userId: member.id,
      languages: ['en'],
    });
    const wang = await manager('POST', '/events/hebei-days/registrations', {
      organisationId: 'hebei-bureau',
      delegateName: 'Wang Li',
      delegateEmail: 'wang@hebei.example.cn',
      userId: official.id,
      languages: ['en', 'zh'],
    });
    const request = await manager('POST', '/events/hebei-days/requests', { from: anna.id, to: [wang.id], priority: 'must-meet' });
    await manager('POST', `/events/hebei-days/requests/${request.id}/response`, { registrationId: wang.id, answer: 'accept' });
    await manager('POST', '/events/hebei-days/schedule', { timeLimitSeconds: 2 });

    // The organiser logs the delegation's visit on the event's own timeline.
    await managerPage.goto(url('/events/hebei-days'));
    const eventTimeline = managerPage.locator('section.interactions');
    await eventTimeline.getByText('Log an interaction').click();
    await eventTimeline.getByLabel('Kind').selectOption('visit');
    await eventTimeline.getByLabel('Note (any language)').fill('Wang Li visited the Sludge Tech stand.');
    await eventTimeline.getByRole('button', { name: 'Log', exact: true }).click();
    await eventTimeline.getByTestId('interaction').filter({ hasText: 'visited the Sludge Tech stand' }).waitFor();

    // Both answer "follow-up agreed"; the member names the match the meeting followed up.
    await memberPage.goto(url(`/events/hebei-days/meetings/${request.id}/feedback?registration=${anna.id}&organisation=sludge-tech`));
    await memberPage.getByLabel('Follow-up agreed').check();
    await memberPage.getByLabel('The match this meeting followed up').selectOption(match!.id);
    await memberPage.getByRole('button', { name: 'Send' }).click();
    await memberPage.getByRole('status').filter({ hasText: 'your answer is saved' }).waitFor();
    await officialPage.goto(url(`/events/hebei-days/meetings/${request.id}/feedback?registration=${wang.id}&organisation=hebei-bureau`));
    await officialPage.getByLabel('Follow-up agreed').check();
    await officialPage.getByLabel('Note (any language)').fill('下个月去安特卫普参观');
    await officialPage.getByRole('button', { name: 'Send' }).click();
    await officialPage.getByRole('status').filter({ hasText: 'your answer is saved' }).waitFor();

    // A side of the meeting plans a task about it from the same page; starting a project is for programme managers.
    await officialPage.getByRole('button', { name: 'New task about Hebei cleantech days' }).click();
    const meetingTask = officialPage.getByRole('dialog', { name: 'New follow-up task' });
    await meetingTask.getByLabel('What needs to be done').fill('Plan the visit to Antwerp');
    await meetingTask.getByRole('button', { name: 'Create the task' }).click();
    await meetingTask.getByRole('status').waitFor();
    await meetingTask.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await officialPage.getByRole('link', { name: 'Start a cooperation project' }).count()).toBe(0);
    expect(((await asOfficial('GET', '/follow-up/tasks')).items as Json[]).find((t) => t.title === 'Plan the visit to Antwerp')?.source).toMatchObject({
      kind: 'meeting',
      id: request.id,
      parentId: 'hebei-days',
    });

    // The official records the MoU that came out of it: the match reaches "collaboration started".
    await officialPage.getByLabel('Kind').selectOption('mou');
    await officialPage.getByLabel('Title').fill('MoU on an oily-sludge pilot in Cangzhou');
    await officialPage.getByRole('button', { name: 'Record' }).click();
    await officialPage.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor();
    expect((await manager('GET', `/matches/${match!.id}`)).status).toBe('collaboration-started');

    // On the pipeline the manager makes a task about the match and starts a cooperation project from it.
    await managerPage.goto(url('/matches?view=table&status=collaboration-started&q=Sludge'));
    const row = managerPage.getByRole('row').filter({ hasText: 'Sludge Tech' });
    await row.getByRole('button', { name: 'Actions for Sludge Tech' }).click();
    await managerPage.getByRole('menuitem', { name: 'New task' }).click();
    const taskDialog = managerPage.getByRole('dialog', { name: 'New follow-up task' });
    await taskDialog.getByTestId('task-about').filter({ hasText: 'Sludge Tech ↔ Treatment of oily sludge' }).waitFor();
    await taskDialog.getByLabel('What needs to be done').fill('Draft the pilot plan with Sludge Tech');
    await taskDialog.getByRole('button', { name: 'Create the task' }).click();
    await taskDialog.getByRole('status').waitFor();
    await taskDialog.getByRole('button', { name: 'Close', exact: true }).click();
    const tasks = (await manager('GET', `/follow-up/tasks?sourceKind=match&sourceId=${match!.id}`)).items as Json[];
    expect(tasks.map((t) => t.title)).toContain('Draft the pilot plan with Sludge Tech');
    // A match has no page: its interaction timeline opens from the same menu.
    await row.getByRole('button', { name: 'Actions for Sludge Tech' }).click();
    await managerPage.getByRole('menuitem', { name: 'Interactions…' }).click();
    const matchTimeline = managerPage.getByRole('dialog');
    await matchTimeline.getByRole('heading', { name: 'Interactions' }).waitFor();
    await matchTimeline.getByText('No interactions logged yet.').waitFor();
    await managerPage.keyboard.press('Escape');
    await matchTimeline.waitFor({ state: 'hidden' });
    await row.getByRole('button', { name: 'Actions for Sludge Tech' }).click();
    await managerPage.getByRole('menuitem', { name: 'Start a cooperation project' }).click();
    await managerPage.getByTestId('project-lead').filter({ hasText: 'Sludge Tech ↔ Treatment of oily sludge' }).waitFor();
    await managerPage.getByLabel('Identifier (letters, digits, dashes)').fill('sludge-pilot');
    await managerPage.getByLabel('IATI identifier').fill('XE-EXAMPLE-CTB-SLUDGE-PILOT');
    await managerPage
      .getByRole('group', { name: /^Title/ })
      .getByLabel('In English')
      .fill('Oily sludge pilot in Cangzhou');
    await managerPage
      .getByRole('group', { name: /^Purpose/ })
      .getByLabel('In English')
      .fill('Pilot a thermal desorption unit.');
    await managerPage.getByRole('button', { name: 'Save' }).click();
    await managerPage.getByRole('heading', { level: 1, name: 'Oily sludge pilot in Cangzhou' }).waitFor();
    const origin = managerPage.getByTestId('project-origin');
    await origin.filter({ hasText: 'From the match Sludge Tech ↔ Treatment of oily sludge' }).waitFor();
    expect(await origin.getByRole('link', { name: 'Sludge Tech' }).getAttribute('href')).toBe('/organisations/sludge-tech');

    // The programme report counts each step, for Hebei, picked by name.
    await managerPage.goto(url('/follow-ups/report'));
    await managerPage.getByRole('combobox', { name: 'Region' }).click();
    await managerPage.getByRole('option', { name: 'Hebei', exact: true }).click();
    await managerPage.getByRole('button', { name: 'Show' }).click();
    const count = async (measure: string) => Number(await managerPage.getByTestId(`measure-${measure}`).locator('td').first().textContent());
    await managerPage.getByTestId('measure-agreementsSigned').filter({ hasText: '1' }).waitFor();
    expect(await count('opportunitiesPublished')).toBeGreaterThanOrEqual(1);
    expect(await count('matchesProposed')).toBeGreaterThanOrEqual(1);
    expect(await count('interestsExpressed')).toBe(1);
    expect(await count('meetingsHeld')).toBe(1);
    expect(await count('followUpsAgreed')).toBe(1);
    expect(await count('agreementsSigned')).toBe(1);
    expect(await managerPage.getByRole('row', { name: /Hebei cleantech days/ }).textContent()).toContain('1');
  });
});
