import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { notFound } from '../../errors';
import { jobsOf } from '../jobs/jobs.service';
import { requireManager } from './import-columns';
import * as repo from './imports.repository';

export async function importProgress(db: Db, actor: Actor, id: string) {
  requireManager(actor);
  const batch = await repo.findBatchSummary(db, id);
  if (!batch) throw notFound('Import', id);
  const [job] = [...(await jobsOf(db, 'import-commit', id)), ...(await jobsOf(db, 'import-preview', id))].sort((a, b) => b.id - a.id);
  return {
    id,
    state: batch.state,
    phase: job?.phase ?? null,
    total: job?.total ?? batch.rowCount,
    done: job?.done ?? 0,
    created: batch.created,
  };
}
