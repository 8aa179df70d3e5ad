import { join } from 'node:path';
import { Command } from 'commander';
import { systemActor } from '../../server/actor';
import { isDatabaseEmpty, parseExport, replaceDatabase } from '../../server/features/transfer/transfer.service';
import { withDatabase } from '../database-session';
import { action, CliError } from '../fail';
import { readJson } from './import';

export function restoreCommand(): Command {
  return new Command('restore')
    .description('Restore a backup written by `ctb backup` into an empty database')
    .argument('<dir>', 'the backup directory')
    .option('--force', 'replace the data of a non-empty database')
    .action(
      action(async (dir: string, options: { force?: boolean }) => {
        const manifest = (await readJson(join(dir, 'manifest.json'))) as { format?: string };
        if (manifest.format !== 'cleantech-bridge-backup') throw new CliError(`${dir} holds no Cleantech Bridge backup`);
        const document = parseExport(await readJson(join(dir, 'data.json')));
        await withDatabase(async ({ db }) => {
          if (!options.force && !(await isDatabaseEmpty(db))) {
            throw new CliError('The database is not empty; restore refuses to overwrite it without --force.');
          }
          const summary = await replaceDatabase(db, systemActor('cli restore'), document);
          process.stderr.write(`restored: ${JSON.stringify(summary)}\n`);
        });
      }),
    );
}
