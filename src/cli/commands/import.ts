import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { importDatabase } from '../../server/features/transfer/transfer.service';
import { withDatabase } from '../database-session';
import { action, CliError } from '../fail';

export function importCommand(): Command {
  return new Command('import')
    .description('Import a JSON document written by `ctb export`: validated first, all or nothing')
    .argument('<file>', 'the JSON document')
    .option('--dry-run', 'validate and show what would change, write nothing')
    .action(
      action(async (file: string, options: { dryRun?: boolean }) => {
        const document = await readJson(file);
        await withDatabase(async ({ db }) => {
          const summary = await importDatabase(db, document, { dryRun: options.dryRun });
          const verb = options.dryRun ? 'would import' : 'imported';
          for (const [what, n] of Object.entries(summary)) {
            process.stderr.write(`${verb} ${what}: ${n.created} new, ${n.updated} replaced\n`);
          }
        });
      }),
    );
}

export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}
