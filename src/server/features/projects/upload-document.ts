import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { DocumentUploadInput, ProjectView } from '../../../core/projects/api';
import { checkDocumentFile } from '../../../shared/document-files';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { validated } from './project-rules';
import { mustLoad, getProject } from './project-views';

/** Stores an uploaded document: its metadata joins the project's documents, its file the database. */
export async function uploadDocument(db: Db, actor: Actor, id: string, input: z.output<typeof DocumentUploadInput>): Promise<ProjectView> {
  const content = Buffer.from(input.contentBase64, 'base64');
  const checked = checkDocumentFile(input.filename, content);
  if (!checked.ok) throw invalid([{ path: 'contentBase64', message: `${input.filename}: ${checked.reason}` }]);
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const document = {
      id: `${id}-document-${randomUUID().slice(0, 8)}`,
      title: input.title,
      format: checked.mediaType,
      category: input.category,
      languages: input.languages,
      ...(input.date ? { date: input.date } : {}),
    };
    const after = validated({ ...before, documents: [...before.documents, document] });
    const file = { documentId: document.id, filename: input.filename, mediaType: checked.mediaType, size: content.length };
    await repo.insertDocumentFile(tx, id, after.documents, { ...file, content });
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'document-upload', after: { document, file } });
    return getProject(tx, actor, id);
  });
}
