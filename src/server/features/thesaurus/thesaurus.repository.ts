import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { thesaurusOverrides } from '../../db/schema';

export type OverrideRow = typeof thesaurusOverrides.$inferSelect;

export function listOverrides(db: DbOrTx): Promise<OverrideRow[]> {
  return db.select().from(thesaurusOverrides).orderBy(asc(thesaurusOverrides.conceptId));
}

export async function findOverride(db: DbOrTx, conceptId: string): Promise<OverrideRow | undefined> {
  const [row] = await db.select().from(thesaurusOverrides).where(eq(thesaurusOverrides.conceptId, conceptId));
  return row;
}

export async function upsertOverride(db: DbOrTx, row: Omit<OverrideRow, 'updatedAt'>): Promise<void> {
  await db
    .insert(thesaurusOverrides)
    .values(row)
    .onConflictDoUpdate({
      target: thesaurusOverrides.conceptId,
      set: { labels: row.labels, broader: row.broader, updatedBy: row.updatedBy, updatedAt: new Date().toISOString() },
    });
}

export async function deleteOverride(db: DbOrTx, conceptId: string): Promise<boolean> {
  const rows = await db.delete(thesaurusOverrides).where(eq(thesaurusOverrides.conceptId, conceptId)).returning();
  return rows.length > 0;
}
