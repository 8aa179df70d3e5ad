import { asc, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { issueFromZod, DatabaseExport, type DatabaseExportInput, type ImportSummary, OpportunityInput, RegionInput, TwinningInput } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { opportunities, regions, twinnings } from '../../db/schema';
import { invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { opportunityRowValues } from '../opportunities/opportunities.service';
import { toRegion } from '../regions/regions.service';

type Parsed = z.output<typeof DatabaseExport>;

/** Everything, in an order that an import can replay (parents before children). */
export async function exportDatabase(db: DbOrTx, now: Date = new Date()): Promise<Parsed> {
  const regionRows = (await db.select().from(regions).orderBy(asc(regions.id))).map(toRegion);
  const twinningRows = await db.select().from(twinnings).orderBy(asc(twinnings.id));
  const opportunityRows = await db.select().from(opportunities).orderBy(asc(opportunities.id));
  return {
    format: 'cleantech-bridge',
    version: 1,
    exportedAt: now.toISOString(),
    regions: parentsFirst(regionRows).map((r) => RegionInput.parse(r)),
    twinnings: twinningRows.map((t) => TwinningInput.required({ id: true }).parse(t)),
    opportunities: opportunityRows.map((o) => OpportunityInput.required({ id: true }).parse(o)),
  };
}

/** Validates a whole document; every problem is reported with its JSON path. */
export function parseExport(document: unknown): Parsed {
  const parsed = DatabaseExport.safeParse(document);
  if (!parsed.success) {
    throw invalid(parsed.error.issues.map((i) => issueFromZod(i)));
  }
  const data = parsed.data;
  const regionIds = new Set(data.regions.map((r) => r.id));
  const issues: { path: string; message: string }[] = [];
  data.regions.forEach((r, i) => {
    if (r.parentId && !regionIds.has(r.parentId)) issues.push({ path: `regions.${i}.parentId`, message: `unknown region "${r.parentId}"` });
  });
  data.twinnings.forEach((t, i) => {
    for (const field of ['homeRegionId', 'partnerRegionId'] as const) {
      if (!regionIds.has(t[field])) issues.push({ path: `twinnings.${i}.${field}`, message: `unknown region "${t[field]}"` });
    }
  });
  data.opportunities.forEach((o, i) => {
    if (!regionIds.has(o.regionId)) issues.push({ path: `opportunities.${i}.regionId`, message: `unknown region "${o.regionId}"` });
  });
  if (issues.length > 0) throw invalid(issues);
  return data;
}

/**
 * Writes a validated document in one transaction: records are created or replaced by id,
 * nothing else is touched. With `dryRun` the transaction is rolled back: a preview.
 */
export async function importDatabase(
  db: Db,
  document: DatabaseExportInput | unknown,
  { dryRun = false, actor }: { dryRun?: boolean; actor: Actor },
): Promise<ImportSummary> {
  const data = parseExport(document);
  const summary = emptySummary();
  const rollback = new Error('dry run');
  try {
    await db.transaction(async (tx) => {
      await writeDocument(tx, actor, data, summary);
      if (dryRun) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return summary;
}

/**
 * Creates or replaces every record of a validated document, inside the caller's transaction.
 * Each record written gets an audit entry (action 'import') with its values before and after.
 */
export async function writeDocument(tx: DbOrTx, actor: Actor, data: Parsed, summary: ImportSummary = emptySummary()) {
  const write = { tx, actor };
  await writeRecords(
    write,
    { table: regions, entityType: 'region', auditView: toRegion },
    parentsFirst(data.regions),
    summary.regions,
    ({ location, ...rest }) => ({
      ...rest,
      lat: location?.lat ?? null,
      lon: location?.lon ?? null,
    }),
  );
  await writeRecords(write, { table: twinnings, entityType: 'twinning' }, data.twinnings, summary.twinnings, (t) => t);
  await writeRecords(
    write,
    { table: opportunities, entityType: 'opportunity', auditView: ({ searchVector: _v, ...rest }) => rest },
    data.opportunities,
    summary.opportunities,
    (o) => ({ ...opportunityRowValues(o), id: o.id }),
  );
  return summary;
}

type TableWithId = PgTable & { id: AnyPgColumn; updatedAt: AnyPgColumn };

/** One kind of record of the document: its table, and how a stored row appears in the audit trail. */
type RecordKind<T extends TableWithId> = { table: T; entityType: string; auditView?: (row: T['$inferSelect']) => unknown };

/** Creates or replaces records by id, counting them and recording each before → after. */
async function writeRecords<T extends TableWithId, R extends { id: string }>(
  { tx, actor }: { tx: DbOrTx; actor: Actor },
  kind: RecordKind<T>,
  records: readonly R[],
  counts: { created: number; updated: number },
  toRow: (record: R) => PgInsertValue<T>,
) {
  for (const record of records) {
    const row = { ...toRow(record), updatedAt: sql`now()` } as PgInsertValue<T>;
    const [before] = (await tx
      .select()
      .from(kind.table as PgTable)
      .where(eq(kind.table.id, record.id))) as T['$inferSelect'][];
    await tx
      .insert(kind.table)
      .values(row)
      .onConflictDoUpdate({ target: kind.table.id, set: row as PgUpdateSetSource<T> });
    tally(counts, before);
    const view = kind.auditView ?? ((stored: T['$inferSelect']) => stored);
    await recordAudit(tx, actor, { entityType: kind.entityType, entityId: record.id, action: 'import', before: before ? view(before) : null, after: record });
  }
}

const emptySummary = (): ImportSummary => ({
  regions: { created: 0, updated: 0 },
  twinnings: { created: 0, updated: 0 },
  opportunities: { created: 0, updated: 0 },
});

/** Counts a record as created or updated by whether it existed before the write. */
function tally(counts: { created: number; updated: number }, existing: unknown) {
  counts[existing === undefined ? 'created' : 'updated'] += 1;
}

function parentsFirst<T extends { id: string; parentId: string | null }>(items: T[]): T[] {
  const byId = new Map(items.map((r) => [r.id, r]));
  const depth = (r: T, seen = 0): number => {
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    return parent && seen < 10 ? 1 + depth(parent, seen + 1) : 0;
  };
  return [...items].sort((a, b) => depth(a) - depth(b) || a.id.localeCompare(b.id));
}

/** True when the database holds no programme data (restore refuses otherwise). */
export async function isDatabaseEmpty(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(regions);
  return (row?.n ?? 0) === 0;
}
