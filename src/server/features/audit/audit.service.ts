import type { z } from 'zod';
import type { AuditQuery } from '../../../shared/api';
import { type Actor, actorLabel } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import * as repo from './audit.repository';

export type AuditAction = 'create' | 'update' | 'delete' | 'import' | string;

/**
 * Records one write. Call it with the transaction of the write itself, so that the entry and
 * the change commit together or not at all.
 */
export async function recordAudit(
  tx: DbOrTx,
  actor: Actor,
  entry: { entityType: string; entityId: string; action: AuditAction; before?: unknown; after?: unknown },
): Promise<void> {
  await repo.insertAuditEntry(tx, {
    actorId: actor.kind === 'user' ? actor.id : null,
    actor: actorLabel(actor),
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: toJson(entry.before),
    after: toJson(entry.after),
  });
}

export async function listAudit(db: Db, query: z.output<typeof AuditQuery>) {
  const { items, total } = await repo.listAuditEntries(db, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Plain JSON (dates as ISO strings, undefined dropped); null when there is no value. */
function toJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
