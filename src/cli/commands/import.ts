import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { systemActor } from '../../server/actor';
import { importDatabase } from '../../server/features/transfer/transfer.service';
import { withDatabase } from '../database-session';
import { action, CliError } from '../fail';
import { importIatiFile } from './iati';

export function importCommand(): Command {
  return new Command('import')
    .description('Import a JSON document written by `ctb export`, or (`import iati FILE`) an IATI activity file: validated first, all or nothing')
    .argument('<file>', 'the JSON document, or `iati` followed by the IATI XML file')
    .argument('[iatiFile]', 'with iati: the IATI activity file')
    .option('--dry-run', 'validate and show what would change, write nothing')
    .option('--replace', 'with iati: replace projects with the same IATI identifier')
    .action(
      action(async (first: string, iatiFile: string | undefined, options: { dryRun?: boolean; replace?: boolean }) => {
        if (iatiFile !== undefined) {
          if (first !== 'iati') throw new CliError(`unknown import format "${first}": use \`ctb import FILE\` or \`ctb import iati FILE\``);
          return importIatiFile(iatiFile, options);
        }
        const file = first;
        const document = await readJson(file);
        await withDatabase(async ({ db }) => {
          const summary = await importDatabase(db, document, { dryRun: options.dryRun, actor: systemActor('cli import') });
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
