// Follow-up tasks: the shape the API shows, and who may hold one.
import type { Task } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { DbOrTx } from '../../db/open-database';
import { invalid } from '../../errors';
import * as repo from './follow-up.repository';
import type { TaskRow } from './tasks.repository';
import { reachOf, reaches } from './reach';

export const todayOf = (now: Date) => now.toISOString().slice(0, 10);
/** The ISO day `n` days after `day`. */
export const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export function toTask(row: TaskRow, today: string): Task {
  return {
    id: row.id,
    title: row.title,
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeName,
    dueOn: row.dueOn,
    status: row.status,
    overdue: row.status === 'open' && row.dueOn < today,
    source: { kind: row.sourceKind, id: row.sourceId, parentId: row.sourceParentId, label: row.sourceLabel },
    organisationId: row.organisationId,
    regionId: row.regionId,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

/**
 * A task goes to someone who would see it anyway: yourself, a colleague of the organisation or
 * region it concerns, or a programme manager; never to another organisation.
 */
export async function checkAssignee(db: DbOrTx, actor: Actor, assigneeId: string, scope: { organisationId: string | null; regionId: string | null }) {
  if (actor.kind === 'user' && assigneeId === actor.id) return;
  const user = await repo.findUser(db, assigneeId);
  if (!user || user.disabled) throw invalid([{ path: 'assigneeId', message: `user "${assigneeId}" does not exist` }]);
  const reach = reachOf({ kind: 'user', via: 'session', ...user });
  if (!(await reaches(db, reach, scope))) {
    throw invalid([
      { path: 'assigneeId', message: `${user.displayName} may not see this record; choose someone of its organisation or region, or a programme manager` },
    ]);
  }
}
