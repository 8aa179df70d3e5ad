import { ErrorCode } from '../../../shared/api';
import { getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { rowsOf } from '../../db/rows';
import * as schema from '../../db/schema';
import { conflict, invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';

/**
 * A complete logical backup: every application table as JSON rows, written and read by
 * PostgreSQL itself (json_agg / json_populate_recordset), so that the rows come back with the
 * same types on PGlite and on PostgreSQL, and into a newer schema (see
 * docs/decisions/004-logical-backups.md).
 */
export const BACKUP_FORMAT = 'cleantech-bridge-backup';
export const BACKUP_VERSION = 2;

/**
 * Left out on purpose: sessions (a restore signs everyone out; a backup holds no live
 * credentials of browsers), sign-in failure counts (a throttle, not data), the job queue and the
 * directory's listing rows (database triggers fill both again as the restored rows are written).
 */
export const TRANSIENT_TABLES: ReadonlySet<string> = new Set(['sessions', 'login_failures', 'jobs', 'organisation_directory']);

type TableInfo = {
  name: string;
  /** Columns a restore writes: all but generated ones. */
  columns: string[];
  /** Columns referring to the table itself (regions.parent_id): written after all rows exist. */
  selfReferences: string[];
  primaryKey: string[];
  parents: string[];
};

/** The application's tables (the Drizzle schema), parents before children by their foreign keys. */
export function backupTables(): TableInfo[] {
  const tables = (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table): TableInfo => {
      const config = getTableConfig(table);
      const name = config.name;
      const parents = config.foreignKeys.map((fk) => getTableName(fk.reference().foreignTable));
      const selfReferences = config.foreignKeys
        .filter((fk) => getTableName(fk.reference().foreignTable) === name)
        .flatMap((fk) => fk.reference().columns.map((c) => c.name));
      const primaryKey = [...config.columns.filter((c) => c.primary).map((c) => c.name), ...config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name))];
      return {
        name,
        columns: config.columns.filter((c) => !c.generated).map((c) => c.name),
        selfReferences,
        primaryKey,
        parents: [...new Set(parents)].filter((p) => p !== name),
      };
    })
    .filter((t) => !TRANSIENT_TABLES.has(t.name));
  return parentsFirst(tables);
}

function parentsFirst(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (table: TableInfo) => {
    if (done.has(table.name)) return;
    if (visiting.has(table.name)) throw new Error(`foreign keys form a cycle through ${table.name}`);
    visiting.add(table.name);
    for (const parent of table.parents) {
      const p = byName.get(parent);
      if (p) visit(p);
    }
    visiting.delete(table.name);
    done.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table);
  return ordered;
}

export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  source: string;
  /** The last migration applied to the database the backup was taken from. */
  schema: string | null;
  /** Per table, in restore order: its rows and the columns they carry. */
  tables: { name: string; rows: number; columns: string[] }[];
};

export type Backup = { manifest: BackupManifest; data: Map<string, string> };

const ident = (name: string) => sql.identifier(name);

/** Reads every table in one transaction (a consistent snapshot on PostgreSQL). */
export async function takeBackup(db: Db, source: string, now = new Date()): Promise<Backup> {
  return db.transaction(async (tx) => {
    if (source === 'postgres') await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    const data = new Map<string, string>();
    const tables: BackupManifest['tables'] = [];
    for (const table of backupTables()) {
      // In key order, so that two backups of the same data are the same files.
      const order =
        table.primaryKey.length > 0
          ? sql` order by ${sql.join(
              table.primaryKey.map((c) => sql`t.${ident(c)}`),
              sql`, `,
            )}`
          : sql``;
      const [row] = rowsOf<{ rows: string; n: number }>(
        await tx.execute(sql`select coalesce(json_agg(t${order}), '[]'::json)::text as rows, count(*)::int as n
          from ${ident(table.name)} t`),
      );
      data.set(table.name, row?.rows ?? '[]');
      tables.push({ name: table.name, rows: row?.n ?? 0, columns: table.columns });
    }
    return {
      manifest: { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), source, schema: await lastMigration(tx), tables },
      data,
    };
  });
}

