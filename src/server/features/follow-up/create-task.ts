// Creating a follow-up task about a match, an interaction, a meeting, a deliverable, an
// opportunity or an organisation.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Task, TaskInput } from '../../../shared/api';
import { type Actor, actorLabel } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './tasks.repository';
import { type TaskScope, resolveTaskSource } from './task-sources';
import { checkAssignee, toTask, todayOf } from './tasks';

export async function createTask(db: Db, actor: Actor, input: z.output<typeof TaskInput>, now: Date): Promise<Task> {
  return db.transaction(async (tx) => {
    const scope = await resolveTaskSource(tx, actor, input.source);
    return insertTask(tx, actor, { ...input, assigneeId: input.assigneeId ?? selfOf(actor) }, scope, now);
  });
}

const selfOf = (actor: Actor) => {
  if (actor.kind !== 'user') throw invalid([{ path: 'assigneeId', message: 'name the assignee' }]);
  return actor.id;
};

/** Writes a task whose source is already resolved (meeting feedback makes them too). */
export async function insertTask(
  tx: DbOrTx,
  actor: Actor,
  input: Omit<z.output<typeof TaskInput>, 'assigneeId'> & { assigneeId: string },
  scope: TaskScope,
  now: Date,
): Promise<Task> {
  await checkAssignee(tx, actor, input.assigneeId, scope);
  const id = randomUUID();
  const row = {
    id,
    title: input.title,
    assigneeId: input.assigneeId,
    dueOn: input.dueOn,
    sourceKind: input.source.kind,
    sourceId: input.source.id,
    sourceParentId: scope.parentId,
    sourceLabel: scope.label,
    organisationId: scope.organisationId,
    regionId: scope.regionId,
    createdBy: actorLabel(actor),
    createdById: actor.kind === 'user' ? actor.id : null,
  };
  await repo.insertTask(tx, row);
  await recordAudit(tx, actor, { entityType: 'follow-up-task', entityId: id, action: 'create', after: row });
  const task = await repo.findTask(tx, id);
  if (!task) throw notFound('Task', id);
  return toTask(task, todayOf(now));
}
