import { ErrorCode } from '../../../shared/api';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Language, OpportunityInput, OpportunityListQuery, OpportunityTranslation, OpportunityUpdate } from '../../../shared/api';
import { type Actor, type Viewer, managesProgramme, seesMembersOnly } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { PgCode, pgErrorCode } from '../../db/pg-errors';
import { conflict, forbidden, invalid, notFound, translatedText, unknownReference } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { findRegion } from '../regions/regions.service';
import * as repo from './opportunities.repository';

export { rowValues as opportunityRowValues } from './opportunities.repository';

/** Visitors see public opportunities only; members-only ones are for signed-in users. */
export async function listOpportunities(db: Db, viewer: Viewer, q: z.output<typeof OpportunityListQuery>) {
  const { items, total } = await repo.listOpportunities(db, q, { membersOnlyToo: seesMembersOnly(viewer), drafts: draftsSeenBy(viewer) });
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A members-only opportunity does not exist for a visitor: 404, as for an unknown id. */
export async function getOpportunity(db: DbOrTx, viewer: Viewer, id: string) {
  const opportunity = await repo.findOpportunity(db, id);
  if (!opportunity || (opportunity.visibility !== 'public' && !seesMembersOnly(viewer))) throw notFound('Opportunity', id);
  if (opportunity.stage === 'draft' && !(await editsRegion(db, viewer, opportunity.regionId))) throw notFound('Opportunity', id);
  return opportunity;
}

/** Drafts are for their editors: programme managers, and partner officials of the region (or a region above it). */
function draftsSeenBy(viewer: Viewer): repo.DraftsSeen {
  if (managesProgramme(viewer)) return 'all';
  if (viewer?.kind === 'user' && viewer.role === 'partner-official' && viewer.regionId) return { regionId: viewer.regionId };
  return 'none';
}

async function mustFind(db: DbOrTx, id: string) {
  const opportunity = await repo.findOpportunity(db, id);
  if (!opportunity) throw notFound('Opportunity', id);
  return opportunity;
}

/** Programme managers create anywhere; a partner official in their own region (or below it). */
export async function createOpportunity(db: Db, actor: Actor, input: z.output<typeof OpportunityInput>) {
  const { id = randomUUID(), ...values } = input;
  return db.transaction(async (tx) => {
    await checkRegion(tx, values.regionId);
    await checkOwnRegion(tx, actor, values.regionId);
    try {
      await repo.insertOpportunity(tx, id, values);
    } catch (error) {
      if (pgErrorCode(error) === PgCode.uniqueViolation) throw conflict(ErrorCode.alreadyExists, `An opportunity with id "${id}" already exists`, { id });
      throw error;
    }
    const after = await mustFind(tx, id);
    await recordAudit(tx, actor, { entityType: 'opportunity', entityId: id, action: 'create', after });
    return after;
  });
}

export async function updateOpportunity(db: Db, actor: Actor, id: string, input: z.output<typeof OpportunityUpdate>) {
  return db.transaction(async (tx) => {
    const before = await mustFind(tx, id);
    await checkOwnRegion(tx, actor, before.regionId);
    await checkRegion(tx, input.regionId);
    await checkOwnRegion(tx, actor, input.regionId);
    if (!(await repo.updateOpportunity(tx, id, input))) throw notFound('Opportunity', id);
    const after = await mustFind(tx, id);
    await recordAudit(tx, actor, { entityType: 'opportunity', entityId: id, action: 'update', before, after });
    return after;
  });
}

/**
 * Adds (or corrects) the `lang` version of the title and/or description (issue #11): who may edit
 * the opportunity may translate it; the original and the other languages stay as they are.
 */
export async function translateOpportunity(db: Db, actor: Actor, id: string, lang: Language, input: z.output<typeof OpportunityTranslation>) {
  return db.transaction(async (tx) => {
    const before = await mustFind(tx, id);
    await checkOwnRegion(tx, actor, before.regionId);
    const title = input.title === undefined ? before.title : translatedText('title', before.title, lang, input.title);
    const description = input.description === undefined ? before.description : translatedText('description', before.description, lang, input.description);
    if (!(await repo.updateTexts(tx, id, title, description ?? null))) throw notFound('Opportunity', id);
    const after = await mustFind(tx, id);
    await recordAudit(tx, actor, { entityType: 'opportunity', entityId: id, action: 'translate', before, after });
    return after;
  });
}

export async function deleteOpportunity(db: Db, actor: Actor, id: string) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins delete opportunities');
  await db.transaction(async (tx) => {
    const before = await mustFind(tx, id);
    if (!(await repo.deleteOpportunity(tx, id))) throw notFound('Opportunity', id);
    await recordAudit(tx, actor, { entityType: 'opportunity', entityId: id, action: 'delete', before });
  });
}

/** True when the viewer edits opportunities of `regionId`: a programme manager, or its official (or of a region above it). */
export async function editsRegion(db: DbOrTx, viewer: Viewer, regionId: string): Promise<boolean> {
  if (managesProgramme(viewer)) return true;
  if (viewer?.kind === 'user' && viewer.role === 'partner-official' && viewer.regionId) {
    for (let current: string | null = regionId, depth = 0; current && depth < 10; depth++) {
      if (current === viewer.regionId) return true;
      current = (await findRegion(db, current))?.parentId ?? null;
    }
  }
  return false;
}

/** 403 unless the actor edits opportunities of `regionId` (the official's region or one below it). */
export async function checkOwnRegion(db: DbOrTx, actor: Actor, regionId: string) {
  if (!(await editsRegion(db, actor, regionId)))
    throw forbidden(ErrorCode.ownRegionOnly, `You may only create and edit opportunities of your own region, not of "${regionId}"`, { region: regionId });
}

async function checkRegion(db: DbOrTx, regionId: string) {
  if (!(await findRegion(db, regionId))) {
    throw invalid([unknownReference('regionId', 'region', regionId)]);
  }
}
