import { Command } from 'commander';
import { withDatabase } from '../database-session';
import { action } from '../fail';

export function migrateCommand(): Command {
  return new Command('migrate').description('Bring the database schema up to date').action(
    action(async () => {
      await withDatabase(
        async (database) => {
          process.stderr.write(`migrated ${database.kind} database at ${database.location}\n`);
        },
        { create: true },
      );
    }),
  );
}
