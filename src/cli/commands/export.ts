import { Command, Option } from 'commander';
import { exportDatabase } from '../../server/features/transfer/transfer.service';
import { withDatabase, writeOutput } from '../database-session';
import { action } from '../fail';

export function exportCommand(): Command {
  return new Command('export')
    .description('Write the whole database as one JSON document')
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .option('--out <file>', 'write to this file instead of stdout')
    .action(
      action(async (options: { format: 'json'; out?: string }) => {
        await withDatabase(async ({ db }) => {
          const document = await exportDatabase(db);
          await writeOutput(`${JSON.stringify(document, null, 2)}\n`, options.out);
        });
      }),
    );
}
