import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { type Backup, type BackupManifest, takeBackup } from '../../server/features/transfer/backup.service';
import { withDatabase } from '../database-session';
import { action, CliError } from '../fail';
import { readJson } from './import';

/**
 * A backup directory: manifest.json (format, version, source, schema, rows and columns per
 * table) and tables/<table>.json (the rows). It restores into PGlite and PostgreSQL alike, and
 * into a newer schema (migrations run before the restore).
 */
export function backupCommand(): Command {
  return new Command('backup')
    .description('Write a complete backup of the database (every table) into a directory')
    .argument('<dir>', 'target directory (created if missing)')
    .action(
      action(async (dir: string) => {
        await withDatabase(async ({ db, kind }) => {
          const backup = await takeBackup(db, kind);
          await writeBackup(dir, backup);
          const rows = backup.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
          process.stderr.write(`backup written to ${dir}: ${backup.manifest.tables.length} tables, ${rows} rows\n`);
        });
      }),
    );
}

/**
 * A backup holds password and token hashes, e-mail addresses and confidential fields: its files
 * are for the owner only (0600, directories 0700), whatever the umask and whatever was there.
 */
async function writeBackup(dir: string, { manifest, data }: Backup): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const tables = join(dir, 'tables');
  await mkdir(tables, { recursive: true, mode: 0o700 });
  await chmod(tables, 0o700);
  for (const [table, rows] of data) await writePrivate(join(tables, `${table}.json`), rows);
  // The manifest last: a directory without one is an unfinished backup.
  await writePrivate(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

async function writePrivate(file: string, content: string): Promise<void> {
  await writeFile(file, content, { mode: 0o600 });
  await chmod(file, 0o600); // an existing file keeps its mode on writeFile
}

export async function readBackup(dir: string): Promise<Backup> {
  const manifest = (await readJson(join(dir, 'manifest.json'))) as BackupManifest;
  const data = new Map<string, string>();
  for (const table of Array.isArray(manifest.tables) ? manifest.tables : []) {
    data.set(table.name, await read(join(dir, 'tables', `${table.name}.json`)));
  }
  return { manifest, data };
}

async function read(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}
