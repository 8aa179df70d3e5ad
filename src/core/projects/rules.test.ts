import { describe, expect, it } from 'vitest';
import { fullProject } from '../../../test/fixtures/iati/full-project';
import { decideGate, gateViolations, indicatorProgress, nextPendingGate, overdueDeliverables, phaseStartBlocker, startActivity } from './rules';
import { projectSchema } from './model';
import type { Indicator, Project } from './model';

const decision = { decidedBy: 'Steering committee', decidedAt: '2024-09-01', rationale: { original: 'en' as const, en: 'Budget cut' } };
const mustSucceed = (outcome: ReturnType<typeof decideGate>): Project => {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.project;
};

describe('phase gates', () => {
  it('lets the first phase and a phase after a go start, and blocks one after a pending gate', () => {
    const project = fullProject();
    expect(phaseStartBlocker(project, 'full-1')).toBeUndefined();
    expect(phaseStartBlocker(project, 'full-2')).toBeUndefined();
    expect(phaseStartBlocker(project, 'full-3')).toMatch(/gate of phase full-2 is pending/);
    expect(startActivity(project, 'a4')).toEqual({ ok: false, reason: expect.stringMatching(/pending, not go/) });
    const started = startActivity(project, 'a2');
    expect(started.ok && started.project.phases[1]?.activities[0]?.status).toBe('in-progress');
    expect(project.phases[1]?.activities[0]?.status).toBe('planned');
  });

  it('reports activities already under way behind a closed gate', () => {
    const project = fullProject();
    const phase3 = project.phases[2];
    if (!phase3) throw new Error('fixture');
    phase3.activities = phase3.activities.map((a) => ({ ...a, status: 'done' as const }));
    expect(gateViolations(project)).toEqual([{ phaseId: 'full-3', activityId: 'a4', reason: expect.any(String) }]);
  });

  it('reports activities dated before the go that opened their phase', () => {
    const project = fullProject();
    expect(gateViolations(project)).toEqual([]);
    const phase2 = project.phases[1];
    if (!phase2) throw new Error('fixture');
    // The feasibility go was decided on 2024-03-01.
    phase2.activities = [
      ...phase2.activities,
      { ...phase2.activities[0]!, id: 'early-day', date: { precision: 'day', start: '2024-02-20', end: '2024-03-05' } },
      { ...phase2.activities[0]!, id: 'march', date: { precision: 'month', year: 2024, month: 3 } },
      { ...phase2.activities[0]!, id: 'february', date: { precision: 'month', year: 2024, month: 2 } },
    ];
    expect(gateViolations(project).map((v) => [v.activityId, v.reason])).toEqual([
      ['early-day', 'starts by 2024-02-20, before the go of 2024-03-01'],
      ['february', 'starts by 2024-02-29, before the go of 2024-03-01'],
    ]);
  });

  it('decides gates in order; a go opens the next phase', () => {
    const project = fullProject();
    expect(decideGate(project, 'full-3', { status: 'go', ...decision }).ok).toBe(false);
    expect(decideGate(project, 'full-1', { status: 'go', ...decision }).ok).toBe(false);
    const after = mustSucceed(decideGate(project, 'full-2', { status: 'go', ...decision }));
    expect(phaseStartBlocker(after, 'full-3')).toBeUndefined();
    expect(nextPendingGate(after)?.id).toBe('full-3');
  });

  it('closes the project with the reason on a no-go', () => {
    const closed = mustSucceed(decideGate(fullProject(), 'full-2', { status: 'no-go', ...decision }));
    expect(closed.status).toBe(5);
    expect(closed.closure).toEqual({ phaseId: 'full-2', decidedAt: '2024-09-01', reason: decision.rationale });
    expect(nextPendingGate(closed)).toBeUndefined();
    expect(startActivity(closed, 'a2')).toEqual({ ok: false, reason: 'project full is closed' });
    expect(projectSchema.safeParse(closed).success).toBe(true);
  });
});

describe('project integrity', () => {
  it('refuses duplicate ids and references to entities the project does not have', () => {
    const project = fullProject();
    project.participations.push({ id: 'pa1', organisationId: 'o-nobody', role: 4 });
    const phase = project.phases[0];
    if (phase) phase.gate.decisionActivityId = 'no-such-activity';
    const result = projectSchema.safeParse(project);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['id pa1 is used twice', 'unknown organisation o-nobody', 'unknown activity no-such-activity']);
    // Each problem names the field that holds it, so a form can point at it.
    const last = project.participations.length - 1;
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      `participations.${last}.id`,
      `participations.${last}.organisationId`,
      'phases.0.gate.decisionActivityId',
    ]);
  });

  it('accepts only web addresses as document links, so a link cannot run script', () => {
    const withLink = (url: string) => {
      const project = fullProject();
      project.documents.push({ ...project.documents[0]!, id: 'doc-link', url });
      return projectSchema.safeParse(project);
    };
    expect(withLink('https://example.org/mou.pdf').success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>']) {
      expect(withLink(url).error?.issues.map((i) => i.path.join('.'))).toContain(`documents.${fullProject().documents.length}.url`);
    }
  });
});

describe('deliverables and indicators', () => {
  it('lists open deliverables whose due period has ended', () => {
    const project = fullProject();
    expect(overdueDeliverables(project, '2024-05-31')).toEqual([]);
    const overdue = overdueDeliverables(project, '2024-06-01');
    expect(overdue.map((o) => [o.deliverable.id, o.dueBy])).toEqual([['dl1', '2024-05-31']]);
  });

  it('measures progress from baseline to target', () => {
    const [quantitative] = fullProject().results[0]?.indicators ?? [];
    expect(indicatorProgress(quantitative as Indicator)).toMatchObject({ kind: 'quantitative', target: 10, actual: 4, ratio: 0.4 });
    const descending: Indicator = {
      id: 'co2',
      title: { original: 'en', en: 'CO2' },
      measure: 'unit',
      ascending: false,
      baseline: { year: 2020, value: 100 },
      periods: [{ id: 'p', start: '2021-01-01', end: '2021-12-31', target: { value: 60 }, actual: { value: 90 } }],
    };
    expect(indicatorProgress(descending)).toMatchObject({ ratio: 0.25 });
    const [qualitative] = fullProject().results[1]?.indicators ?? [];
    expect(indicatorProgress(qualitative as Indicator)).toEqual({ kind: 'qualitative', periodId: 'r2-i1-p1', reported: false });
    expect(indicatorProgress({ ...descending, periods: [] })).toEqual({ kind: 'no-data' });
  });
});
