// Changing a task: done, cancelled, re-planned or handed to a colleague.
import type { z } from 'zod';
import type { Task, TaskUpdate } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { recordAudit } from '../audit/audit.service';
import * as repo from './tasks.repository';
import { findReachableTask } from './list-tasks';
import { checkAssignee, toTask, todayOf } from './tasks';

export async function updateTask(db: Db, actor: Actor, id: string, input: z.output<typeof TaskUpdate>, now: Date): Promise<Task> {
  return db.transaction(async (tx) => {
    const before = await findReachableTask(tx, actor, id);
    if (input.assigneeId && input.assigneeId !== before.assigneeId) await checkAssignee(tx, actor, input.assigneeId, before);
    await repo.updateTask(tx, id, input);
    const after = (await repo.findTask(tx, id))!;
    await recordAudit(tx, actor, { entityType: 'follow-up-task', entityId: id, action: 'update', before, after });
    return toTask(after, todayOf(now));
  });
}
