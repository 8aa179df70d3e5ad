import { and, count, desc, eq, gte, lte, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditQuery } from '../../../shared/api';
import type { DbOrTx } from '../../db/open-database';
import { auditEntries } from '../../db/schema';
import { readableEntries } from './audit.read-model';

export type NewAuditEntry = typeof auditEntries.$inferInsert;

export async function insertAuditEntry(db: DbOrTx, entry: NewAuditEntry) {
  await db.insert(auditEntries).values(entry);
}

export type AuditFilter = Pick<z.output<typeof AuditQuery>, 'entityType' | 'entityId' | 'actor' | 'action' | 'from' | 'to' | 'page' | 'pageSize'>;

export async function listAuditEntries(db: DbOrTx, q: AuditFilter) {
  const where = and(
    q.entityType ? eq(auditEntries.entityType, q.entityType) : undefined,
    q.entityId ? eq(auditEntries.entityId, q.entityId) : undefined,
    q.actor ? or(eq(auditEntries.actorId, q.actor), eq(auditEntries.actor, q.actor.toLowerCase())) : undefined,
    q.action ? eq(auditEntries.action, q.action) : undefined,
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
  return { items: await readableEntries(db, rows), total: total?.n ?? 0 };
}
