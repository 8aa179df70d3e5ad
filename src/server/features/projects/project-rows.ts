// Rows ⇄ the project model of src/core/projects: what a part's row holds and back. No queries.
import { precisionDateBounds } from '../../../core/projects/precision-date';
import type { Activity, Indicator, Phase, Project, Result } from '../../../core/projects/model';
import type { projectActivities, projectDeliverables, projectIndicators, projectPhases, projectResults } from '../../db/schema';

export type Deliverable = Activity['deliverables'][number];

/** Drops keys whose value is null, so optional model fields are absent rather than null. */
export function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

export const byPosition = <T extends { position: number }>(rows: T[]): T[] => [...rows].sort((a, b) => a.position - b.position);

export function toPhase(
  row: typeof projectPhases.$inferSelect,
  activities: (typeof projectActivities.$inferSelect)[],
  deliverables: (typeof projectDeliverables.$inferSelect)[],
): Phase {
  return {
    id: row.id,
    order: row.order,
    name: row.name,
    ...defined({ description: row.description, dates: row.dates }),
    gate: {
      status: row.gateStatus,
      ...defined({
        decisionActivityId: row.gateDecisionActivityId,
        decidedBy: row.gateDecidedBy,
        decidedAt: row.gateDecidedAt,
        rationale: row.gateRationale,
      }),
    },
    activities: byPosition(activities.filter((a) => a.phaseId === row.id)).map((a) => toActivity(a, deliverables)),
  };
}

export function toActivity(row: typeof projectActivities.$inferSelect, deliverables: (typeof projectDeliverables.$inferSelect)[]): Activity {
  return {
    id: row.id,
    type: row.type as Activity['type'],
    title: row.title,
    ...defined({ description: row.description }),
    date: row.date,
    recurring: row.recurring,
    tentative: row.tentative,
    status: row.status,
    ...defined({ place: row.place }),
    organisationIds: row.organisationIds,
    personIds: row.personIds,
    ...defined({ programme: row.programme }),
    deliverables: byPosition(deliverables.filter((d) => d.activityId === row.id)).map(toDeliverable),
  };
}

export function toDeliverable(row: typeof projectDeliverables.$inferSelect): Deliverable {
  return {
    id: row.id,
    title: row.title,
    due: row.due,
    ...defined({ ownerOrganisationId: row.ownerOrganisationId }),
    status: row.status,
    evidence: row.evidence,
  };
}

export function toResult(row: typeof projectResults.$inferSelect, indicators: (typeof projectIndicators.$inferSelect)[]): Result {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    ...defined({ description: row.description }),
    indicators: byPosition(indicators.filter((i) => i.resultId === row.id)).map(toIndicator),
  };
}

export function toIndicator(row: typeof projectIndicators.$inferSelect): Indicator {
  return {
    id: row.id,
    title: row.title,
    ...defined({ description: row.description }),
    measure: row.measure,
    ascending: row.ascending,
    ...defined({ baseline: row.baseline }),
    periods: row.periods,
  };
}

export function headValues(p: Project) {
  return {
    id: p.id,
    iatiIdentifier: p.iatiIdentifier,
    reportingOrg: p.reportingOrg ?? null,
    title: p.title,
    purpose: p.purpose,
    location: p.location ?? null,
    themes: p.themes,
    status: p.status,
    closure: p.closure ?? null,
    dates: p.dates,
    currency: p.currency,
    organisations: p.organisations,
    people: p.people,
    bodies: p.bodies,
    documents: p.documents,
    agreements: p.agreements,
    iati: p.iati ?? null,
  };
}

export function phaseValues(projectId: string, ph: Phase) {
  return {
    projectId,
    id: ph.id,
    order: ph.order,
    name: ph.name,
    description: ph.description ?? null,
    dates: ph.dates ?? null,
    gateStatus: ph.gate.status,
    gateDecisionActivityId: ph.gate.decisionActivityId ?? null,
    gateDecidedBy: ph.gate.decidedBy ?? null,
    gateDecidedAt: ph.gate.decidedAt ?? null,
    gateRationale: ph.gate.rationale ?? null,
  };
}

export function activityValues(projectId: string, phaseId: string, a: Activity, position: number) {
  const bounds = precisionDateBounds(a.date);
  return {
    projectId,
    id: a.id,
    phaseId,
    position,
    type: a.type,
    title: a.title,
    description: a.description ?? null,
    date: a.date,
    startsOn: bounds?.start ?? null,
    endsOn: bounds?.end ?? null,
    recurring: a.recurring,
    tentative: a.tentative,
    status: a.status,
    place: a.place ?? null,
    organisationIds: a.organisationIds,
    personIds: a.personIds,
    programme: a.programme ?? null,
  };
}

export function deliverableValues(projectId: string, activityId: string, d: Deliverable, position: number) {
  return {
    projectId,
    id: d.id,
    activityId,
    position,
    title: d.title,
    due: d.due,
    dueBy: precisionDateBounds(d.due)?.end ?? null,
    ownerOrganisationId: d.ownerOrganisationId ?? null,
    status: d.status,
    evidence: d.evidence,
  };
}

export function indicatorValues(projectId: string, resultId: string, i: Indicator, position: number) {
  return {
    projectId,
    id: i.id,
    resultId,
    position,
    title: i.title,
    description: i.description ?? null,
    measure: i.measure,
    ascending: i.ascending,
    baseline: i.baseline ?? null,
    periods: i.periods,
  };
}
