import { ErrorCode } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { conflict, notFound } from '../../errors';
import { enqueueJob } from '../jobs/jobs.service';
import { requireManager } from './import-columns';
import * as repo from './imports.repository';
import { getImport } from './preview-import';

export async function setMapping(db: Db, actor: Actor, id: string, mapping: Record<string, string>) {
  requireManager(actor);
  await db.transaction(async (tx) => {
    const batch = await repo.findBatchSummary(tx, id);
    if (!batch) throw notFound('Import', id);
    if (batch.state === 'committing' || batch.state === 'committed')
      throw conflict(ErrorCode.importNotReady, `Import "${id}" is ${batch.state}; upload the file again`);
    await repo.updateBatch(tx, id, { mapping, mappingReused: false, state: 'analysing', problems: [], error: null });
    await enqueueJob(tx, 'import-preview', id);
  });
  return getImport(db, actor, id);
}
