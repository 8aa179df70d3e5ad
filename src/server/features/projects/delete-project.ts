import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { mustLoad } from './project-views';

export async function deleteProject(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    await repo.deleteProject(tx, id);
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'delete', before });
  });
}
