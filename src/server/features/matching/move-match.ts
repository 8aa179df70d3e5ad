import type { z } from 'zod';
import { ErrorCode, type MatchBulkStatus, type MatchStatus, type MatchUpdate } from '../../../shared/api';
import { type Actor, actorLabel, managesProgramme } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { forbidden, invalid, notFound, unknownReference } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { getMatch } from './matching-views';
import * as repo from './matching.repository';

/** A programme manager moves a match along the pipeline; the change is kept in its history. */
export async function updateMatch(db: Db, actor: Actor, id: string, input: z.output<typeof MatchUpdate>) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins change the status of matches');
  await db.transaction((tx) => moveMatch(tx, actor, id, input.status, input.note));
  return getMatch(db, actor, id, 'en');
}

/**
 * Moves a match to `status` inside the caller's transaction, with its history and audit entry;
 * the note is kept when `note` is undefined. The caller has checked that the actor may.
 * (The follow-up loop moves matches too: interest, meeting feedback, agreements.)
 */
export async function moveMatch(tx: DbOrTx, actor: Actor, id: string, status: MatchStatus, note?: string | null) {
  const before = await repo.findMatch(tx, id);
  if (!before) throw notFound('Match', id);
  const kept = note === undefined ? before.m.note : note;
  await repo.setStatus(tx, id, { status, note: kept, by: actorLabel(actor) });
  await repo.insertEvent(tx, { matchId: id, fromStatus: before.m.status, toStatus: status, note: kept, actor: actorLabel(actor) });
  await recordAudit(tx, actor, {
    entityType: 'match',
    entityId: id,
    action: 'update',
    before: { status: before.m.status, note: before.m.note },
    after: { status, note: kept },
  });
}

/** The match of an opportunity and an organisation; made (unranked, not current) when the engine never proposed it. */
export async function ensureMatch(tx: DbOrTx, opportunityId: string, organisationId: string) {
  await repo.insertUnrankedMatch(tx, opportunityId, organisationId);
  const [row] = await repo.listMatches(tx, { opportunityId, organisationId }, 1);
  if (!row) throw notFound('Match', `${opportunityId}/${organisationId}`);
  return { id: row.m.id, status: row.m.status, organisationId, opportunityId, regionId: row.regionId };
}

/**
 * Several matches moved to one status in one transaction, each exactly as a single change
 * (history, audit: `moveMatch`). An id that is no match refuses the whole change, naming it.
 */
export async function bulkMoveMatches(db: Db, actor: Actor, input: z.output<typeof MatchBulkStatus>) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins change the status of matches');
  const ids = [...new Set(input.ids)];
  await db.transaction(async (tx) => {
    const existing = await repo.existingMatchIds(tx, ids);
    const unknown = input.ids.map((id, i) => ({ id, i })).filter(({ id }) => !existing.has(id));
    if (unknown.length) throw invalid(unknown.map(({ id, i }) => unknownReference(`ids.${i}`, 'Match', id)));
    for (const id of ids) await moveMatch(tx, actor, id, input.status, input.note);
  });
  return { updated: ids.length };
}
