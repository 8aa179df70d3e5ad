import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders, type CastMember, createAccount, signIn } from '../../../../test/accounts';
import { buildCast, buildProject, buildRegion } from '../../../../test/factories';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { systemActor } from '../../actor';
import { jobHandlers } from '../../app';
import { drainJobs } from '../jobs/jobs.service';
import { createOrganisation } from '../organisations/organisations.service';
import { eventsApi, type Json } from '../events/events.test-api';
import { queueDailyJobs } from './follow-up.service';

let t: TestApp;
let h: Record<CastMember, AuthHeaders>;
let ids: Record<CastMember, string>;
let officialAtEvent: AuthHeaders;
const { call, ok } = eventsApi(() => t);
const drain = () => drainJobs(t.database.db, jobHandlers);
const pm = () => h['programme-manager'];

/** Organisations A and B of the members, provinces X and Y of the officials, and a project of the programme. */
let A: string, B: string, X: string, Y: string, projectId: string;
let emails: Record<CastMember, string>;
const sludge = () => ({
  regionId: X,
  title: { original: 'zh', zh: '含油污泥处理' },
  description: { original: 'zh', zh: '石化企业产生的含油污泥需要无害化处理和资源化利用，寻求污泥脱水和热解吸技术。' },
  themes: ['waste'],
});

beforeAll(async () => {
  t = await createTestApp();
  const cast = await buildCast(t);
  h = cast.headers;
  ids = Object.fromEntries(Object.entries(cast.people).map(([who, person]) => [who, person.id])) as Record<CastMember, string>;
  emails = Object.fromEntries(Object.entries(cast.people).map(([who, person]) => [who, person.email])) as Record<CastMember, string>;
  [A, B, X, Y] = [cast.organisations.a.id, cast.organisations.b.id, cast.regions.x.id, cast.regions.y.id];
  projectId = (await buildProject(t)).id;
  const home = await buildRegion(t, { side: 'home', country: 'BE' });
  await put(`/api/organisations/${A}`, pm(), {
    name: 'Org A',
    type: 'company',
    country: 'BE',
    homeRegionId: home.id,
    visibility: 'public',
    description: {
      original: 'nl',
      nl: 'Wij verwerken olieslib en oliehoudend slib uit raffinaderijen: slibontwatering, thermische desorptie en olie-waterscheiding.',
    },
  });
  // The official meets on behalf of the Hebei environment bureau.
  await createOrganisation(t.database.db, systemActor('test'), {
    id: 'hebei-bureau',
    name: 'Hebei Environment Bureau',
    type: 'government',
    country: 'CN',
    homeRegionId: X,
    website: null,
    description: null,
    visibility: 'public',
    notes: null,
  });
  await createAccount(t, { email: 'official-at-event@example.cn', role: 'partner-official', regionId: X, displayName: 'Wang' });
  officialAtEvent = await signIn(t, 'official-at-event@example.cn');
  await drain();
}, 120_000);
afterAll(() => t.close());

const json = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: AuthHeaders, payload?: unknown) =>
  (await ok(method, url, headers, payload)).json() as Json;
async function put(url: string, headers: AuthHeaders, payload: Json) {
  const res = await t.app.inject({ method: 'PUT', url, headers, payload });
  expect(res.statusCode, res.body).toBe(200);
}

