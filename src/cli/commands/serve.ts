import { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/main';
import { action } from '../fail';

export function serveCommand(): Command {
  return new Command('serve').description('Run the platform (API and web app); PORT, DATA_DIR, DATABASE_URL configure it').action(
    action(async () => {
      const server = await startServer(loadConfig());
      process.stderr.write(`Cleantech Bridge is running at ${server.url}\n`);
      const shutdown = (signal: string) => {
        process.stderr.write(`${signal} received: finishing requests and closing the database…\n`);
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(error);
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    }),
  );
}