async function lastMigration(db: DbOrTx): Promise<string | null> {
  try {
    const [row] = rowsOf<{ hash: string; created_at: string }>(
      await db.execute(sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`),
    );
    return row ? `${row.created_at}:${row.hash.slice(0, 12)}` : null;
  } catch {
    return null;
  }
}

/** Tables of the backup that hold rows; a restore refuses to overwrite them without --force. */
export async function nonEmptyTables(db: DbOrTx): Promise<string[]> {
  const found: string[] = [];
  for (const table of backupTables()) {
    const rows = rowsOf(await db.execute(sql`select 1 from ${ident(table.name)} limit 1`));
    if (rows.length > 0) found.push(table.name);
  }
  return found;
}

export type RestoreSummary = { tables: Record<string, number>; skipped: string[] };

/**
 * Replaces the database's contents by the backup's, in one transaction: all or nothing. Tables
 * and columns the current schema no longer has are skipped (and listed); columns it gained take
 * their defaults. Identity sequences continue after the restored ids.
 */
export async function restoreBackup(db: Db, actor: Actor, backup: Backup, { force = false } = {}): Promise<RestoreSummary> {
  const manifest = checkManifest(backup.manifest);
  const target = new Map(backupTables().map((t) => [t.name, t]));
  const skipped = manifest.tables.filter((t) => !target.has(t.name)).map((t) => `table ${t.name}`);
  return db.transaction(async (tx) => {
    const occupied = await nonEmptyTables(tx);
    if (occupied.length > 0 && !force) {
      throw conflict(ErrorCode.databaseNotEmpty, `The database is not empty (${occupied.join(', ')}); restore refuses to overwrite it without --force.`, {
        tables: occupied,
      });
    }
    const all = [...target.keys(), ...TRANSIENT_TABLES];
    await tx.execute(sql`truncate ${sql.join(all.map(ident), sql`, `)} cascade`);
    const counts: Record<string, number> = {};
    const backupOrder = new Map(manifest.tables.map((t) => [t.name, t]));
    for (const table of target.values()) {
      const saved = backupOrder.get(table.name);
      if (!saved || saved.rows === 0) continue;
      const columns = table.columns.filter((c) => saved.columns.includes(c));
      skipped.push(...saved.columns.filter((c) => !table.columns.includes(c)).map((c) => `column ${table.name}.${c}`));
      const json = backup.data.get(table.name);
      if (json === undefined) throw invalid([{ path: table.name, message: 'the backup has no rows file for this table' }]);
      counts[table.name] = await insertRows(tx, table, columns, json);
      if (counts[table.name] !== saved.rows) {
        throw invalid([{ path: table.name, message: `the manifest counts ${saved.rows} rows, the file holds ${counts[table.name]}` }]);
      }
    }
    await resetSequences(tx);
    await recordAudit(tx, actor, {
      entityType: 'database',
      entityId: 'backup',
      action: 'restore',
      after: { createdAt: manifest.createdAt, source: manifest.source, tables: counts },
    });
    return { tables: counts, skipped };
  });
}

/** Inserts a table's rows from their JSON; self-references are set once every row exists. */
async function insertRows(tx: DbOrTx, table: TableInfo, columns: string[], json: string): Promise<number> {
  const rows = sql`json_populate_recordset(null::${ident(table.name)}, ${json}::json)`;
  const later = table.selfReferences.filter((c) => columns.includes(c));
  const list = (names: string[], prefix?: string) =>
    sql.join(
      names.map((c) => (prefix ? sql`${sql.raw(prefix)}.${ident(c)}` : ident(c))),
      sql`, `,
    );
  const values = columns.map((c) => (later.includes(c) ? sql`null` : sql`r.${ident(c)}`));
  const inserted = rowsOf(
    await tx.execute(sql`insert into ${ident(table.name)} (${list(columns)}) overriding system value
      select ${sql.join(values, sql`, `)} from ${rows} r returning 1`),
  ).length;
  if (later.length > 0) {
    const set = sql.join(
      later.map((c) => sql`${ident(c)} = r.${ident(c)}`),
      sql`, `,
    );
    const match = sql.join(
      table.primaryKey.map((c) => sql`t.${ident(c)} = r.${ident(c)}`),
      sql` and `,
    );
    await tx.execute(sql`update ${ident(table.name)} t set ${set} from ${rows} r where ${match}`);
  }
  return inserted;
}

/** serial / identity columns continue after the largest restored value. */
async function resetSequences(tx: DbOrTx) {
  const columns = rowsOf<{ table_name: string; column_name: string }>(
    await tx.execute(sql`select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and (column_default like 'nextval(%' or is_identity = 'YES')`),
  );
  for (const { table_name: table, column_name: column } of columns) {
    await tx.execute(sql`select setval(pg_get_serial_sequence(${table}, ${column}),
      coalesce((select max(${ident(column)}) from ${ident(table)}), 0) + 1, false)`);
  }
}

function checkManifest(manifest: unknown): BackupManifest {
  const m = manifest as { format?: unknown; version?: unknown; tables?: unknown } | null;
  if (m?.format !== BACKUP_FORMAT) throw invalid([{ path: 'manifest.format', message: `expected "${BACKUP_FORMAT}"` }]);
  if (m.version === 1) {
    throw invalid([{ path: 'manifest.version', message: 'a version 1 backup holds programme data only: load its data.json with `ctb import`' }]);
  }
  if (m.version !== BACKUP_VERSION || !Array.isArray(m.tables)) {
    throw invalid([{ path: 'manifest.version', message: `this version reads backups of version ${BACKUP_VERSION}` }]);
  }
  return m as unknown as BackupManifest;
}
