import { Command } from 'commander';
import { backupCommand } from './commands/backup';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { iatiCommand } from './commands/iati-validate';
import { importCommand } from './commands/import';
import { matchCommand } from './commands/match';
import { migrateCommand } from './commands/migrate';
import { restoreCommand } from './commands/restore';
import { scheduleCommand } from './commands/schedule';
import { seedCommand } from './commands/seed';
import { serveCommand } from './commands/serve';
import { usersCommand } from './commands/users';

// The `ctb` command line. Each command lives in ./commands/<name>.ts and exports a
// factory returning a commander Command; this file only lists them.
const program = new Command('ctb').description('Cleantech Bridge: cooperation programmes between European and Chinese regions').showHelpAfterError();

// COMMANDS (one line each, keep alphabetical)
program.addCommand(backupCommand());
program.addCommand(demoCommand());
program.addCommand(exportCommand());
program.addCommand(iatiCommand());
program.addCommand(importCommand());
program.addCommand(matchCommand());
program.addCommand(migrateCommand());
program.addCommand(restoreCommand());
program.addCommand(scheduleCommand());
program.addCommand(seedCommand());
program.addCommand(serveCommand());
program.addCommand(usersCommand());

await program.parseAsync(process.argv);
