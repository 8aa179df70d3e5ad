import { loadConfig } from '../server/config';
import { type Database, openDatabase } from '../server/db/open-database';

/** Opens the configured database (taking the data-directory lock), migrates it, runs `work`, closes it. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
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
