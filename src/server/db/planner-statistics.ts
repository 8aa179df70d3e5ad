import { sql } from 'drizzle-orm';
import type { Database } from './open-database';

/**
 * Gathers the query planner's statistics on the embedded database. PostgreSQL's autovacuum
 * daemon does this on a server; PGlite runs no daemon, so without it the planner knows no table
 * sizes or value frequencies and guesses (a quarter of the rows for any equality), which at
 * 100,000 organisations picks whole-table scans where an index answers in a millisecond. Run at
 * start (about 1.5 s at 100,000 organisations) and after bulk writes such as `ctb demo generate`.
 */
export async function refreshPlannerStatistics(database: Pick<Database, 'db' | 'kind'>): Promise<void> {
  if (database.kind === 'pglite') await database.db.execute(sql`analyze`);
}
