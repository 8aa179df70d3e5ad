// Files attached to an interaction: checked like project documents (size, type by content).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AttachmentUpload } from '../../../shared/api';
import { checkDocumentFile } from '../../../shared/document-files';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './interactions.repository';
import { findReachableInteraction, getInteraction } from './list-interactions';

/** Whoever reaches the interaction may attach to it. */
export async function attachFile(db: Db, actor: Actor, interactionId: string, input: z.output<typeof AttachmentUpload>) {
  const content = Buffer.from(input.contentBase64, 'base64');
  const checked = checkDocumentFile(input.filename, content);
  if (!checked.ok) throw invalid([{ path: 'contentBase64', message: `${input.filename}: ${checked.reason}` }]);
  await db.transaction(async (tx) => {
    await findReachableInteraction(tx, actor, interactionId);
    const id = randomUUID();
    await repo.insertAttachment(tx, { id, interactionId, filename: input.filename, mediaType: checked.mediaType, size: content.length, content });
    await recordAudit(tx, actor, {
      entityType: 'interaction',
      entityId: interactionId,
      action: 'attach',
      after: { attachmentId: id, filename: input.filename, size: content.length },
    });
  });
  return getInteraction(db, actor, interactionId);
}

export async function attachmentFile(db: Db, actor: Actor, interactionId: string, id: string) {
  await findReachableInteraction(db, actor, interactionId);
  const file = await repo.attachmentFile(db, interactionId, id);
  if (!file) throw notFound('Attachment', id);
  return file;
}