describe('the follow-up loop through the API', () => {
  let opportunityId: string;
  let matchId: string;
  let interactionId: string;
  let requestId: string;

  it('keeps a draft from members, publishes it and alerts the opted-in members of matching organisations in their language', async () => {
    await put('/api/follow-up/settings', h['member-a'], { opportunityAlerts: true });
    await json('PATCH', '/api/auth/me', h['member-a'], { language: 'nl' });
    const draft = await json('POST', '/api/opportunities', h['official-x'], { ...sludge(), stage: 'draft', expiresOn: '2099-01-01' });
    opportunityId = draft.id;
    expect(draft.stage).toBe('draft');
    expect((await call('GET', `/api/opportunities/${opportunityId}`, h['member-a'])).status).toBe(404);
    expect((await call('GET', `/api/opportunities/${opportunityId}`, h['official-y'])).status).toBe(404);
    expect((await json('GET', '/api/opportunities?pageSize=200', h['member-a'])).items.map((o: Json) => o.id)).not.toContain(opportunityId);
    // Members may not express interest in a draft, nor may another region's official publish it.
    expect((await call('POST', `/api/opportunities/${opportunityId}/publish`, h['official-y'])).status).toBe(404);
    await drain();
    const published = await json('POST', `/api/opportunities/${opportunityId}/publish`, h['official-x']);
    expect(published.stage).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    await drain();
    const alerts = (await json('GET', '/api/notifications', h['member-a'])).items.filter((n: Json) => n.kind === 'opportunity-alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].params.opportunityId).toBe(opportunityId);
    const mail = (await json('GET', `/api/outbox?to=${emails['member-a']}`, h.admin)).items.find((m: Json) => m.subject.startsWith('Nieuwe kans'));
    expect(mail?.text).toContain(`/opportunities/${opportunityId}`);
    // member B did not opt in: no alert.
    expect((await json('GET', '/api/notifications', h['member-b'])).items.filter((n: Json) => n.kind === 'opportunity-alert')).toEqual([]);
  });

  it('records a member’s interest: the match moves to interested with the message, and the owners are told', async () => {
    expect((await call('POST', `/api/opportunities/${opportunityId}/interest`, h['member-a'], { message: '' })).status).toBe(400);
    const interest = await json('POST', `/api/opportunities/${opportunityId}/interest`, h['member-a'], { message: '我们有热解吸设备' });
    matchId = interest.matchId;
    expect(interest.notified).toBeGreaterThanOrEqual(2);
    const match = await json('GET', `/api/matches/${matchId}`, pm());
    expect(match).toMatchObject({ status: 'interested', note: '我们有热解吸设备', organisationId: A });
    const told = (await json('GET', '/api/notifications', h['official-x'])).items.find((n: Json) => n.kind === 'interest-expressed');
    expect(told.params).toMatchObject({ organisation: 'Org A', message: '我们有热解吸设备', opportunityId });
    expect((await json('GET', '/api/notifications', h['official-y'])).items.filter((n: Json) => n.kind === 'interest-expressed')).toEqual([]);
    // A manager puts another organisation forward; only the officials are told.
    const forward = await json('POST', `/api/opportunities/${opportunityId}/put-forward`, pm(), { organisationId: B, note: 'Strong in dewatering' });
    expect(forward.notified).toBeGreaterThanOrEqual(1);
    expect((await json('GET', `/api/matches/${forward.matchId}`, pm())).status).toBe('interested');
  });

  it('logs a call on the match, visible to its organisation and region only, searchable, with a checked attachment', async () => {
    const logged = await json('POST', '/api/follow-up/interactions', pm(), {
      kind: 'call',
      occurredOn: '2030-05-01',
      note: 'Besproken: proefinstallatie in Cangzhou',
      participants: [
        { name: 'Anna', organisationId: A },
        { userId: ids['official-x'], name: 'Official X' },
      ],
      matchId,
    });
    interactionId = logged.id;
    expect(logged).toMatchObject({ organisationId: A, opportunityId, regionId: X });
    for (const who of ['member-a', 'official-x', 'programme-manager'] as const) {
      expect(
        (await json('GET', `/api/follow-up/interactions?matchId=${matchId}`, h[who])).items.map((i: Json) => i.id),
        who,
      ).toEqual([interactionId]);
    }
    for (const who of ['member-b', 'official-y'] as const) {
      expect((await json('GET', `/api/follow-up/interactions?matchId=${matchId}`, h[who])).items, who).toEqual([]);
      expect((await call('GET', `/api/follow-up/interactions/${interactionId}`, h[who])).status, who).toBe(404);
    }
    expect((await json('GET', '/api/follow-up/interactions?q=Cangzhou', pm())).items).toHaveLength(1);
    expect((await json('GET', '/api/follow-up/interactions?q=nothing-like-it', pm())).items).toHaveLength(0);
    // Member B may not log on organisation A's records.
    expect((await call('POST', '/api/follow-up/interactions', h['member-b'], { kind: 'email', occurredOn: '2030-05-02', organisationId: A })).status).toBe(403);
    const bad = await call('POST', '/api/follow-up/interactions', pm(), {
      kind: 'visit',
      occurredOn: '2030-05-02',
      participants: [{ name: 'X', userId: 'nobody' }],
      organisationId: A,
    });
    expect(bad.status).toBe(400);
    expect(bad.json().issues[0].path).toBe('participants.0.userId');
    const file = { filename: 'minutes.txt', contentBase64: Buffer.from('Minutes').toString('base64') };
    const attached = await json('POST', `/api/follow-up/interactions/${interactionId}/attachments`, h['member-a'], file);
    const download = await call('GET', `/api/follow-up/interactions/${interactionId}/attachments/${attached.attachments[0].id}`, h['official-x']);
    expect(download.body).toBe('Minutes');
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    const refused = await call('POST', `/api/follow-up/interactions/${interactionId}/attachments`, pm(), {
      filename: 'x.pdf',
      contentBase64: Buffer.from('not a pdf').toString('base64'),
    });
    expect(refused.status).toBe(400);
    expect(refused.json().issues[0].path).toBe('contentBase64');
  });

  it('lists my follow-ups overdue first; the team’s for managers; never another organisation’s', async () => {
    const later = await json('POST', '/api/follow-up/tasks', pm(), {
      title: 'Send the proposal',
      dueOn: '2099-01-01',
      source: { kind: 'interaction', id: interactionId },
    });
    const overdue = await json('POST', '/api/follow-up/tasks', pm(), {
      title: 'Call back Anna',
      dueOn: '2020-01-01',
      assigneeId: ids['member-a'],
      source: { kind: 'match', id: matchId },
    });
    expect(overdue).toMatchObject({ overdue: true, assigneeId: ids['member-a'], organisationId: A });
    expect(later.source.label).toContain('call');
    const mine = (await json('GET', '/api/follow-up/tasks', h['member-a'])).items;
    expect(mine.map((x: Json) => x.id)).toEqual([overdue.id]);
    const team = (await json('GET', '/api/follow-up/tasks?scope=team', pm())).items.map((x: Json) => x.id);
    expect(team.indexOf(overdue.id)).toBeLessThan(team.indexOf(later.id));
    expect((await json('GET', '/api/follow-up/tasks?scope=team', h['member-b'])).items).toEqual([]);
    expect((await call('PATCH', `/api/follow-up/tasks/${overdue.id}`, h['member-b'], { status: 'done' })).status).toBe(404);
    // A task goes to someone who may see its record: not to member B.
    const wrong = await call('POST', '/api/follow-up/tasks', pm(), {
      title: 'x',
      dueOn: '2030-01-01',
      assigneeId: ids['member-b'],
      source: { kind: 'match', id: matchId },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json().issues[0].path).toBe('assigneeId');
  });

  it('sends each user’s digest once a day in their language, and serves a private task feed', async () => {
    const day = new Date('2030-06-01T07:00:00Z');
    await queueDailyJobs(t.database.db, day);
    await queueDailyJobs(t.database.db, day);
    await drain();
    const digests = (await json('GET', `/api/outbox?to=${emails['member-a']}`, h.admin)).items.filter((m: Json) => m.subject.startsWith('Je opvolgacties'));
    expect(digests).toHaveLength(1);
    expect(digests[0].text).toContain('Call back Anna');
    expect(digests[0].text).toContain('te laat sinds 2020-01-01');
    const feed = await json('POST', '/api/follow-up/tasks/feed', h['member-a']);
    const path = new URL(feed.url).pathname;
    const ics = await call('GET', path);
    expect(ics.status).toBe(200);
    expect(ics.body).toContain('SUMMARY:Call back Anna');
    await ok('DELETE', '/api/follow-up/tasks/feed', h['member-a']);
    expect((await call('GET', path)).status).toBe(404);
  });

  it('takes both sides’ meeting feedback: the match is held, each side gets a follow-up task, the event counts it', async () => {
    await json('POST', '/api/events', pm(), {
      id: 'loop-event',
      title: 'Hebei matchmaking',
      languages: ['en', 'zh'],
      tables: 2,
      slots: [{ id: 's1', start: '2030-05-12T09:00:00Z', end: '2030-05-12T09:25:00Z' }],
    });
    const a = await json('POST', '/api/events/loop-event/registrations', pm(), {
      organisationId: A,
      delegateName: 'Anna',
      delegateEmail: emails['member-a'],
      userId: ids['member-a'],
      languages: ['en'],
    });
    const official = (await json('GET', '/api/auth/me', officialAtEvent)).user;
    const b = await json('POST', '/api/events/loop-event/registrations', pm(), {
      organisationId: 'hebei-bureau',
      delegateName: 'Wang',
      delegateEmail: 'official-at-event@example.cn',
      userId: official.id,
      languages: ['en', 'zh'],
    });
    const request = await json('POST', '/api/events/loop-event/requests', pm(), { from: a.id, to: [b.id], priority: 'must-meet' });
    requestId = request.id;
    await json('POST', `/api/events/loop-event/requests/${requestId}/response`, pm(), { registrationId: b.id, answer: 'accept' });
    await json('POST', '/api/events/loop-event/schedule', pm(), { timeLimitSeconds: 2 });

    // Member B is not a side of this meeting.
    expect(
      (await call('POST', `/api/events/loop-event/meetings/${requestId}/feedback`, h['member-b'], { registrationId: a.id, answer: 'not-relevant' })).status,
    ).toBe(403);
    const first = await json('POST', `/api/events/loop-event/meetings/${requestId}/feedback`, h['member-a'], {
      registrationId: a.id,
      answer: 'follow-up-agreed',
      matchId,
    });
    expect(first.matchStatus).toBe('meeting-held');
    expect(first.taskId).not.toBeNull();
    const second = await json('POST', `/api/events/loop-event/meetings/${requestId}/feedback`, officialAtEvent, {
      registrationId: b.id,
      answer: 'follow-up-agreed',
      note: '下个月去安特卫普',
    });
    expect(second.feedback).toHaveLength(2);
    expect(second.feedback.every((f: Json) => f.matchId === matchId)).toBe(true);
    expect((await json('GET', '/api/follow-up/tasks', officialAtEvent)).items.map((x: Json) => x.id)).toEqual([second.taskId]);
    expect((await json('GET', `/api/matches/${matchId}`, pm())).status).toBe('meeting-held');
    const outcomes = await json('GET', '/api/events/loop-event/outcomes', pm());
    expect(outcomes).toMatchObject({ meetings: 1, answered: 1, followUpsAgreed: 1, answers: { 'follow-up-agreed': 2, 'not-relevant': 0 } });
  });

  it('turns the meeting into an agreement and a project, the match reaching collaboration started', async () => {
    const bad = await call('POST', '/api/follow-up/outcomes', pm(), { kind: 'project', title: 'x', signedOn: '2030-06-01', requestId });
    expect(bad.status).toBe(400);
    expect(bad.json().issues[0].path).toBe('projectId');
    const mou = await json('POST', '/api/follow-up/outcomes', officialAtEvent, {
      kind: 'mou',
      title: 'MoU on oily sludge pilot',
      signedOn: '2030-06-01',
      requestId,
    });
    expect(mou).toMatchObject({ matchId, organisationId: A, opportunityId, eventId: 'loop-event' });
    expect((await json('GET', `/api/matches/${matchId}`, pm())).status).toBe('collaboration-started');
    await json('POST', '/api/follow-up/outcomes', pm(), { kind: 'project', title: 'Pilot plant', signedOn: '2030-06-02', matchId, projectId });
    const origins = (await json('GET', `/api/follow-up/outcomes?projectId=${projectId}&lang=zh`, pm())).items;
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatchObject({ kind: 'project', organisationName: 'Org A', opportunityTitle: '含油污泥处理' });
    expect((await json('GET', `/api/follow-up/outcomes?projectId=${projectId}`, h['member-b'])).items).toEqual([]);
  });

  it('counts each step in the programme report, for the region and its official, as JSON, PDF and XLSX', async () => {
    const report = await json('GET', `/api/follow-up/report?regionId=${X}`, pm());
    const count = Object.fromEntries(report.funnel.map((s: Json) => [s.measure, s.count]));
    expect(count.opportunitiesPublished).toBeGreaterThanOrEqual(1);
    expect(count.matchesProposed).toBeGreaterThanOrEqual(1);
    expect(count).toMatchObject({ interestsExpressed: 2, meetingsHeld: 1, followUpsAgreed: 1, agreementsSigned: 1, projectsStarted: 1 });
    expect(report.events).toEqual([expect.objectContaining({ eventId: 'loop-event', followUpsAgreed: 1 })]);
    const elsewhere = Object.fromEntries((await json('GET', `/api/follow-up/report?regionId=${Y}`, pm())).funnel.map((s: Json) => [s.measure, s.count]));
    expect(elsewhere).toMatchObject({ interestsExpressed: 0, meetingsHeld: 0, agreementsSigned: 0 });
    // The official reports on their own region by default, and never on another.
    expect((await json('GET', '/api/follow-up/report', h['official-x'])).filters.regionId).toBe(X);
    expect((await call('GET', `/api/follow-up/report?regionId=${Y}`, h['official-x'])).status).toBe(403);
    expect((await call('GET', '/api/follow-up/report', h['member-a'])).status).toBe(403);
    const pdf = await ok('GET', `/api/follow-up/report?format=pdf&lang=zh&regionId=${X}`, pm());
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await ok('GET', `/api/follow-up/report?format=xlsx&lang=nl&regionId=${X}`, pm());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['Getekende overeenkomsten', 1]);
  });

  it('starts a new cooperation project from a match or a meeting in one transaction, keeping the link', async () => {
    const project = (id: string) => ({
      id,
      iatiIdentifier: `XE-EXAMPLE-CTB-${id}`,
      title: { original: 'en', en: `Oily sludge pilot ${id}` },
      purpose: { original: 'en', en: 'Pilot a thermal desorption unit in Cangzhou.' },
      status: 1,
      dates: {},
      currency: 'EUR',
      themes: ['waste'],
      budgetLines: [],
      transactions: [],
      organisations: [],
      people: [],
      participations: [],
      bodies: [],
      documents: [],
      agreements: [],
      results: [],
      phases: [{ id: `${id}-phase-1`, order: 1, name: { original: 'en', en: 'Pilot' }, gate: { status: 'pending' }, activities: [] }],
    });
    // Programme managers only: the policy refuses members and officials before anything is read.
    for (const who of ['member-a', 'official-x'] as const) {
      expect((await call('POST', '/api/follow-up/outcomes/project', h[who], { matchId, project: project('lead-x') })).status).toBe(403);
    }
    // The project is checked like any new project; a refusal writes nothing.
    const invalidProject = await call('POST', '/api/follow-up/outcomes/project', pm(), {
      matchId,
      project: { ...project('lead-bad'), title: { original: 'en' } },
    });
    expect(invalidProject.status).toBe(400);
    expect(invalidProject.json().issues[0].path).toMatch(/^project\.title/);
    const taken = await call('POST', '/api/follow-up/outcomes/project', pm(), { matchId, project: project(projectId) });
    expect(taken.status).toBe(409);
    const before = (await json('GET', `/api/follow-up/outcomes?matchId=${matchId}`, pm())).items.length;
    expect((await call('POST', '/api/follow-up/outcomes/project', pm(), { matchId: 'no-such-match', project: project('lead-ghost') })).status).toBe(400);
    expect((await call('GET', '/api/projects/lead-ghost', pm())).status).toBe(404);

    const fromMatch = await json('POST', '/api/follow-up/outcomes/project', pm(), { matchId, project: project('lead-match') });
    expect(fromMatch).toMatchObject({
      kind: 'project',
      projectId: 'lead-match',
      matchId,
      organisationName: 'Org A',
      opportunityId,
      title: 'Oily sludge pilot lead-match',
    });
    expect((await json('GET', '/api/projects/lead-match', pm())).title.en).toBe('Oily sludge pilot lead-match');
    expect((await json('GET', `/api/follow-up/outcomes?matchId=${matchId}`, pm())).items).toHaveLength(before + 1);
    // The project page's origins: the match's organisation and opportunity, in the reader's language.
    const origins = (await json('GET', '/api/follow-up/outcomes?projectId=lead-match&lang=zh', pm())).items;
    expect(origins).toEqual([
      expect.objectContaining({ matchId, organisationName: 'Org A', opportunityTitle: '含油污泥处理', eventId: null, eventTitle: null }),
    ]);
    // The organisation's member sees where the project came from; another organisation's does not.
    expect((await json('GET', '/api/follow-up/outcomes?projectId=lead-match', h['member-a'])).items).toHaveLength(1);
    expect((await json('GET', '/api/follow-up/outcomes?projectId=lead-match', h['member-b'])).items).toEqual([]);

    const fromMeeting = await json('POST', '/api/follow-up/outcomes/project', pm(), { requestId, project: project('lead-meeting') });
    expect(fromMeeting).toMatchObject({ projectId: 'lead-meeting', requestId, matchId, eventId: 'loop-event', eventTitle: expect.any(String) });
    const audit = (await json('GET', '/api/audit?pageSize=200', h.admin)).items.filter(
      (e: Json) => e.entityId === 'lead-meeting' || e.entityId === fromMeeting.id,
    );
    expect(audit.map((e: Json) => `${e.entityType}:${e.action}`).sort()).toEqual(['lead-outcome:create', 'project:create']);
  });

  it('records a report number as a project indicator’s actual, and makes tasks from a deliverable', async () => {
    // The built project's indicator has a period for 2030 (test/factories.ts projectInput).
    const [indicatorId, periodId] = [`${projectId}-i1`, `${projectId}-i1-2030`];
    const fed = await json('POST', '/api/follow-up/report/indicator', pm(), { projectId, indicatorId, periodId, measure: 'agreementsSigned', regionId: X });
    expect(fed.value).toBe(1);
    const after = await json('GET', `/api/projects/${projectId}`, pm());
    const period = after.results.flatMap((r: Json) => r.indicators).find((i: Json) => i.id === indicatorId).periods[0];
    expect(period.actual.value).toBe(1);
    const deliverable = after.phases.flatMap((p: Json) => p.activities.flatMap((a: Json) => a.deliverables))[0];
    const task = await json('POST', '/api/follow-up/tasks', pm(), {
      title: 'Chase the report',
      dueOn: '2030-02-01',
      source: { kind: 'deliverable', id: deliverable.id, parentId: projectId },
    });
    expect(task.source).toMatchObject({ kind: 'deliverable', parentId: projectId });
    expect(task.source.label).toContain(deliverable.title[deliverable.title.original]);
  });

  it('reminds the owners before an opportunity expires and closes it after', async () => {
    const soon = await json('POST', '/api/opportunities', h['official-x'], {
      ...sludge(),
      title: { original: 'en', en: 'Expiring need' },
      expiresOn: '2030-06-05',
    });
    await queueDailyJobs(t.database.db, new Date('2030-06-02T06:00:00Z'));
    await drain();
    const reminders = (await json('GET', '/api/notifications', h['official-x'])).items.filter(
      (n: Json) => n.kind === 'opportunity-expiring' && n.params.opportunityId === soon.id,
    );
    expect(reminders).toHaveLength(1);
    await queueDailyJobs(t.database.db, new Date('2030-06-06T06:00:00Z'));
    await drain();
    const closed = await json('GET', `/api/opportunities/${soon.id}`, pm());
    expect(closed).toMatchObject({ stage: 'closed', closedReason: 'expired' });
    const closing = await call('POST', `/api/opportunities/${opportunityId}/close`, h['official-x'], { reason: 'partner-found' });
    expect(closing.status).toBe(400);
    expect(closing.json().issues[0].path).toBe('partnerOrganisationId');
    expect(
      (await json('POST', `/api/opportunities/${opportunityId}/close`, h['official-x'], { reason: 'partner-found', partnerOrganisationId: A }))
        .partnerOrganisationId,
    ).toBe(A);
  });

  it('audits every write of the loop', async () => {
    const audit = (await json('GET', '/api/audit?pageSize=200', h.admin)).items.map((e: Json) => `${e.entityType}:${e.action}`);
    for (const entry of [
      'opportunity:publish',
      'interest:express-interest',
      'interest:put-forward',
      'interaction:create',
      'interaction:attach',
      'follow-up-task:create',
      'meeting-feedback:answer',
      'lead-outcome:create',
      'match:update',
      'follow-up-settings:update',
      'opportunity:close',
    ]) {
      expect(audit, entry).toContain(entry);
    }
  });
});
