// A delegate without an account, in Chinese: registers from the organiser's public link answering
// a custom question, lands on the waitlist of a full event, is promoted when someone cancels,
// requests a meeting from the marketplace, is declined — and the scheduler never pairs the two —
// and meets an on-site delegate online, with the video link in both agendas and .ics files.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../test/ics';
import { apiJsonAs } from './api-as';
import { openPage } from './browser';
import { type Credentials, useAppAndBrowser } from './server';

const VIDEO = 'https://meet.example.org/ctb-{event}-{meeting}';
const app = useAppAndBrowser({ eventVideoUrlTemplate: VIDEO });
const manager = () => app.server.manager ?? fail('the app under test offers no programme manager');
const admin = () => app.server.admin ?? fail('the app under test offers no admin');
function fail(message: string): never {
  throw new Error(message);
}

/** The API as `who`, outside any page (e2e/api-as.ts). */
const apiAs = (who: Credentials, method: string, path: string, body?: unknown, raw = false) => apiJsonAs(app.server.url, who, method, path, body, raw);
const register = async (organisationId: string, delegateName: string, extra: object = {}) =>
  (
    await apiAs(manager(), 'POST', '/events/h2-open/registrations', {
      organisationId,
      delegateName,
      delegateEmail: `${delegateName.toLowerCase()}@${organisationId}.example`,
      languages: ['en', 'zh'],
      ...extra,
    })
  ).id as string;

let publicUrl: string;
let eva: string;
let bram: string;
let daan: string;

