import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '../src/server/db/open-database';
import { seedDemoOnce } from '../src/server/db/seed/seed-demo';

/**
 * The database a benchmark measures, migrated and with the demo seeded: embedded PGlite in a
 * temporary directory (removed by close), or the one at DATABASE_URL, used as it is.
 */
export async function openBenchDatabase(): Promise<{ database: Database; close: () => Promise<void> }> {
  const dir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'ctb-bench-'));
  const database = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: dir! });
  const close = async () => {
    await database.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await database.migrate();
    await seedDemoOnce(database.db);
  } catch (error) {
    await close();
    throw error;
  }
  return { database, close };
}
