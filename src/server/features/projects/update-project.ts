import type { ProjectView } from '../../../core/projects/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { ErrorCode } from '../../../shared/api/errors';
import { conflict, DomainError, invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { validated } from './project-rules';
import { mustLoad, getProject } from './project-views';

/** Replaces a whole project (programme managers, who see and send budgets and transactions too),
 *  unless it changed since `revision` was read: then nobody's change is silently overwritten. */
export async function updateProject(db: Db, actor: Actor, id: string, input: unknown, revision: number): Promise<ProjectView> {
  const given = validated(input);
  if (given.id !== id) throw invalid([{ path: 'id', message: `must be "${id}", the project in the address` }]);
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const current = (await repo.projectStamps(tx, id)).get(id)!.revision;
    if (current !== revision) {
      throw new DomainError(
        ErrorCode.stale,
        409,
        `Project ${id} was changed by someone else since you opened it (revision ${revision}, now ${current}); reload it and make your change again`,
      );
    }
    const other = await repo.findProjectIdByIatiIdentifier(tx, given.iatiIdentifier);
    if (other && other !== id)
      throw conflict(ErrorCode.iatiIdentifierTaken, `Project "${other}" already has the IATI identifier "${given.iatiIdentifier}"`, {
        project: other,
        identifier: given.iatiIdentifier,
      });
    await repo.replaceProject(tx, given);
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'update', before, after: given });
    return getProject(tx, actor, id);
  });
}
