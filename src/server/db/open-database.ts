import { chmodSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/** Connections of a database client pool (for /metrics). */
export type PoolStats = { total: number; idle: number; waiting: number };

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a directory or a redacted URL. */
  location: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The client pool's connections, when the driver reports them (node-postgres does; PGlite has none). */
  poolStats?: () => PoolStats;
  /** The embedded engine itself (backup/restore), when kind is 'pglite'. */
  pglite?: PGlite;
  /** PostgreSQL: how many queries wait for a free pooled connection (back-pressure, see app.ts). */
  waitingForConnection?: () => number;
};

/** PostgreSQL connection pool (config DATABASE_POOL_*); see docs/decisions/012. */
export type PoolSettings = {
  /** Connections per process. */
  max: number;
  /** A query waiting longer than this for a free connection fails (503). */
  connectionTimeoutMs: number;
  /** Idle connections are closed after this long. */
  idleTimeoutMs: number;
  /** Called with errors of connections that were lost while idle or between queries. */
  onConnectionError?: (error: Error) => void;
};

export const defaultPoolSettings: PoolSettings = { max: 10, connectionTimeoutMs: 5000, idleTimeoutMs: 30_000 };

export const migrationsFolder = resolve(import.meta.dirname, 'migrations');

export type OpenOptions =
  | { databaseUrl: string; dataDir?: undefined; pglite?: undefined; pool?: Partial<PoolSettings> }
  | { databaseUrl?: undefined; dataDir: string; pglite?: undefined }
  /** An already opened PGlite (tests clone a migrated template in memory). */
  | { databaseUrl?: undefined; dataDir?: undefined; pglite: PGlite };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, { ...defaultPoolSettings, ...options.pool });
  if (options.pglite) return wrapPglite(options.pglite, 'memory', undefined);
  const dataDir = options.dataDir as string;
  const lock = lockDataDir(dataDir);
  try {
    ownerOnly(dataDir);
    const pg = new PGlite({ dataDir: join(dataDir, 'pgdata') });
    await pg.waitReady;
    return wrapPglite(pg, dataDir, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * The files hold password hashes and confidential notes: directories 0700 and files 0600, from
 * `dir` down (issue 12 found 755/644). PGlite creates its files 0666 whatever the umask, so this
 * runs at open (tightening what an older version or a copy left) and at close; in between, the
 * 0700 data directory keeps others from reaching the new files.
 */
function ownerOnly(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) ownerOnly(path);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
}

function wrapPglite(pg: PGlite, location: string, lock: DataDirLock | undefined): Database {
  const db = drizzlePglite(pg, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    location,
    pglite: pg,
    migrate: () => migratePglite(drizzlePglite(pg), { migrationsFolder }),
    async close() {
      try {
        if (!pg.closed) {
          // A checkpoint flushes the WAL into the data files so the next start replays nothing.
          await pg.exec('CHECKPOINT');
          await pg.close();
        }
        if (lock) ownerOnly(location);
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * node-postgres rather than postgres.js: postgres.js crashed the process with an uncaught
 * TypeError when the server terminated its connections (docs/decisions/012). A connection lost
 * while idle in the pool, or while checked out between two queries of a transaction, emits
 * 'error' on the pool or the client; without a listener Node would end the process. The query
 * in flight fails instead (the app answers 503) and the pool opens a fresh connection next time.
 */
function openPostgres(url: string, settings: PoolSettings): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: settings.max,
    connectionTimeoutMillis: settings.connectionTimeoutMs,
    idleTimeoutMillis: settings.idleTimeoutMs,
    keepAlive: true,
  });
  const onError = (error: Error) => settings.onConnectionError?.(error);
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const db = drizzlePostgres(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    location: url.replace(/\/\/[^@/]*@/, '//***@'),
    async migrate() {
      // An advisory lock so that several app instances starting together migrate once.
      const lockHolder = await pool.connect();
      try {
        await lockHolder.query('select pg_advisory_lock(7263001)');
        await migratePostgres(drizzlePostgres(pool), { migrationsFolder });
        await lockHolder.query('select pg_advisory_unlock(7263001)');
        lockHolder.release();
      } catch (error) {
        // Closing the connection releases the advisory lock with it.
        lockHolder.release(true);
        throw error;
      }
    },
    close: () => pool.end(),
    waitingForConnection: () => pool.waitingCount,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}
