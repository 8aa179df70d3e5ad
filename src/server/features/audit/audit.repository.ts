import { and, count, desc, eq, gte, lte, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditEntry, AuditQuery } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { auditEntries } from '../../db/schema';

export type NewAuditEntry = typeof auditEntries.$inferInsert;

export async function insertAuditEntry(db: DbOrTx, entry: NewAuditEntry) {
  await db.insert(auditEntries).values(entry);
}

export async function listAuditEntries(db: DbOrTx, q: z.output<typeof AuditQuery>) {
  const where = and(
    q.entityType ? eq(auditEntries.entityType, q.entityType) : undefined,
    q.entityId ? eq(auditEntries.entityId, q.entityId) : undefined,
    q.actor ? or(eq(auditEntries.actorId, q.actor), eq(auditEntries.actor, q.actor.toLowerCase())) : undefined,
    q.from ? gte(auditEntries.at, new Date(q.from)) : undefined,
    q.to ? lte(auditEntries.at, new Date(q.to)) : undefined,
  );
  const rows = await db
    .select()
    .from(auditEntries)
    .where(where)
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(auditEntries).where(where);
  return { items: rows.map(toEntry), total: total?.n ?? 0 };
}

function toEntry(row: typeof auditEntries.$inferSelect): AuditEntry {
  return { ...row, id: String(row.id), at: row.at.toISOString() };
}
