import { Command } from 'commander';
import { systemActor } from '../../server/actor';
import { demoDocument, demoProjects } from '../../server/db/seed/seed-demo';
import { putDemoProject } from '../../server/features/projects/put-demo-project';
import { importDatabase, isDatabaseEmpty } from '../../server/features/transfer/transfer.service';
import { withDatabase } from '../database-session';
import { action, CliError } from '../fail';

export function seedCommand(): Command {
  return new Command('seed')
    .description('Load the demo programme (source documents 000 and 004) into an empty database')
    .option('--force', 'also into a database with data: demo records replace records with the same id')
    .action(
      action(async (options: { force?: boolean }) => {
        await withDatabase(
          async ({ db }) => {
            if (!options.force && !(await isDatabaseEmpty(db))) {
              throw new CliError('The database already holds data; use --force to load the demo records over it.');
            }
            const summary = await importDatabase(db, demoDocument(), { actor: systemActor('cli seed') });
            const projects = await db.transaction(async (tx) => {
              let n = 0;
              for (const p of demoProjects()) if (await putDemoProject(tx, systemActor('cli seed'), p, { replace: true })) n++;
              return n;
            });
            process.stderr.write(`demo data loaded: ${JSON.stringify({ ...summary, projects })}\n`);
          },
          { create: true },
        );
      }),
    );
}
