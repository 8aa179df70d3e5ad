import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ImportCreate } from '../../../shared/api';
import { type Actor, actorLabel } from '../../actor';
import type { Db } from '../../db/open-database';
import { invalid } from '../../errors';
import { enqueueJob } from '../jobs/jobs.service';
import { requireManager } from './import-columns';
import * as repo from './imports.repository';
import { getImport } from './preview-import';

export async function createImport(db: Db, actor: Actor, input: z.output<typeof ImportCreate>) {
  requireManager(actor);
  const format = input.filename.toLowerCase().endsWith('.xlsx') ? 'xlsx' : input.filename.toLowerCase().endsWith('.csv') ? 'csv' : null;
  if (!format) throw invalid([{ path: 'filename', message: 'a .csv or .xlsx file is needed' }]);
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw invalid([{ path: 'contentBase64', message: 'the file is empty' }]);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await repo.insertBatch(tx, {
      id,
      kind: input.kind,
      filename: input.filename,
      format,
      content,
      mapping: input.mapping ?? {},
      createdBy: actorLabel(actor),
    });
    await enqueueJob(tx, 'import-preview', id);
  });
  return getImport(db, actor, id);
}
