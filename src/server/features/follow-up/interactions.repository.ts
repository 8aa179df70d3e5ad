// Queries of interactions (the follow-up loop's log) and their attachments.
import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/open-database';
import { interactionAttachments, interactions } from '../../db/schema';
import { type Reach, reachable } from './follow-up.repository';

export type InteractionRow = typeof interactions.$inferSelect;

export async function insertInteraction(db: DbOrTx, row: typeof interactions.$inferInsert) {
  await db.insert(interactions).values(row);
}

export async function findInteraction(db: DbOrTx, id: string) {
  const [row] = await db.select().from(interactions).where(eq(interactions.id, id));
  return row;
}

export async function listInteractions(
  db: DbOrTx,
  reach: Reach,
  f: { q?: string; kind?: string[]; organisationId?: string; opportunityId?: string; matchId?: string; eventId?: string; projectId?: string; limit: number },
) {
  const words = f.q ? `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select()
    .from(interactions)
    .where(
      and(
        reachable(reach, { organisationId: interactions.organisationId, regionId: interactions.regionId, people: [interactions.createdById] }),
        f.kind?.length ? inArray(interactions.kind, f.kind as InteractionRow['kind'][]) : undefined,
        f.organisationId ? eq(interactions.organisationId, f.organisationId) : undefined,
        f.opportunityId ? eq(interactions.opportunityId, f.opportunityId) : undefined,
        f.matchId ? eq(interactions.matchId, f.matchId) : undefined,
        f.eventId ? eq(interactions.eventId, f.eventId) : undefined,
        f.projectId ? eq(interactions.projectId, f.projectId) : undefined,
        words ? or(ilike(interactions.note, words), sql`${interactions.participants}::text ilike ${words}`) : undefined,
      ),
    )
    .orderBy(desc(interactions.occurredOn), desc(interactions.createdAt))
    .limit(f.limit);
}

export async function insertAttachment(db: DbOrTx, row: typeof interactionAttachments.$inferInsert) {
  await db.insert(interactionAttachments).values(row);
}

export async function attachmentsOf(db: DbOrTx, interactionIds: string[]) {
  if (interactionIds.length === 0) return [];
  return db
    .select({
      id: interactionAttachments.id,
      interactionId: interactionAttachments.interactionId,
      filename: interactionAttachments.filename,
      mediaType: interactionAttachments.mediaType,
      size: interactionAttachments.size,
    })
    .from(interactionAttachments)
    .where(inArray(interactionAttachments.interactionId, interactionIds))
    .orderBy(asc(interactionAttachments.createdAt));
}

export async function attachmentFile(db: DbOrTx, interactionId: string, id: string) {
  const [row] = await db
    .select()
    .from(interactionAttachments)
    .where(and(eq(interactionAttachments.interactionId, interactionId), eq(interactionAttachments.id, id)));
  return row;
}
