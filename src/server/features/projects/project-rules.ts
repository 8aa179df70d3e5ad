// Rules of the projects feature on top of core/projects: refusals with their codes, validation
// with located issues, where a deliverable or an indicator sits.
import { type Indicator, type Project, projectSchema } from '../../../core/projects/model';
import { ErrorCode, issueFromZod } from '../../../shared/api/errors';
import type { DomainError } from '../../errors';
import { conflict, invalid } from '../../errors';

/**
 * Why an activity of a phase may not start, or a gate not be decided, as a refusal with its own
 * code (the rule's English wording stays the message): the project is closed, a gate is already
 * decided, the previous gate is not go, or the activity is dated before that go.
 */
export function phaseRefusal(project: Project, phaseId: string, message: string, activity?: { id: string }): DomainError {
  const phases = [...project.phases].sort((a, b) => a.order - b.order);
  const index = phases.findIndex((p) => p.id === phaseId);
  // The phase by its name as written (an id would mean nothing to the reader).
  const named = (phase: (typeof phases)[number] | undefined, id: string): string => (phase ? (phase.name[phase.name.original] ?? id) : id);
  if (!activity && phases[index] && phases[index].gate.status !== 'pending')
    return conflict(ErrorCode.gateAlreadyDecided, message, { phase: named(phases[index], phaseId) });
  if (project.closure) return conflict(ErrorCode.projectClosed, message, { project: project.id });
  const previous = phases[index - 1];
  if (previous && previous.gate.status !== 'go') return conflict(ErrorCode.gateNotPassed, message, { phase: named(previous, previous.id) });
  const opened = previous?.gate;
  if (activity && opened?.decidedAt) return conflict(ErrorCode.activityBeforeGo, message, { activity: activity.id, go: opened.decidedAt });
  return conflict(ErrorCode.gateNotPassed, message, { phase: named(phases[index], phaseId) });
}
export const todayOf = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** Every problem of a project as 400 issues, each naming its field. */
export function validated(value: unknown, prefix = ''): Project {
  const parsed = projectSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalid(
    parsed.error.issues.map((i) => {
      const issue = issueFromZod(i, prefix ? [prefix] : []);
      return { ...issue, path: issue.path || '(root)' };
    }),
  );
}

/** Where a deliverable sits: its activity and its position among the activity's deliverables. */
export function locateDeliverable(project: Project, deliverableId: string) {
  return project.phases
    .flatMap((p) => p.activities)
    .flatMap((activity) => activity.deliverables.map((deliverable, position) => ({ activity, deliverable, position })))
    .find((x) => x.deliverable.id === deliverableId);
}

/** Where an indicator sits: its result and its position among the result's indicators. */
export function locateIndicator(project: Project, indicatorId: string) {
  return project.results
    .flatMap((result) => result.indicators.map((indicator, position) => ({ result, indicator, position })))
    .find((x) => x.indicator.id === indicatorId);
}

/** Only qualitative indicators are measured by a comment alone; the others need a number. */
export function requireValue(indicator: Indicator, measured: { value?: number }, path: string): void {
  if (indicator.measure !== 'qualitative' && measured.value === undefined) {
    throw invalid([{ path, message: `indicator ${indicator.id} is measured as ${indicator.measure}: give a value` }]);
  }
}
