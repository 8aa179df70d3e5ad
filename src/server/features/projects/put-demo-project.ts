import type { Project } from '../../../core/projects/model';
import type { Actor } from '../../actor';
import type { DbOrTx } from '../../db/open-database';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { validated } from './project-rules';

/** Stores a demo project (the seed): skipped when it exists, unless `replace` (ctb seed --force). */
export async function putDemoProject(tx: DbOrTx, actor: Actor, project: Project, options: { replace: boolean }): Promise<boolean> {
  const checked = validated(project);
  const before = await repo.loadProject(tx, project.id, { lock: true });
  const other = await repo.findProjectIdByIatiIdentifier(tx, project.iatiIdentifier);
  if (other && other !== project.id) return false;
  if (before && !options.replace) return false;
  if (before) await repo.replaceProject(tx, checked);
  else await repo.insertProject(tx, checked);
  await recordAudit(tx, actor, { entityType: 'project', entityId: project.id, action: before ? 'update' : 'create', before, after: checked });
  return true;
}
