import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../src/server/db/open-database';
import { connectAdmin, withDatabaseName } from './global-setup';

export const testDatabaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/**
 * A fresh database holding the migrated schema and the demo data, cloned from the run's
 * template: PGlite in memory by default, a new PostgreSQL database when TEST_DATABASE_URL is set.
 * close() drops it.
 */
export async function createTestDatabase(): Promise<Database> {
  const template = inject('dbTemplate');
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `ctb_test_${randomBytes(6).toString('hex')}`;
    const admin = await connectAdmin(url);
    await admin.query(`create database ${name} template ${template}`);
    const database = await openDatabase({ databaseUrl: withDatabaseName(url, name) });
    return {
      ...database,
      async close() {
        await database.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dump = new Blob([await readFile(template)]);
  const pg = new PGlite({ loadDataDir: dump });
  return openDatabase({ pglite: pg });
}