beforeAll(async () => {
  for (const [id, name, country] of [
    ['ev-nl', 'Electrolyser BV', 'NL'],
    ['ev-be', 'Bram Engineering', 'BE'],
    ['ev-dk', 'Daan Wind', 'DK'],
  ]) {
    await apiAs(admin(), 'POST', '/organisations', { id, name, type: 'company', country });
  }
  await apiAs(manager(), 'POST', '/events', {
    id: 'h2-open',
    title: 'Hydrogen Open Day',
    languages: ['en', 'zh'],
    tables: 1,
    slots: [
      { id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' },
      { id: 's2', start: '2030-05-12T09:30:00Z', end: '2030-05-12T09:55:00Z' },
    ],
  });
  eva = await register('ev-nl', 'Eva', { attendance: 'online', offers: [{ type: 'technology-offer', title: 'PEM electrolyser stacks' }] });
  bram = await register('ev-be', 'Bram');
  const link = await apiAs(manager(), 'PUT', '/events/h2-open/public-registration', {
    open: true,
    capacity: 2,
    questions: [{ id: 'sector', text: '您的行业？', required: true }],
  });
  publicUrl = new URL(link.url).pathname;
}, 120_000);

describe('registration without an account', () => {
  it('registers in Chinese, waits, is promoted, is declined and never paired with the decliner, and meets online', async () => {
    const { page, context } = await openPage(app.browser, { locale: 'zh-CN' });
    await page.goto(`${app.server.url}${publicUrl}`);
    await page.getByRole('heading', { level: 1, name: '报名参加Hydrogen Open Day' }).waitFor();
    await page.getByText('活动名额已满').waitFor();
    await page.getByLabel('姓名').fill('王芳');
    await page.getByLabel('电子邮箱').fill('wang.fang@hebei-h2.example');
    await page.getByLabel('机构').fill('河北氢能科技');
    await page.getByLabel('国家').selectOption({ label: '中国' });
    await page.getByRole('checkbox', { name: '中文' }).check();
    await page.getByLabel('参会方式').selectOption({ label: '线上（视频会议）' });
    await page.getByLabel('您的行业？').fill('氢能');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '我们已向您发送电子邮件' }).waitFor();

    // The private link arrives by e-mail, in Chinese.
    const mails = (await apiAs(admin(), 'GET', `/outbox?to=${encodeURIComponent('wang.fang@hebei-h2.example')}`)) as {
      items: { subject: string; text: string }[];
    };
    expect(mails.items.map((m) => m.subject)).toEqual(['您已进入Hydrogen Open Day的候补名单']);
    const token = /\/events\/registration\/([A-Za-z0-9_-]{43})/.exec(mails.items[0]!.text)![1]!;
    await page.goto(`${app.server.url}/events/registration/${token}`);
    await page.getByText('您在候补名单中（第1位）。').waitFor();

    // Bram cancels: the first of the waitlist takes his place.
    await apiAs(manager(), 'DELETE', `/events/h2-open/registrations/${bram}`);
    await page.reload();
    await page.getByText('您已成功报名。').waitFor();
    const wang = (
      (await apiAs(manager(), 'GET', '/events/h2-open/registrations')) as { items: { id: string; delegateName: string; answers: Record<string, string> }[] }
    ).items.find((r) => r.delegateName === '王芳')!;
    expect(wang.answers).toEqual({ sector: '氢能' });

    // From the marketplace she asks Eva for a meeting; Eva says no thanks.
    await page.getByRole('listitem').filter({ hasText: 'PEM electrolyser stacks' }).getByRole('button', { name: '申请会谈' }).click();
    await page.getByRole('status').filter({ hasText: '申请已发送。' }).waitFor();
    const requests = (await apiAs(manager(), 'GET', '/events/h2-open/requests')) as { items: { id: string; requesterId: string }[] };
    const asked = requests.items.find((r) => r.requesterId === wang.id)!;
    await apiAs(manager(), 'POST', `/events/h2-open/requests/${asked.id}/response`, { registrationId: eva, answer: 'decline' });
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: 'Eva' }).filter({ hasText: '已拒绝' }).waitFor();

    // Even a later accepted request between them is never scheduled; an on-site delegate who
    // asks her (she accepts in the browser) meets her by video call.
    daan = await register('ev-dk', 'Daan', { offers: [{ type: 'business-request', title: 'Hydrogen for wind parks' }] });
    const evaAgain = (await apiAs(manager(), 'POST', '/events/h2-open/requests', { from: eva, to: [wang.id] })).id as string;
    await apiAs(manager(), 'POST', `/events/h2-open/requests/${evaAgain}/response`, { registrationId: wang.id, answer: 'accept' });
    const daanAsks = (await apiAs(manager(), 'POST', '/events/h2-open/requests', { from: daan, to: [wang.id] })).id as string;
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: 'Daan' }).getByRole('button', { name: '接受' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Daan' }).filter({ hasText: '已接受' }).waitFor();

    const outcome = await apiAs(manager(), 'POST', '/events/h2-open/schedule', { timeLimitSeconds: 2 });
    expect(outcome.run.unscheduled).toEqual([evaAgain]);
    const meetings = (await apiAs(manager(), 'GET', '/events/h2-open/meetings')) as { items: { requestId: string; videoUrl: string | null }[] };
    const video = `https://meet.example.org/ctb-h2-open-${daanAsks}`;
    expect(meetings.items).toEqual([expect.objectContaining({ requestId: daanAsks, videoUrl: video })]);

    // Her agenda and .ics (by the private link) and Daan's (the organiser's) carry the link.
    await page.reload();
    const agenda = page.locator('.event-agenda');
    await agenda.getByRole('link', { name: '加入视频会议' }).waitFor();
    expect(await agenda.getByRole('link', { name: '加入视频会议' }).getAttribute('href')).toBe(video);
    const [download] = await Promise.all([page.waitForEvent('download'), agenda.getByRole('link', { name: '日历（.ics）' }).click()]);
    const [wangIcs] = parseIcs(await readFile((await download.path())!, 'utf8'));
    expect(wangIcs!.description).toContain(video);
    const daanAgenda = await apiAs(manager(), 'GET', `/events/h2-open/registrations/${daan}/agenda`);
    expect(daanAgenda.items.find((i: { meeting: unknown }) => i.meeting).meeting.videoUrl).toBe(video);
    const daanIcs = (await apiAs(manager(), 'GET', `/events/h2-open/registrations/${daan}/agenda.ics`, undefined, true)) as string;
    expect(parseIcs(daanIcs)[0]!.description).toContain(video);
    await context.close();
  }, 180_000);
});
