import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import type { TwinningInput, TwinningListQuery, TwinningUpdate } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { conflict, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { findRegion } from '../regions/regions.service';
import * as repo from './twinnings.repository';

export const twinningRefsOf = (db: DbOrTx, regionId: string) => repo.refsOf(db, regionId);

export async function listTwinnings(db: Db, q: z.output<typeof TwinningListQuery>) {
  const { items, total } = await repo.listTwinnings(db, q);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getTwinning(db: DbOrTx, id: string) {
  const twinning = await repo.findTwinning(db, id);
  if (!twinning) throw notFound('Twinning', id);
  return twinning;
}

export async function createTwinning(db: Db, actor: Actor, input: z.output<typeof TwinningInput>) {
  const id = input.id ?? `${input.homeRegionId}--${input.partnerRegionId}`;
  return db.transaction(async (tx) => {
    await checkSides(tx, input);
    if (await repo.findByPair(tx, input.homeRegionId, input.partnerRegionId)) {
      throw conflict(ErrorCode.alreadyTwinned, `${input.homeRegionId} and ${input.partnerRegionId} are already twinned`, {
        home: input.homeRegionId,
        partner: input.partnerRegionId,
      });
    }
    await repo.insertTwinning(tx, { ...input, id });
    const after = await getTwinning(tx, id);
    await recordAudit(tx, actor, { entityType: 'twinning', entityId: id, action: 'create', after });
    return after;
  });
}

export async function updateTwinning(db: Db, actor: Actor, id: string, input: z.output<typeof TwinningUpdate>) {
  return db.transaction(async (tx) => {
    const before = await repo.findTwinning(tx, id);
    if (!before) throw notFound('Twinning', id);
    await checkSides(tx, input);
    const existing = await repo.findByPair(tx, input.homeRegionId, input.partnerRegionId);
    if (existing && existing !== id) {
      throw conflict(ErrorCode.alreadyTwinned, `${input.homeRegionId} and ${input.partnerRegionId} are already twinned`, {
        home: input.homeRegionId,
        partner: input.partnerRegionId,
      });
    }
    if (!(await repo.updateTwinning(tx, id, input))) throw notFound('Twinning', id);
    const after = await getTwinning(tx, id);
    await recordAudit(tx, actor, { entityType: 'twinning', entityId: id, action: 'update', before, after });
    return after;
  });
}

export async function deleteTwinning(db: Db, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const before = await repo.findTwinning(tx, id);
    if (!before || !(await repo.deleteTwinning(tx, id))) throw notFound('Twinning', id);
    await recordAudit(tx, actor, { entityType: 'twinning', entityId: id, action: 'delete', before });
  });
}

/** A twinning joins a home-side region to a partner-side region. */
async function checkSides(db: DbOrTx, input: { homeRegionId: string; partnerRegionId: string }) {
  const issues: { path: string; message: string }[] = [];
  for (const [field, side] of [
    ['homeRegionId', 'home'],
    ['partnerRegionId', 'partner'],
  ] as const) {
    const region = await findRegion(db, input[field]);
    if (!region) issues.push({ path: field, message: `region "${input[field]}" does not exist` });
    else if (region.side !== side) issues.push({ path: field, message: `region "${region.id}" is not a ${side} region` });
  }
  if (issues.length > 0) throw invalid(issues);
}
