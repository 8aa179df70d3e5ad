import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import type { AuditQuery, EntityHistoryParams, EntityHistoryQuery } from '../../../shared/api';
import { type Actor, type Viewer, actorLabel, isAdmin } from '../../actor';
import { actionText, actorText, changesText, dateTimeText, recordText } from '../../../shared/audit-format';
import { translatorFor } from '../../../shared/i18n/index';
import type { Db, DbOrTx } from '../../db/open-database';
import type { Table } from '../imports/tabular';
import { forbidden } from '../../errors';
import { type AuditFilter } from './audit.repository';
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

export async function listAudit(db: Db, query: AuditFilter) {
  const { items, total } = await repo.listAuditEntries(db, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Accounts' history names users, roles and tokens: admins only, like the rest of account management. */
const adminOnlyHistory = new Set(['user', 'api-token']);

/** One record's history, for the entity pages of programme managers and admins. */
export async function entityHistory(db: Db, viewer: Viewer, entity: z.output<typeof EntityHistoryParams>, page: z.output<typeof EntityHistoryQuery>) {
  if (adminOnlyHistory.has(entity.entityType) && !isAdmin(viewer)) {
    throw forbidden(ErrorCode.adminsOnly, `Only admins see the history of ${entity.entityType} records`);
  }
  return listAudit(db, { ...entity, ...page });
}

/** The most entries one export holds: narrow the filters for more. */
export const MAX_EXPORT_ROWS = 10_000;

/** The entries that match the filters as a table in the reader's language (for CSV and XLSX). */
export async function auditTable(db: Db, query: z.output<typeof AuditQuery>): Promise<Table> {
  const { items } = await repo.listAuditEntries(db, { ...query, page: 1, pageSize: MAX_EXPORT_ROWS });
  const t = await translatorFor(query.lang);
  const w = { t, lang: query.lang, timeZone: query.timeZone ?? 'UTC' };
  return {
    headers: [t('audit:page.when'), t('audit:page.actor'), t('audit:page.action'), t('audit:page.record'), t('audit:changes')],
    rows: items.map((e) => [dateTimeText(e.at, w), actorText(e, w), actionText(e.action, w), recordText(e, w), changesText(e, w)]),
  };
}

/** Plain JSON (dates as ISO strings, undefined dropped); null when there is no value. */
function toJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
