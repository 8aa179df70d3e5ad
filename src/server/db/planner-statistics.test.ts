import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../../../test/test-db';
import type { Database } from './open-database';
import { rowsOf } from './rows';
import { refreshPlannerStatistics } from './planner-statistics';

const estimatedRows = async (database: Database, table: string) =>
  Number(rowsOf<{ reltuples: number }>(await database.db.execute(sql`select reltuples from pg_class where relname = ${table}`))[0]!.reltuples);

describe.skipIf(testDatabaseKind === 'postgres')('planner statistics on the embedded database', () => {
  let database: Database | undefined;
  afterEach(() => database?.close());

  it('gives the planner the size of a table it has never analysed', async () => {
    database = await createTestDatabase();
    await database.db.execute(sql`create table sample_rows (n int)`);
    await database.db.execute(sql`insert into sample_rows select generate_series(1, 5000)`);
    // PostgreSQL marks a table that was never vacuumed or analysed with -1: the planner guesses.
    expect(await estimatedRows(database, 'sample_rows')).toBe(-1);
    await refreshPlannerStatistics(database);
    expect(await estimatedRows(database, 'sample_rows')).toBe(5000);
  });
});
