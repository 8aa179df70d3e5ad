import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import type { RegionDetail, RegionInput, RegionListQuery, RegionUpdate } from '../../../shared/api';
import { type Actor, type Viewer, seesMembersOnly } from '../../actor';
import type { Db } from '../../db/open-database';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { conflict, invalid, notFound, referenced, unknownReference } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { twinningRefsOf } from '../twinnings/twinnings.service';
import * as repo from './regions.repository';

export { findRegion, toRegion } from './regions.repository';

/** Opportunity counts include members-only opportunities for signed-in readers only. */
export async function listRegions(db: Db, viewer: Viewer, query: z.output<typeof RegionListQuery>) {
  const { items, total } = await repo.listRegions(db, query, { membersOnlyToo: seesMembersOnly(viewer) });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getRegion(db: Db, viewer: Viewer, id: string): Promise<RegionDetail> {
  const counting = { membersOnlyToo: seesMembersOnly(viewer) };
  const region = await repo.findRegion(db, id);
  if (!region) throw notFound('Region', id);
  const [children, twinnings, byTheme] = await Promise.all([
    repo.listChildren(db, id, counting),
    twinningRefsOf(db, id),
    repo.opportunitiesByTheme(db, id, counting),
  ]);
  return {
    ...region,
    children,
    twinnings,
    opportunitiesByTheme: byTheme as RegionDetail['opportunitiesByTheme'],
  };
}

export async function createRegion(db: Db, actor: Actor, input: z.output<typeof RegionInput>) {
  return db.transaction(async (tx) => {
    await checkParent(tx, input.id, input.parentId);
    let created;
    try {
      created = await repo.insertRegion(tx, input);
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation)
        throw conflict(ErrorCode.alreadyExists, `A region with id "${input.id}" already exists`, { id: input.id });
      throw error;
    }
    await recordAudit(tx, actor, { entityType: 'region', entityId: created.id, action: 'create', after: created });
    return created;
  });
}

export async function updateRegion(db: Db, actor: Actor, id: string, input: z.output<typeof RegionUpdate>) {
  return db.transaction(async (tx) => {
    const before = await repo.findRegion(tx, id);
    if (!before) throw notFound('Region', id);
    await checkParent(tx, id, input.parentId);
    const region = await repo.updateRegion(tx, id, input);
    if (!region) throw notFound('Region', id);
    await recordAudit(tx, actor, { entityType: 'region', entityId: id, action: 'update', before, after: region });
    return region;
  });
}

export async function deleteRegion(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await repo.findRegion(tx, id);
    if (!before) throw notFound('Region', id);
    const uses = await repo.regionDependents(tx, id);
    const blocking = Object.entries(uses).filter(([, n]) => n > 0);
    if (blocking.length > 0) {
      throw referenced(`Region "${id}" is still referred to by ${blocking.map(([what, n]) => `${n} ${what}`).join(', ')}; remove those first`);
    }
    if (!(await repo.deleteRegion(tx, id))) throw notFound('Region', id);
    await recordAudit(tx, actor, { entityType: 'region', entityId: id, action: 'delete', before });
  });
}

/** A parent must exist and must not be the region itself or one of its descendants. */
async function checkParent(db: Parameters<typeof repo.findRegion>[0], id: string, parentId: string | null) {
  for (let current = parentId, depth = 0; current !== null; depth++) {
    if (current === id) throw invalid([{ path: 'parentId', message: 'a region cannot be its own ancestor' }]);
    const parent = await repo.findRegion(db, current);
    if (!parent) {
      throw invalid([unknownReference('parentId', 'region', current)]);
    }
    if (depth > 10) break;
    current = parent.parentId;
  }
}
