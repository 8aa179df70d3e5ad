import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import * as repo from './notifications.repository';

export async function myNotifications(db: Db, actor: Actor) {
  if (actor.kind !== 'user') return { items: [] };
  const rows = await repo.listNotifications(db, actor.id, actor.email);
  return { items: rows.map(({ userId: _u, email: _e, ...n }) => n) };
}
