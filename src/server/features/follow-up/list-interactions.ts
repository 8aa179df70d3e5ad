// The interaction timeline (newest first) and one interaction, as far as the reader reaches.
import type { z } from 'zod';
import type { Interaction, InteractionListQuery } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { DbOrTx } from '../../db/open-database';
import { notFound } from '../../errors';
import * as repo from './interactions.repository';
import { reachOf, reaches } from './reach';

async function withAttachments(db: DbOrTx, rows: repo.InteractionRow[]): Promise<Interaction[]> {
  const files = await repo.attachmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map(({ createdById: _by, ...r }) => ({
    ...r,
    attachments: files.filter((f) => f.interactionId === r.id).map(({ interactionId: _i, ...f }) => f),
  }));
}

export async function listInteractions(db: DbOrTx, actor: Actor, q: z.output<typeof InteractionListQuery>) {
  return { items: await withAttachments(db, await repo.listInteractions(db, reachOf(actor), q)) };
}

/** 404 for an interaction out of reach, as for an unknown id (another organisation's is not revealed). */
export async function findReachableInteraction(db: DbOrTx, actor: Actor, id: string) {
  const row = await repo.findInteraction(db, id);
  if (!row || !(await reaches(db, reachOf(actor), { ...row, people: [row.createdById] }))) throw notFound('Interaction', id);
  return row;
}

export async function getInteraction(db: DbOrTx, actor: Actor, id: string): Promise<Interaction> {
  const [one] = await withAttachments(db, [await findReachableInteraction(db, actor, id)]);
  return one!;
}
