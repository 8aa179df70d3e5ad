import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
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
  /** The client pool's connections, when the driver reports them (node-postgres does; postgres.js and PGlite do not). */
  poolStats?: () => PoolStats;
  /** The embedded engine itself (backup/restore), when kind is 'pglite'. */
  pglite?: PGlite;
};

export const migrationsFolder = resolve(import.meta.dirname, 'migrations');

export type OpenOptions =
  | { databaseUrl: string; dataDir?: undefined; pglite?: undefined }
  | { databaseUrl?: undefined; dataDir: string; pglite?: undefined }
  /** An already opened PGlite (tests clone a migrated template in memory). */
  | { databaseUrl?: undefined; dataDir?: undefined; pglite: PGlite };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (options.pglite) return wrapPglite(options.pglite, 'memory', undefined);
  const dataDir = options.dataDir as string;
  const lock = lockDataDir(dataDir);
  try {
    const pg = new PGlite({ dataDir: join(dataDir, 'pgdata') });
    await pg.waitReady;
    return wrapPglite(pg, dataDir, lock);
  } catch (error) {
    lock.release();
    throw error;
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
      } finally {
        lock?.release();
      }
    },
  };
}

function openPostgres(url: string): Database {
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    location: url.replace(/\/\/[^@/]*@/, '//***@'),
    async migrate() {
      // An advisory lock so that several app instances starting together migrate once.
      const lockHolder = await client.reserve();
      try {
        await lockHolder`select pg_advisory_lock(7263001)`;
        await migratePostgres(drizzlePostgres(client), { migrationsFolder });
      } finally {
        await lockHolder`select pg_advisory_unlock(7263001)`;
        lockHolder.release();
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}
