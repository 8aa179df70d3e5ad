import { ErrorCode } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { conflict, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { enqueueJob, type Progress } from '../jobs/jobs.service';
import { opportunityRowValues } from '../opportunities/opportunities.service';
import { checkRows, parseBatch } from './check-rows';
import { requireManager } from './import-columns';
import { importProgress } from './import-progress';
import * as repo from './imports.repository';
import { storableProblem } from './storable-text';

export async function commitImport(db: Db, actor: Actor, id: string) {
  requireManager(actor);
  await db.transaction(async (tx) => {
    const batch = await repo.findBatchSummary(tx, id);
    if (!batch) throw notFound('Import', id);
    if (batch.state !== 'ready') {
      throw batch.state === 'has-problems'
        ? conflict(ErrorCode.importHasProblems, `Import "${id}" has ${batch.problems.length} problem(s); fix the file or the mapping first`, {
            problems: batch.problems.length,
          })
        : conflict(ErrorCode.importNotReady, `Import "${id}" is ${batch.state}, not ready to commit`);
    }
    await repo.updateBatch(tx, id, { state: 'committing' });
    await enqueueJob(tx, 'import-commit', id);
    await recordAudit(tx, actor, {
      entityType: 'import',
      entityId: id,
      action: 'commit-requested',
      after: { kind: batch.kind, filename: batch.filename, rows: batch.rowCount, uploadedBy: batch.createdBy },
    });
  });
  return importProgress(db, actor, id);
}

/**
 * Checks again (the database may have changed since the preview), then writes every row in one
 * transaction: all or nothing. Matching is enqueued by the database triggers.
 */
export async function writeImport(db: Db, id: string, progress: Progress) {
  const batch = await repo.findBatch(db, id);
  if (!batch || batch.state !== 'committing') return;
  const table = await parseBatch(batch);
  const checked = await checkRows(db, batch, table, progress);
  if (checked.problems.length) {
    await repo.updateBatch(db, id, { problems: checked.problems.map(storableProblem), state: 'has-problems' });
    return;
  }
  await progress({ phase: 'writing', total: table.rows.length, done: 0 });
  // Written by the background job; the audit trail names the user through the import's id
  // ('commit-requested' entry of the user who asked for it) and lists every record created.
  const actor = { kind: 'system' as const, label: `import ${id}` };
  await db.transaction(async (tx) => {
    if (batch.kind === 'organisations') {
      await repo.insertOrganisations(
        tx,
        checked.organisations.map(({ o }) => ({ ...o, notes: o.notes ?? null })),
      );
      const profiles = checked.organisations.filter((x) => x.profile);
      await repo.insertProfiles(
        tx,
        profiles.map(({ o, profile }) => ({ organisationId: o.id, ...profile!, size: profile!.size })),
      );
    } else {
      await repo.insertOpportunities(
        tx,
        checked.opportunities.map(
          ({ id: oid, ...values }) => ({ id: oid, ...opportunityRowValues(values) }) as unknown as Parameters<typeof repo.insertOpportunities>[1][number],
        ),
      );
    }
    const count = batch.kind === 'organisations' ? checked.organisations.length : checked.opportunities.length;
    await repo.updateBatch(tx, id, { state: 'committed', created: count, problems: [] });
    await recordAudit(tx, actor, {
      entityType: 'import',
      entityId: id,
      action: 'import',
      after: {
        kind: batch.kind,
        filename: batch.filename,
        rows: count,
        uploadedBy: batch.createdBy,
        ids: batch.kind === 'organisations' ? checked.organisations.map(({ o }) => o.id) : checked.opportunities.map((o) => o.id),
      },
    });
  });
  await progress({ phase: 'done', done: table.rows.length });
}
