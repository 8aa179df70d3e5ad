import type { z } from 'zod';
import type { ActivityInput, ActivityUpdate, ProjectView } from '../../../core/projects/api';
import { gateViolations, phaseStartBlocker } from '../../../core/projects/rules';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { ErrorCode } from '../../../shared/api/errors';
import { conflict, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { phaseRefusal, validated } from './project-rules';
import { mustLoad, getProject } from './project-views';

/** Adds an activity (no `existingId`) or replaces one, possibly moving it to another phase.
 *  Refused (409) when it is under way or done, or dated before the go, while its phase may not start. */
export async function saveActivity(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof ActivityInput> | (z.output<typeof ActivityUpdate> & { id?: undefined }),
  existingId?: string,
): Promise<ProjectView> {
  const { phaseId, ...fields } = input;
  const activity = { ...fields, id: existingId ?? (input as z.output<typeof ActivityInput>).id };
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const targetPhase = before.phases.find((p) => p.id === phaseId);
    if (!targetPhase) throw invalid([{ path: 'phaseId', message: `phase "${phaseId}" is not part of project ${id}` }]);
    const previous = before.phases.flatMap((p) => p.activities.map((a) => ({ phase: p, activity: a }))).find((x) => x.activity.id === activity.id);
    if (existingId && !previous) throw notFound('Activity', existingId);
    if (!existingId && previous)
      throw conflict(ErrorCode.activityExists, `Activity "${activity.id}" already exists in phase ${previous.phase.id}`, {
        activity: activity.id,
        phase: previous.phase.id,
      });
    const phases = before.phases.map((p) => {
      const others = p.activities.filter((a) => a.id !== activity.id);
      if (p.id !== phaseId) return { ...p, activities: others };
      const index = p.activities.findIndex((a) => a.id === activity.id);
      const activities = index >= 0 ? p.activities.map((a) => (a.id === activity.id ? activity : a)) : [...others, activity];
      return { ...p, activities };
    });
    const after = validated({ ...before, phases });
    const active = (a: { status: string }) => a.status === 'in-progress' || a.status === 'done';
    if (after.closure && active(activity) && !(previous && active(previous.activity))) {
      throw phaseRefusal(after, phaseId, `Activity ${activity.id} cannot start: ${phaseStartBlocker(after, phaseId) ?? `project ${id} is closed`}`);
    }
    const violation = gateViolations(after).find((v) => v.activityId === activity.id);
    if (violation)
      throw phaseRefusal(after, phaseId, `Activity ${activity.id} cannot be ${activity.status} in phase ${phaseId}: ${violation.reason}`, activity);
    const phase = after.phases.find((p) => p.id === phaseId)!;
    const position = phase.activities.findIndex((a) => a.id === activity.id);
    const saved = phase.activities[position]!;
    if (previous && previous.phase.id !== phaseId) {
      // Moved: positions of both phases change; rewrite the whole project.
      await repo.replaceProject(tx, after);
    } else {
      await repo.saveActivity(tx, id, phaseId, saved, position);
      await repo.touchProject(tx, id);
    }
    await recordAudit(tx, actor, {
      entityType: 'project-activity',
      entityId: `${id}/${activity.id}`,
      action: previous ? 'update' : 'create',
      before: previous?.activity,
      after: saved,
    });
    return getProject(tx, actor, id);
  });
}
