import { Command, InvalidArgumentError } from 'commander';
import { jobHandlers } from '../../server/app';
import { seedDemoOnce } from '../../server/db/seed/seed-demo';
import { generateDemoData } from '../../server/features/demo/demo.service';
import { drainJobs } from '../../server/features/jobs/jobs.service';
import { withDatabase } from '../database-session';
import { action } from '../fail';

function count(name: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number ≥ 0`);
    return n;
  };
}

export function demoCommand(): Command {
  const demo = new Command('demo').description('Synthetic programme data for trying the platform at scale');
  demo
    .command('generate')
    .description('Add N organisations, M opportunities and K matchmaking events with realistic nl/en/zh texts, then compute the matches')
    .requiredOption('--organisations <N>', 'organisations to add', count('--organisations'))
    .requiredOption('--opportunities <M>', 'opportunities to add', count('--opportunities'))
    .option('--events <K>', 'matchmaking events to add, with 30 registered delegates each', count('--events'), 0)
    .option('--seed <S>', 'another seed gives other data; the same seed adds nothing twice', count('--seed'), 1)
    .option('--no-match', 'leave the matching to the server’s background worker')
    .action(
      action(async (options: { organisations: number; opportunities: number; events: number; seed: number; match: boolean }) => {
        await withDatabase(
          async ({ db, kind, location }) => {
            // The generated opportunities belong to the demo programme's partner regions.
            await seedDemoOnce(db);
            const summary = await generateDemoData(db, options);
            process.stderr.write(`added to the ${kind} database at ${location}: ${JSON.stringify(summary)}\n`);
            if (options.match) {
              process.stderr.write('computing matches…\n');
              await drainJobs(db, jobHandlers);
              process.stderr.write('matches computed\n');
            }
          },
          { create: true },
        );
      }),
    );
  return demo;
}
