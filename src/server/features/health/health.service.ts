import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, migrationsFolder } from '../../db/open-database';

/** True when the database answers a trivial query. */
export async function databaseAnswers(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/** The newest migration this code ships (drizzle records each applied one by this timestamp). */
function newestShippedMigration(): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((e) => e.when));
}

/** True when the database has every migration of this code (another instance may be migrating it). */
async function migrationsCurrent(db: Db): Promise<boolean> {
  try {
    const result = await db.execute(sql`select max(created_at) as newest from drizzle.__drizzle_migrations`);
    const rows = (result as { rows?: { newest: unknown }[] }).rows ?? (result as unknown as { newest: unknown }[]);
    return Number(rows[0]?.newest ?? 0) >= newestShippedMigration();
  } catch {
    return false;
  }
}

export type CheckState = 'ok' | 'failing';
export type Readiness = { ready: boolean; checks: { database: CheckState; migrations: CheckState; jobWorker: CheckState } };

/**
 * Whether this instance should receive traffic: the database answers, its schema is the one this
 * code expects, and the background worker (matching, imports) runs in this process.
 */
export async function readiness(db: Db, jobWorkerRunning: () => boolean): Promise<Readiness> {
  const database = await databaseAnswers(db);
  const migrations = database && (await migrationsCurrent(db));
  const jobWorker = jobWorkerRunning();
  const state = (ok: boolean): CheckState => (ok ? 'ok' : 'failing');
  return {
    ready: database && migrations && jobWorker,
    checks: { database: state(database), migrations: state(migrations), jobWorker: state(jobWorker) },
  };
}
