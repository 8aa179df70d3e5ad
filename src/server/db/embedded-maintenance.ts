import { sql } from 'drizzle-orm';
import type { Database } from './open-database';

/**
 * What PostgreSQL's autovacuum daemon does on a server, for the embedded database, which runs
 * no daemon: `VACUUM (ANALYZE)`. Without it PGlite's planner knows no table sizes or value
 * frequencies and guesses (a quarter of the rows for any equality), which at 100,000
 * organisations picks whole-table scans where an index answers in a millisecond; and no page is
 * ever marked all-visible, so a count over an index still reads every row's page. Run before the
 * server listens (about 5–10 s at 100,000 organisations, next to nothing for a programme's data),
 * so whatever a command such as `ctb demo generate` wrote before is covered at the next start.
 * A no-op on PostgreSQL.
 */
export async function maintainEmbeddedDatabase(database: Pick<Database, 'db' | 'kind'>): Promise<void> {
  if (database.kind === 'pglite') await database.db.execute(sql`vacuum (analyze)`);
}
