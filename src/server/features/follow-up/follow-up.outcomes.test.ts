import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Json, useFollowUpApp } from './follow-up.test-api';
import { bareProjectInput } from '../../../../test/factories';

const { cast, call, ok, json, pm, interestedMatch, expectAudited } = useFollowUpApp();

describe('meeting outcomes, agreements, projects and the programme report', () => {
  let opportunityId: string;
  let matchId: string;
  let requestId: string;
  beforeAll(async () => {
    ({ opportunityId, matchId } = await interestedMatch());
    // A manager puts organisation B forward too: two interests in the report.
    await json('POST', `/api/opportunities/${opportunityId}/put-forward`, pm(), { organisationId: cast.B, note: 'Strong in dewatering' });
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
      organisationId: cast.A,
      delegateName: 'Anna',
      delegateEmail: cast.emails['member-a'],
      userId: cast.ids['member-a'],
      languages: ['en'],
    });
    const official = (await json('GET', '/api/auth/me', cast.officialAtEvent)).user;
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
      (await call('POST', `/api/events/loop-event/meetings/${requestId}/feedback`, cast.h['member-b'], { registrationId: a.id, answer: 'not-relevant' }))
        .status,
    ).toBe(403);
    const first = await json('POST', `/api/events/loop-event/meetings/${requestId}/feedback`, cast.h['member-a'], {
      registrationId: a.id,
      answer: 'follow-up-agreed',
      matchId,
    });
    expect(first.matchStatus).toBe('meeting-held');
    expect(first.taskId).not.toBeNull();
    const second = await json('POST', `/api/events/loop-event/meetings/${requestId}/feedback`, cast.officialAtEvent, {
      registrationId: b.id,
      answer: 'follow-up-agreed',
      note: '下个月去安特卫普',
    });
    expect(second.feedback).toHaveLength(2);
    expect(second.feedback.every((f: Json) => f.matchId === matchId)).toBe(true);
    expect((await json('GET', '/api/follow-up/tasks', cast.officialAtEvent)).items.map((x: Json) => x.id)).toEqual([second.taskId]);
    expect((await json('GET', `/api/matches/${matchId}`, pm())).status).toBe('meeting-held');
    const outcomes = await json('GET', '/api/events/loop-event/outcomes', pm());
    expect(outcomes).toMatchObject({ meetings: 1, answered: 1, followUpsAgreed: 1, answers: { 'follow-up-agreed': 2, 'not-relevant': 0 } });
  });

  it('turns the meeting into an agreement and a project, the match reaching collaboration started', async () => {
    const bad = await call('POST', '/api/follow-up/outcomes', pm(), { kind: 'project', title: 'x', signedOn: '2030-06-01', requestId });
    expect(bad.status).toBe(400);
    expect(bad.json().issues[0].path).toBe('projectId');
    const mou = await json('POST', '/api/follow-up/outcomes', cast.officialAtEvent, {
      kind: 'mou',
      title: 'MoU on oily sludge pilot',
      signedOn: '2030-06-01',
      requestId,
    });
    expect(mou).toMatchObject({ matchId, organisationId: cast.A, opportunityId, eventId: 'loop-event' });
    expect((await json('GET', `/api/matches/${matchId}`, pm())).status).toBe('collaboration-started');
    await json('POST', '/api/follow-up/outcomes', pm(), { kind: 'project', title: 'Pilot plant', signedOn: '2030-06-02', matchId, projectId: cast.projectId });
    const origins = (await json('GET', `/api/follow-up/outcomes?projectId=${cast.projectId}&lang=zh`, pm())).items;
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatchObject({ kind: 'project', organisationName: 'Org A', opportunityTitle: '含油污泥处理' });
    expect((await json('GET', `/api/follow-up/outcomes?projectId=${cast.projectId}`, cast.h['member-b'])).items).toEqual([]);
  });

  it('counts each step in the programme report, for the region and its official, as JSON, PDF and XLSX', async () => {
    const report = await json('GET', `/api/follow-up/report?regionId=${cast.X}`, pm());
    const count = Object.fromEntries(report.funnel.map((s: Json) => [s.measure, s.count]));
    expect(count.opportunitiesPublished).toBeGreaterThanOrEqual(1);
    expect(count.matchesProposed).toBeGreaterThanOrEqual(1);
    expect(count).toMatchObject({ interestsExpressed: 2, meetingsHeld: 1, followUpsAgreed: 1, agreementsSigned: 1, projectsStarted: 1 });
    expect(report.events).toEqual([expect.objectContaining({ eventId: 'loop-event', followUpsAgreed: 1 })]);
    const elsewhere = Object.fromEntries((await json('GET', `/api/follow-up/report?regionId=${cast.Y}`, pm())).funnel.map((s: Json) => [s.measure, s.count]));
    expect(elsewhere).toMatchObject({ interestsExpressed: 0, meetingsHeld: 0, agreementsSigned: 0 });
    // The official reports on their own region by default, and never on another.
    expect((await json('GET', '/api/follow-up/report', cast.h['official-x'])).filters.regionId).toBe(cast.X);
    expect((await call('GET', `/api/follow-up/report?regionId=${cast.Y}`, cast.h['official-x'])).status).toBe(403);
    expect((await call('GET', '/api/follow-up/report', cast.h['member-a'])).status).toBe(403);
    const pdf = await ok('GET', `/api/follow-up/report?format=pdf&lang=zh&regionId=${cast.X}`, pm());
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await ok('GET', `/api/follow-up/report?format=xlsx&lang=nl&regionId=${cast.X}`, pm());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['Getekende overeenkomsten', 1]);
  });

  it('starts a new cooperation project from a match or a meeting in one transaction, keeping the link', async () => {
    const project = (id: string) =>
      bareProjectInput(id, {
        title: { original: 'en', en: `Oily sludge pilot ${id}` },
        purpose: { original: 'en', en: 'Pilot a thermal desorption unit in Cangzhou.' },
        status: 1,
        themes: ['waste'],
        phases: [{ id: `${id}-phase-1`, order: 1, name: { original: 'en', en: 'Pilot' }, gate: { status: 'pending' }, activities: [] }],
      });
    // Programme managers only: the policy refuses members and officials before anything is read.
    for (const who of ['member-a', 'official-x'] as const) {
      expect((await call('POST', '/api/follow-up/outcomes/project', cast.h[who], { matchId, project: project('lead-x') })).status).toBe(403);
    }
    // The project is checked like any new project; a refusal writes nothing.
    const invalidProject = await call('POST', '/api/follow-up/outcomes/project', pm(), {
      matchId,
      project: { ...project('lead-bad'), title: { original: 'en' } },
    });
    expect(invalidProject.status).toBe(400);
    expect(invalidProject.json().issues[0].path).toMatch(/^project\.title/);
    const taken = await call('POST', '/api/follow-up/outcomes/project', pm(), { matchId, project: project(cast.projectId) });
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
    expect((await json('GET', '/api/follow-up/outcomes?projectId=lead-match', cast.h['member-a'])).items).toHaveLength(1);
    expect((await json('GET', '/api/follow-up/outcomes?projectId=lead-match', cast.h['member-b'])).items).toEqual([]);

    const fromMeeting = await json('POST', '/api/follow-up/outcomes/project', pm(), { requestId, project: project('lead-meeting') });
    expect(fromMeeting).toMatchObject({ projectId: 'lead-meeting', requestId, matchId, eventId: 'loop-event', eventTitle: expect.any(String) });
    const audit = (await json('GET', '/api/audit?pageSize=200', cast.h.admin)).items.filter(
      (e: Json) => e.entityId === 'lead-meeting' || e.entityId === fromMeeting.id,
    );
    expect(audit.map((e: Json) => `${e.entityType}:${e.action}`).sort()).toEqual(['lead-outcome:create', 'project:create']);
  });

  it('records a report number as a project indicator’s actual', async () => {
    // The built project's indicator has a period for 2030 (test/factories.ts projectInput).
    const [indicatorId, periodId] = [`${cast.projectId}-i1`, `${cast.projectId}-i1-2030`];
    const fed = await json('POST', '/api/follow-up/report/indicator', pm(), {
      projectId: cast.projectId,
      indicatorId,
      periodId,
      measure: 'agreementsSigned',
      regionId: cast.X,
    });
    expect(fed.value).toBe(1);
    const after = await json('GET', `/api/projects/${cast.projectId}`, pm());
    const period = after.results.flatMap((r: Json) => r.indicators).find((i: Json) => i.id === indicatorId).periods[0];
    expect(period.actual.value).toBe(1);
  });

  it('audits every write', async () => {
    await expectAudited(['meeting-feedback:answer', 'lead-outcome:create', 'match:update']);
  });
});
