import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import * as repo from './notifications.repository';

/** Marks the listed notifications (all when `ids` is absent) of the user read; others' ids are ignored. */
export async function markNotificationsRead(db: Db, actor: Actor, now: Date, ids?: string[]) {
  if (actor.kind === 'user') await repo.markNotificationsRead(db, actor.id, actor.email, now.toISOString(), ids);
}
