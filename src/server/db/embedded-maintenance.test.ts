import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../../../test/test-db';
import type { Database } from './open-database';
import { rowsOf } from './rows';
import { maintainEmbeddedDatabase } from './embedded-maintenance';

const catalogueOf = async (database: Database, table: string) => {
  const [row] = rowsOf<{ reltuples: number; relallvisible: number }>(
    await database.db.execute(sql`select reltuples, relallvisible from pg_class where relname = ${table}`),
  );
  return { estimatedRows: Number(row!.reltuples), allVisiblePages: Number(row!.relallvisible) };
};

describe.skipIf(testDatabaseKind === 'postgres')('maintenance of the embedded database', () => {
  let database: Database | undefined;
  afterEach(() => database?.close());

  it('gives the planner the size of a table it has never analysed, and marks its pages all-visible for index-only scans', async () => {
    database = await createTestDatabase();
    await database.db.execute(sql`create table sample_rows (n int)`);
    await database.db.execute(sql`insert into sample_rows select generate_series(1, 5000)`);
    // PostgreSQL marks a table that was never vacuumed or analysed with -1: the planner guesses.
    expect(await catalogueOf(database, 'sample_rows')).toEqual({ estimatedRows: -1, allVisiblePages: 0 });
    await maintainEmbeddedDatabase(database);
    const after = await catalogueOf(database, 'sample_rows');
    expect(after.estimatedRows).toBe(5000);
    expect(after.allVisiblePages).toBeGreaterThan(0);
  });
});
