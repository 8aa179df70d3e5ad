// The activity dates of the export: a project's and each phase's, as given or derived from the
// dates of their activities, since IATI requires every activity to have a start.
import { precisionDateBounds } from '../projects/precision-date';
import type { Phase, Project } from '../projects/model';
import { el } from './xml';
import type { XmlElement } from './xml';

export interface ActivityDates {
  plannedStart?: string;
  plannedEnd?: string;
  actualStart?: string;
  actualEnd?: string;
}

const dayAfter = (isoDate: string): string => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const min = (values: string[]): string | undefined => [...values].sort()[0];
const max = (values: string[]): string | undefined => [...values].sort().at(-1);

function activityBounds(phase: Phase) {
  return phase.activities.map((a) => precisionDateBounds(a.date));
}

/** Phase dates: explicit ones win; otherwise the span of its dated activities (an end only when
 *  every activity is dated). A phase with no dated activity cannot start before the last known
 *  day of the earlier phases, and IATI requires a start date, so that bound is used. */
export function phaseDates(phases: readonly Phase[], phase: Phase): ActivityDates {
  if (phase.dates && Object.keys(phase.dates).length > 0) return phase.dates;
  const bounds = activityBounds(phase);
  const known = bounds.filter((b) => b !== undefined);
  const plannedEnd = known.length > 0 && known.length === bounds.length ? max(known.map((b) => b.end)) : undefined;
  const ownStart = min(known.map((b) => b.start));
  if (ownStart) return { plannedStart: ownStart, plannedEnd };
  const earlierEnds = phases
    .filter((p) => p.order < phase.order)
    .flatMap((p) => [...(p.dates?.plannedEnd ? [p.dates.plannedEnd] : []), ...activityBounds(p).flatMap((b) => (b ? [b.end] : []))]);
  const lastKnown = max(earlierEnds);
  return lastKnown ? { plannedStart: dayAfter(lastKnown) } : {};
}

/** Project dates: explicit ones win; a missing planned start is the first dated activity. */
export function projectDates(project: Project): ActivityDates {
  if (project.dates.plannedStart || project.dates.actualStart) return project.dates;
  const starts = project.phases.flatMap((p) => activityBounds(p).flatMap((b) => (b ? [b.start] : [])));
  return { ...project.dates, plannedStart: min(starts) };
}

export function activityDateElements(dates: ActivityDates): XmlElement[] {
  const typed: [string, string | undefined][] = [
    ['1', dates.plannedStart],
    ['2', dates.actualStart],
    ['3', dates.plannedEnd],
    ['4', dates.actualEnd],
  ];
  return typed.flatMap(([type, iso]) => (iso ? [el('activity-date', { type, 'iso-date': iso })] : []));
}
