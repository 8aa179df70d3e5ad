import { Command } from 'commander';
import { systemActor } from '../../server/actor';
import { restoreBackup } from '../../server/features/transfer/backup.service';
import { withDatabase } from '../database-session';
import { action } from '../fail';
import { readBackup } from './backup';

export function restoreCommand(): Command {
  return new Command('restore')
    .description('Restore a backup written by `ctb backup` (all or nothing); migrations run first')
    .argument('<dir>', 'the backup directory')
    .option('--force', 'replace the contents of a non-empty database')
    .action(
      action(async (dir: string, options: { force?: boolean }) => {
        const backup = await readBackup(dir);
        await withDatabase(
          async ({ db }) => {
            const summary = await restoreBackup(db, systemActor('cli restore'), backup, { force: options.force });
            const rows = Object.values(summary.tables).reduce((sum, n) => sum + n, 0);
            process.stderr.write(`restored ${rows} rows into ${Object.keys(summary.tables).length} tables from ${dir}\n`);
            if (summary.skipped.length > 0) {
              process.stderr.write(`not in this version of the schema, so not restored: ${summary.skipped.join(', ')}\n`);
            }
          },
          { create: true },
        );
      }),
    );
}
