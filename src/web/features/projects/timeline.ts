// Rows and scale of the project timeline (phases, activities, deliverables, gates), from the
// project alone: the timeline component only draws them. Dates are day numbers (days since
// 1970-01-01, UTC) so spans of months and quarters are exact.
import type { MultilingualText, PrecisionDate, Project } from '../../../core/projects/model';
import { precisionDateBounds } from '../../../core/projects/precision-date';
import { overdueDeliverables } from '../../../core/projects/rules';

export type TimelineRow =
  | { kind: 'phase'; key: string; title: MultilingualText; order: number; span?: Span }
  | { kind: 'activity'; key: string; title: MultilingualText; date: PrecisionDate; status: string; tentative: boolean; span?: Span }
  | { kind: 'deliverable'; key: string; title: MultilingualText; due: PrecisionDate; status: string; overdue: boolean; span?: Span }
  | { kind: 'gate'; key: string; title: MultilingualText; status: 'pending' | 'go' | 'no-go'; decidedAt?: string; at?: number };

/** First and last day (inclusive) as day numbers. */
export interface Span {
  start: number;
  end: number;
}

export const dayNumber = (iso: string): number => {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
};

function spanOf(date: PrecisionDate): Span | undefined {
  const bounds = precisionDateBounds(date);
  return bounds && { start: dayNumber(bounds.start), end: dayNumber(bounds.end) };
}

function union(spans: readonly (Span | undefined)[]): Span | undefined {
  const known = spans.filter((s): s is Span => s !== undefined);
  if (known.length === 0) return undefined;
  return { start: Math.min(...known.map((s) => s.start)), end: Math.max(...known.map((s) => s.end)) };
}

/** Phase by phase: the phase, its activities each followed by their deliverables, then its gate. */
export function timelineRows(project: Pick<Project, 'phases'>, today: string): TimelineRow[] {
  const overdue = new Set(overdueDeliverables(project, today).map((o) => o.deliverable.id));
  return [...project.phases]
    .sort((a, b) => a.order - b.order)
    .flatMap((phase) => {
      const own =
        phase.dates?.plannedStart && phase.dates.plannedEnd
          ? { start: dayNumber(phase.dates.plannedStart), end: dayNumber(phase.dates.plannedEnd) }
          : undefined;
      const inner: TimelineRow[] = phase.activities.flatMap((a) => [
        { kind: 'activity' as const, key: a.id, title: a.title, date: a.date, status: a.status, tentative: a.tentative, span: spanOf(a.date) },
        ...a.deliverables.map((d) => ({
          kind: 'deliverable' as const,
          key: d.id,
          title: d.title,
          due: d.due,
          status: d.status,
          overdue: overdue.has(d.id),
          span: spanOf(d.due),
        })),
      ]);
      const span = own ?? union(inner.map((r) => ('span' in r ? r.span : undefined)));
      const gate = phase.gate;
      return [
        { kind: 'phase' as const, key: phase.id, title: phase.name, order: phase.order, span },
        ...inner,
        {
          kind: 'gate' as const,
          key: `${phase.id}-gate`,
          title: phase.name,
          status: gate.status,
          decidedAt: gate.decidedAt,
          at: gate.decidedAt ? dayNumber(gate.decidedAt) : span?.end,
        },
      ];
    });
}

export interface Tick {
  day: number;
  year: number;
  /** 1–4; 1 is the start of a year. */
  quarter: number;
}

/** The days the timeline covers (whole quarters around every dated row) and a tick per quarter. */
export function timelineScale(rows: readonly TimelineRow[]): { start: number; end: number; ticks: Tick[] } | undefined {
  const days = rows.flatMap((r) => (r.kind === 'gate' ? (r.at === undefined ? [] : [r.at]) : r.span ? [r.span.start, r.span.end] : []));
  if (days.length === 0) return undefined;
  const first = new Date(Math.min(...days) * 86_400_000);
  const last = new Date(Math.max(...days) * 86_400_000);
  const ticks: Tick[] = [];
  let year = first.getUTCFullYear();
  let quarter = Math.floor(first.getUTCMonth() / 3) + 1;
  for (;;) {
    const day = Math.round(Date.UTC(year, (quarter - 1) * 3, 1) / 86_400_000);
    if (day > last.getTime() / 86_400_000) break;
    ticks.push({ day, year, quarter });
    [year, quarter] = quarter === 4 ? [year + 1, 1] : [year, quarter + 1];
  }
  const end = Math.round(Date.UTC(year, (quarter - 1) * 3, 1) / 86_400_000) - 1;
  return { start: ticks[0]!.day, end, ticks };
}
