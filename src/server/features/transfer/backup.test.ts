import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHeaders } from '../../../../test/accounts';
import { createTestApp, type TestApp } from '../../../../test/test-app';
import { connectAdmin, withDatabaseName } from '../../../../test/global-setup';
import { systemActor } from '../../actor';
import { jobHandlers } from '../../app';
import { type Database, openDatabase } from '../../db/open-database';
import { rowsOf } from '../../db/rows';
import { drainJobs } from '../jobs/jobs.service';
import { backupTables, restoreBackup, takeBackup, TRANSIENT_TABLES } from './backup.service';
import { buildCast } from '../../../../test/factories';

let source: TestApp;
let pm: AuthHeaders;
let member: AuthHeaders;

/** An empty, migrated PGlite database in memory (no demo data). */
async function emptyPglite(): Promise<Database> {
  const database = await openDatabase({ pglite: new PGlite() });
  await database.migrate();
  return database;
}

/** Every backed-up table's rows, as PostgreSQL prints them (so both engines compare as text). */
async function contents(database: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of backupTables()) {
    const [row] = rowsOf<{ rows: string }>(
      await database.db.execute(sql`select coalesce(json_agg(t order by t::text), '[]')::text as rows from ${sql.identifier(table.name)} t`),
    );
    out[table.name] = row!.rows;
  }
  return out;
}

/** Without the entry the restore itself adds to the audit trail. */
async function contentsBeforeRestore(database: Database) {
  await database.db.execute(sql`delete from audit_entries where entity_type = 'database' and action = 'restore'`);
  return contents(database);
}

