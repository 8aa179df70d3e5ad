import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { DeliverableInput, ProjectView } from '../../../core/projects/api';
import type { Project } from '../../../core/projects/model';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { validated, locateDeliverable } from './project-rules';
import { mustLoad, getProject } from './project-views';

/** Rewrites one activity's row with its deliverables, at its place in its phase. */
async function writeActivity(tx: DbOrTx, project: Project, activityId: string): Promise<void> {
  for (const phase of project.phases) {
    const position = phase.activities.findIndex((a) => a.id === activityId);
    if (position >= 0) return repo.saveActivity(tx, project.id, phase.id, phase.activities[position]!, position);
  }
}

/**
 * Adds a deliverable to an activity (no `existingId`) or replaces one, possibly moving it to an
 * activity of another phase. Its evidence is kept; "delivered" needs evidence, so it is only set
 * by markDelivered.
 */
export async function saveDeliverable(db: Db, actor: Actor, id: string, input: z.output<typeof DeliverableInput>, existingId?: string): Promise<ProjectView> {
  const { activityId, ...fields } = input;
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const previous = existingId === undefined ? undefined : locateDeliverable(before, existingId);
    if (existingId !== undefined && !previous) throw notFound('Deliverable', existingId);
    const problems = [
      ...(before.phases.some((p) => p.activities.some((a) => a.id === activityId))
        ? []
        : [{ path: 'activityId', message: `activity "${activityId}" is not part of project ${id}` }]),
      ...(fields.ownerOrganisationId === undefined || before.organisations.some((o) => o.id === fields.ownerOrganisationId)
        ? []
        : [{ path: 'ownerOrganisationId', message: `organisation "${fields.ownerOrganisationId}" is not part of project ${id}` }]),
      ...(fields.status === 'delivered' && previous?.deliverable.status !== 'delivered'
        ? [{ path: 'status', message: 'a deliverable becomes delivered with its evidence (…/deliverables/:deliverableId/delivered)' }]
        : []),
    ];
    if (problems.length > 0) throw invalid(problems);
    const deliverable = { ...fields, id: existingId ?? `${id}-deliverable-${randomUUID().slice(0, 8)}`, evidence: previous?.deliverable.evidence ?? [] };
    const phases = before.phases.map((p) => ({
      ...p,
      activities: p.activities.map((a) => {
        if (a.id === activityId && previous?.activity.id === activityId) {
          return { ...a, deliverables: a.deliverables.map((d) => (d.id === deliverable.id ? deliverable : d)) };
        }
        const others = a.deliverables.filter((d) => d.id !== deliverable.id);
        return a.id === activityId ? { ...a, deliverables: [...others, deliverable] } : { ...a, deliverables: others };
      }),
    }));
    const after = validated({ ...before, phases });
    // The activity it leaves first: its row must be gone before the other activity inserts it.
    for (const changed of new Set([previous?.activity.id, activityId])) if (changed) await writeActivity(tx, after, changed);
    await repo.touchProject(tx, id);
    await recordAudit(tx, actor, {
      entityType: 'project-deliverable',
      entityId: `${id}/${deliverable.id}`,
      action: previous ? 'update' : 'create',
      before: previous && { activityId: previous.activity.id, ...previous.deliverable },
      after: { activityId, ...deliverable },
    });
    return getProject(tx, actor, id);
  });
}
