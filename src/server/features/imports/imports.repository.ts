import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { organisationRow } from '../organisations/organisations.service';
import { importBatches, importMappings, opportunities, organisationProfiles, organisations, regions } from '../../db/schema';

export type BatchRow = typeof importBatches.$inferSelect;

export async function insertBatch(db: DbOrTx, row: typeof importBatches.$inferInsert): Promise<void> {
  await db.insert(importBatches).values(row);
}

export async function findBatch(db: DbOrTx, id: string): Promise<BatchRow | undefined> {
  const [row] = await db.select().from(importBatches).where(eq(importBatches.id, id));
  return row;
}

/** The batch without its file (for status reads). */
export async function findBatchSummary(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: importBatches.id,
      kind: importBatches.kind,
      filename: importBatches.filename,
      format: importBatches.format,
      headers: importBatches.headers,
      mapping: importBatches.mapping,
      mappingReused: importBatches.mappingReused,
      state: importBatches.state,
      rowCount: importBatches.rowCount,
      problems: importBatches.problems,
      created: importBatches.created,
      error: importBatches.error,
      createdBy: importBatches.createdBy,
      createdAt: importBatches.createdAt,
      updatedAt: importBatches.updatedAt,
    })
    .from(importBatches)
    .where(eq(importBatches.id, id));
  return row;
}

export async function updateBatch(db: DbOrTx, id: string, values: Partial<Omit<BatchRow, 'id' | 'content'>>): Promise<void> {
  await db
    .update(importBatches)
    .set({ ...values, updatedAt: sql`now()` as unknown as string })
    .where(eq(importBatches.id, id));
}

export async function findMapping(db: DbOrTx, headerKey: string) {
  const [row] = await db.select().from(importMappings).where(eq(importMappings.headerKey, headerKey));
  return row?.mapping;
}

export async function saveMapping(db: DbOrTx, headerKey: string, mapping: Record<string, string>) {
  await db
    .insert(importMappings)
    .values({ headerKey, mapping })
    .onConflictDoUpdate({ target: importMappings.headerKey, set: { mapping, updatedAt: sql`now()` as unknown as string } });
}

export async function regionIds(db: DbOrTx): Promise<Set<string>> {
  return new Set((await db.select({ id: regions.id }).from(regions)).map((r) => r.id));
}

export async function existingIds(db: DbOrTx, kind: 'organisations' | 'opportunities', ids: string[]): Promise<Set<string>> {
  const table = kind === 'organisations' ? organisations : opportunities;
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    for (const r of await db.select({ id: table.id }).from(table).where(inArray(table.id, chunk))) found.add(r.id);
  }
  return found;
}

export async function insertOrganisations(tx: DbOrTx, rows: (typeof organisations.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(organisations).values(rows.slice(i, i + 1000).map(organisationRow));
}

export async function insertProfiles(tx: DbOrTx, rows: (typeof organisationProfiles.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(organisationProfiles).values(rows.slice(i, i + 1000));
}

export async function insertOpportunities(tx: DbOrTx, rows: (typeof opportunities.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(opportunities).values(rows.slice(i, i + 500));
}

/** Organisations with their profile, a page at a time (keyset), for the export; `ids`: only these. */
export function organisationsPage(db: DbOrTx, after: string, limit: number, ids?: readonly string[]) {
  return db
    .select({ o: organisations, p: organisationProfiles })
    .from(organisations)
    .leftJoin(organisationProfiles, eq(organisationProfiles.organisationId, organisations.id))
    .where(ids ? and(gt(organisations.id, after), inArray(organisations.id, [...ids])) : gt(organisations.id, after))
    .orderBy(asc(organisations.id))
    .limit(limit);
}

export function opportunitiesPage(db: DbOrTx, after: string, limit: number) {
  return db.select().from(opportunities).where(gt(opportunities.id, after)).orderBy(asc(opportunities.id)).limit(limit);
}
