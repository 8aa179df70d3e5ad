import type { ProjectView } from '../../../core/projects/api';
import type { Project } from '../../../core/projects/model';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { ErrorCode } from '../../../shared/api/errors';
import { conflict } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { validated } from './project-rules';
import { getProject } from './project-views';

export async function createProject(db: Db, actor: Actor, input: unknown): Promise<ProjectView> {
  const project = validated(input);
  return db.transaction((tx) => insertProject(tx, actor, project));
}

/**
 * Creates a project inside the caller's transaction (checked, audited), for a use case that writes
 * more in the same transaction (a lead turned into a project); problems are reported under `prefix`.
 */
export async function createProjectIn(tx: DbOrTx, actor: Actor, input: unknown, prefix: string): Promise<ProjectView> {
  return insertProject(tx, actor, validated(input, prefix));
}

async function insertProject(tx: DbOrTx, actor: Actor, project: Project): Promise<ProjectView> {
  await insertChecked(tx, project);
  await recordAudit(tx, actor, { entityType: 'project', entityId: project.id, action: 'create', after: project });
  return getProject(tx, actor, project.id);
}

async function insertChecked(tx: DbOrTx, project: Project): Promise<void> {
  if (await repo.projectExists(tx, project.id)) throw conflict(ErrorCode.alreadyExists, `A project with id "${project.id}" already exists`, { id: project.id });
  const other = await repo.findProjectIdByIatiIdentifier(tx, project.iatiIdentifier);
  if (other)
    throw conflict(ErrorCode.iatiIdentifierTaken, `Project "${other}" already has the IATI identifier "${project.iatiIdentifier}"`, {
      project: other,
      identifier: project.iatiIdentifier,
    });
  try {
    await repo.insertProject(tx, project);
  } catch (error) {
    if (pgErrorCode(error) === PgCode.uniqueViolation) throw conflict(ErrorCode.alreadyExists, `Project "${project.id}" already exists`, { id: project.id });
    throw error;
  }
}
