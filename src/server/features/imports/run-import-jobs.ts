import type { Db } from '../../db/open-database';
import type { Job, Progress } from '../jobs/jobs.service';
import { writeImport } from './commit-import';
import * as repo from './imports.repository';
import { previewImport } from './preview-import';
import { storable } from './storable-text';
import { UnreadableFile } from './tabular';

/**
 * The 'import' family of background jobs. Every failure ends the import in `failed` with a
 * message that can be stored (an unreadable file, too many rows, a database error), so no import
 * waits forever in `analysing` or `committing`.
 */
export async function runImportJobs(db: Db, jobs: Job[], progress: Progress): Promise<void> {
  for (const job of jobs) {
    try {
      if (job.kind === 'import-preview') await previewImport(db, job.target, progress);
      else if (job.kind === 'import-commit') await writeImport(db, job.target, progress);
    } catch (error) {
      const reason = error instanceof UnreadableFile ? error.message : `the import failed: ${error instanceof Error ? error.message : String(error)}`;
      await repo.updateBatch(db, job.target, { state: 'failed', error: storable(reason).slice(0, 2000) });
      throw new Error(storable(reason).slice(0, 2000));
    }
  }
}
