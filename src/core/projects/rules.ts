// Phase, gate, deliverable and indicator rules. Pure: the caller passes `today` (ISO date), and
// changes return a new project instead of mutating the given one.
import { precisionDateBounds } from './precision-date';
import type { Activity, Deliverable, Gate, Indicator, MultilingualText, Phase, Project } from './model';

export type RuleOutcome = { ok: true; project: Project } | { ok: false; reason: string };

const byOrder = (phases: readonly Phase[]): Phase[] => [...phases].sort((a, b) => a.order - b.order);

function locateActivity(project: Project, activityId: string): { phase: Phase; activity: Activity } | undefined {
  for (const phase of project.phases) {
    const activity = phase.activities.find((a) => a.id === activityId);
    if (activity) return { phase, activity };
  }
  return undefined;
}

/** Why the activities of a phase may not start yet, or undefined when they may. Phases are a
 *  stage-gate sequence: only a `go` on the previous phase's gate opens the next phase. */
export function phaseStartBlocker(project: Project, phaseId: string): string | undefined {
  if (project.closure) return `project ${project.id} is closed`;
  const phases = byOrder(project.phases);
  const index = phases.findIndex((p) => p.id === phaseId);
  if (index < 0) return `phase ${phaseId} is not part of project ${project.id}`;
  const previous = phases[index - 1];
  if (previous && previous.gate.status !== 'go') {
    return `the gate of phase ${previous.id} is ${previous.gate.status}, not go`;
  }
  return undefined;
}

function replaceActivity(project: Project, phaseId: string, activity: Activity): Project {
  return {
    ...project,
    phases: project.phases.map((p) => (p.id === phaseId ? { ...p, activities: p.activities.map((a) => (a.id === activity.id ? activity : a)) } : p)),
  };
}

/** Marks an activity as started, refused while its phase is still closed by a gate. */
export function startActivity(project: Project, activityId: string): RuleOutcome {
  const found = locateActivity(project, activityId);
  if (!found) return { ok: false, reason: `activity ${activityId} is not part of project ${project.id}` };
  const blocker = phaseStartBlocker(project, found.phase.id);
  if (blocker) return { ok: false, reason: blocker };
  return { ok: true, project: replaceActivity(project, found.phase.id, { ...found.activity, status: 'in-progress' }) };
}

/** The latest day an activity can start: its first day when known to the day, otherwise the
 *  end of the month, quarter or year it is dated in. */
function latestPossibleStart(activity: Activity): string | undefined {
  const bounds = precisionDateBounds(activity.date);
  return activity.date.precision === 'day' ? bounds?.start : bounds?.end;
}

/** Activities that break the gate rule: under way or done while their phase is still closed,
 *  or certainly starting before the go decision that opened their phase. Data to correct. */
export function gateViolations(project: Project): { phaseId: string; activityId: string; reason: string }[] {
  const phases = byOrder(project.phases);
  return phases.flatMap((phase, index) => {
    const blocker = project.closure ? undefined : phaseStartBlocker(project, phase.id);
    const opened = phases[index - 1]?.gate;
    return phase.activities.flatMap((a) => {
      if (blocker && (a.status === 'in-progress' || a.status === 'done')) return [{ phaseId: phase.id, activityId: a.id, reason: blocker }];
      const start = latestPossibleStart(a);
      if (opened?.status === 'go' && opened.decidedAt && start && start < opened.decidedAt) {
        return [{ phaseId: phase.id, activityId: a.id, reason: `starts by ${start}, before the go of ${opened.decidedAt}` }];
      }
      return [];
    });
  });
}

export interface GateDecision {
  status: 'go' | 'no-go';
  decidedBy: string;
  decidedAt: string;
  rationale: MultilingualText;
}

/** Records a gate decision. Gates are decided in phase order; a no-go closes the project (IATI
 *  status 5 "cancelled": it ends before its planned completion) with the rationale as reason. */
export function decideGate(project: Project, phaseId: string, decision: GateDecision): RuleOutcome {
  const phase = project.phases.find((p) => p.id === phaseId);
  if (!phase) return { ok: false, reason: `phase ${phaseId} is not part of project ${project.id}` };
  if (phase.gate.status !== 'pending') return { ok: false, reason: `the gate of phase ${phaseId} is already ${phase.gate.status}` };
  const blocker = phaseStartBlocker(project, phaseId);
  if (blocker) return { ok: false, reason: blocker };
  const gate: Gate = { ...phase.gate, ...decision };
  const phases = project.phases.map((p) => (p.id === phaseId ? { ...p, gate } : p));
  if (decision.status === 'go') return { ok: true, project: { ...project, phases } };
  return {
    ok: true,
    project: {
      ...project,
      phases,
      status: 5,
      closure: { phaseId, decidedAt: decision.decidedAt, reason: decision.rationale },
    },
  };
}

/** The first undecided gate in phase order, unless the project is closed. */
export function nextPendingGate(project: Pick<Project, 'closure' | 'phases'>): Phase | undefined {
  if (project.closure) return undefined;
  return byOrder(project.phases).find((p) => p.gate.status === 'pending');
}

export interface OverdueDeliverable {
  phaseId: string;
  activityId: string;
  deliverable: Deliverable;
  /** Last day the due date can mean ("November 2011" is due by 30 November). */
  dueBy: string;
}

/** Deliverables not delivered (nor cancelled) whose due period ended before `today`. */
export function overdueDeliverables(project: Pick<Project, 'phases'>, today: string): OverdueDeliverable[] {
  return project.phases.flatMap((phase) =>
    phase.activities.flatMap((activity) =>
      activity.deliverables.flatMap((deliverable) => {
        const bounds = precisionDateBounds(deliverable.due);
        const open = deliverable.status === 'planned' || deliverable.status === 'in-progress';
        return open && bounds && bounds.end < today ? [{ phaseId: phase.id, activityId: activity.id, deliverable, dueBy: bounds.end }] : [];
      }),
    ),
  );
}

export type IndicatorProgress =
  | { kind: 'quantitative'; periodId: string; target: number; actual: number; baseline: number; ratio: number }
  | { kind: 'qualitative'; periodId: string; reported: boolean }
  | { kind: 'no-data' };

/** Progress of the latest period with a target: the share of the way from baseline to target
 *  covered (1 = target reached; descending indicators count decreases as progress). */
export function indicatorProgress(indicator: Indicator): IndicatorProgress {
  const period = [...indicator.periods].sort((a, b) => b.end.localeCompare(a.end)).find((p) => p.target !== undefined);
  if (!period) return { kind: 'no-data' };
  if (indicator.measure === 'qualitative') {
    return { kind: 'qualitative', periodId: period.id, reported: period.actual?.comment !== undefined };
  }
  const target = period.target?.value;
  const actual = period.actual?.value;
  if (target === undefined || actual === undefined) return { kind: 'no-data' };
  const baseline = indicator.baseline?.value ?? 0;
  const distance = target - baseline;
  const ratio = distance === 0 ? (actual === target ? 1 : 0) : (actual - baseline) / distance;
  return { kind: 'quantitative', periodId: period.id, target, actual, baseline, ratio };
}
