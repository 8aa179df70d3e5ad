import { Command } from 'commander';

// The `ctb` command line. Each command lives in ./commands/<name>.ts and exports a
// factory returning a commander Command; this file only lists them.
const program = new Command('ctb')
  .description('Cleantech Bridge: cooperation programmes between European and Chinese regions')
  .showHelpAfterError();

// COMMANDS (one line each, keep alphabetical)

await program.parseAsync(process.argv);
