import { Argument, Command, Option } from 'commander';
import { exportDatabase } from '../../server/features/transfer/transfer.service';
import { withDatabase, writeOutput } from '../database-session';
import { action, CliError } from '../fail';
import { exportIatiFile } from './iati';

export function exportCommand(): Command {
  return new Command('export')
    .description('Write the whole database as one JSON document, or (`export iati`) projects as IATI 2.03 XML')
    .addArgument(new Argument('[target]', 'iati: cooperation projects as an IATI activity file').choices(['iati']))
    .addOption(new Option('--format <format>', 'output format').choices(['json']).default('json'))
    .option('--project <id...>', 'with iati: only these projects (default: all)')
    .option('--strict', 'with iati: refuse the export when a project cannot be carried, instead of leaving it out (exit status 2)')
    .option('--organisation', "with iati: the reporting organisation's iati-organisations file instead")
    .option('--out <file>', 'write to this file instead of stdout')
    .action(
      action(async (target: 'iati' | undefined, options: { format: 'json'; project?: string[]; out?: string; strict?: boolean; organisation?: boolean }) => {
        if (target === 'iati') return exportIatiFile(options);
        if (options.project || options.strict || options.organisation) throw new CliError('--project, --strict and --organisation go with `ctb export iati`');
        await withDatabase(async ({ db }) => {
          const document = await exportDatabase(db);
          await writeOutput(`${JSON.stringify(document, null, 2)}\n`, options.out);
        });
      }),
    );
}
