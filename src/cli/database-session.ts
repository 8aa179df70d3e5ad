import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../server/config';
import { type Database, openDatabase } from '../server/db/open-database';
import { CliError } from './fail';

/**
 * Opens the configured database (taking the data-directory lock), migrates it, runs `work`, closes it.
 * Only commands that make a database (`migrate`, `seed`, `restore`, `demo generate`, and `users create`,
 * the first step on a new installation) pass
 * `{ create: true }`; the others refuse an embedded data directory that holds no database, naming
 * it, rather than answer from a new empty one (a mistyped DATA_DIR).
 */
export async function withDatabase<T>(work: (database: Database) => Promise<T>, options: { create?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  if (!config.databaseUrl && !options.create && !existsSync(join(config.dataDir, 'pgdata', 'PG_VERSION'))) {
    throw new CliError(
      `no database in ${config.dataDir} (DATA_DIR): start the server once or run \`ctb migrate\` to create one there, or set DATA_DIR to the directory that holds it`,
    );
  }
  const database = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Writes text to a file or, without one, to stdout. */
export async function writeOutput(text: string, file: string | undefined): Promise<void> {
  if (file) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, text);
  } else {
    process.stdout.write(text);
  }
}