beforeAll(async () => {
  source = await createTestApp();
  const cast = await buildCast(source);
  pm = cast.headers['programme-manager'];
  member = cast.headers['member-a'];
  const call = async (method: 'POST' | 'PUT', url: string, payload: object, headers = pm) => {
    const res = await source.app.inject({ method, url, payload, headers });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  await call(
    'PUT',
    `/api/organisations/${cast.organisations.a.id}/profile`,
    { sectors: ['water'], languages: ['en', 'nl'], size: 'small', references: [], contacts: [] },
    member,
  );
  // Matches, one moved along the pipeline.
  await drainJobs(source.database.db, jobHandlers);
  const [match] = rowsOf<{ id: string }>(await source.database.db.execute(sql`select id::text from matches order by id limit 1`));
  await call('PUT', `/api/matches/${match!.id}`, { status: 'shortlisted', note: 'worth a call' });
  // An event with two registrations and a scheduled meeting.
  const slot = (i: number) => ({ id: `s${i}`, start: `2030-05-12T1${i}:00:00Z`, end: `2030-05-12T1${i}:25:00Z` });
  await call('POST', '/api/events', { id: 'backup-fair', title: 'Backup fair', languages: ['en'], slots: [slot(0), slot(1)], tables: 2 });
  const registration = (organisationId: string, name: string) =>
    call('POST', '/api/events/backup-fair/registrations', { organisationId, delegateName: name, delegateEmail: `${name}@example.org`, languages: ['en'] });
  const a = await registration(cast.organisations.a.id, 'ann');
  const b = await registration(cast.organisations.b.id, 'bob');
  const request = await call('POST', '/api/events/backup-fair/requests', { from: a.id, to: [b.id], priority: 'must-meet' });
  await call('POST', `/api/events/backup-fair/requests/${request.id}/response`, { registrationId: b.id, answer: 'accept' });
  await call('POST', '/api/events/backup-fair/schedule', { timeLimitSeconds: 1 });
}, 120_000);
afterAll(() => source.close());

describe('complete backups (ctb backup / ctb restore)', () => {
  it('covers every table of the schema but the transient ones, parents before children', () => {
    const names = backupTables().map((t) => t.name);
    for (const table of [
      'users',
      'organisations',
      'organisation_profiles',
      'matches',
      'match_events',
      'projects',
      'events',
      'event_meetings',
      'audit_entries',
      'outbox',
    ]) {
      expect(names).toContain(table);
    }
    for (const table of TRANSIENT_TABLES) expect(names).not.toContain(table);
    for (const [child, parent] of [
      ['users', 'organisations'],
      ['twinnings', 'regions'],
      ['event_meetings', 'events'],
      ['matches', 'opportunities'],
    ]) {
      expect(names.indexOf(parent!)).toBeLessThan(names.indexOf(child!));
    }
  });

  it('restores into an empty PGlite database with identical contents, table by table', async () => {
    const backup = await takeBackup(source.database.db, source.database.kind);
    const counts = Object.fromEntries(backup.manifest.tables.map((t) => [t.name, t.rows]));
    for (const table of [
      'users',
      'organisations',
      'organisation_profiles',
      'matches',
      'match_events',
      'projects',
      'project_phases',
      'events',
      'event_registrations',
      'event_meetings',
      'meeting_requests',
      'audit_entries',
    ]) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
    const target = await emptyPglite();
    try {
      const summary = await restoreBackup(target.db, systemActor('test restore'), backup);
      expect(summary.skipped).toEqual([]);
      expect(await contentsBeforeRestore(target)).toEqual(await contents(source.database));
      // Sequences continue after the restored ids: a new audit entry gets a fresh id.
      await restoreBackup(target.db, systemActor('test restore'), backup, { force: true });
      const ids = rowsOf<{ n: number; distinct: number }>(
        await target.db.execute(sql`select count(*)::int as n, count(distinct id)::int as distinct from audit_entries`),
      );
      expect(ids[0]!.n).toBe(ids[0]!.distinct);
    } finally {
      await target.close();
    }
  });

  it('refuses a non-empty database without --force, and writes nothing when a table fails', async () => {
    const backup = await takeBackup(source.database.db, source.database.kind);
    await expect(restoreBackup(source.database.db, systemActor('test'), backup)).rejects.toThrow(/not empty .*refuses to overwrite it without --force/);
    const target = await emptyPglite();
    try {
      const broken = { ...backup, data: new Map(backup.data) };
      broken.data.set('event_meetings', '[{"id": "no-such-columns"}]');
      await expect(restoreBackup(target.db, systemActor('test'), broken)).rejects.toThrow();
      const left = rowsOf<{ n: number }>(await target.db.execute(sql`select count(*)::int as n from users`));
      expect(left[0]!.n).toBe(0);
    } finally {
      await target.close();
    }
  });

  it('restores into a newer schema: columns it gained take their defaults, ones it dropped are listed', async () => {
    const backup = await takeBackup(source.database.db, source.database.kind);
    const older = structuredClone(backup.manifest);
    const outbox = older.tables.find((t) => t.name === 'outbox')!;
    outbox.columns = outbox.columns.filter((c) => c !== 'attempts');
    outbox.columns.push('retired_column');
    const target = await emptyPglite();
    try {
      const summary = await restoreBackup(target.db, systemActor('test'), { manifest: older, data: backup.data });
      expect(summary.skipped).toEqual(['column outbox.retired_column']);
      const rows = rowsOf<{ attempts: number }>(await target.db.execute(sql`select attempts from outbox`));
      expect(rows.length).toBe(outbox.rows);
      expect(rows.every((r) => r.attempts === 0)).toBe(true);
    } finally {
      await target.close();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('restores a PGlite backup into PostgreSQL with identical contents', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `ctb_restore_${Date.now().toString(36)}`;
    const admin = await connectAdmin(url);
    await admin.query(`create database ${name}`);
    const target = await openDatabase({ databaseUrl: withDatabaseName(url, name) });
    // The source of this run may itself be PostgreSQL: go through an embedded copy first.
    const embedded = await emptyPglite();
    try {
      await target.migrate();
      await restoreBackup(embedded.db, systemActor('test restore'), await takeBackup(source.database.db, source.database.kind));
      await restoreBackup(target.db, systemActor('test restore'), await takeBackup(embedded.db, 'pglite'));
      expect(await contentsBeforeRestore(target)).toEqual(await contents(source.database));
    } finally {
      await embedded.close();
      await target.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
