// "My follow-ups" (overdue first) and, for managers and colleagues, the team's.
import type { z } from 'zod';
import type { TaskListQuery } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { notFound } from '../../errors';
import * as repo from './tasks.repository';
import { reachOf, reaches } from './reach';
import { toTask, todayOf } from './tasks';

export async function listTasks(db: Db, actor: Actor, q: z.output<typeof TaskListQuery>, now: Date) {
  const today = todayOf(now);
  const rows = await repo.listTasks(db, reachOf(actor), {
    assigneeId: q.scope === 'mine' && actor.kind === 'user' ? actor.id : undefined,
    status: q.status,
    sourceKind: q.sourceKind,
    sourceId: q.sourceId,
    today,
  });
  return { items: rows.map((r) => toTask(r, today)) };
}

/** 404 for a task out of reach, as for an unknown id. */
export async function findReachableTask(db: DbOrTx, actor: Actor, id: string) {
  const task = await repo.findTask(db, id);
  if (!task || !(await reaches(db, reachOf(actor), { ...task, people: [task.assigneeId, task.createdById] }))) throw notFound('Task', id);
  return task;
}
