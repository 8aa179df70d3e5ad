import type { ProjectView } from '../../../core/projects/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { ErrorCode } from '../../../shared/api/errors';
import { conflict, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { mustLoad, getProject } from './project-views';

/** Deletes a document and its stored file; refused (409) while a deliverable cites it as evidence. */
export async function deleteDocument(db: Db, actor: Actor, id: string, documentId: string): Promise<ProjectView> {
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const document = before.documents.find((d) => d.id === documentId);
    if (!document) throw notFound('Document', documentId);
    const citing = before.phases.flatMap((p) => p.activities.flatMap((a) => a.deliverables)).filter((d) => d.evidence.some((e) => e.documentId === documentId));
    if (citing.length > 0) {
      throw conflict(
        ErrorCode.documentIsEvidence,
        `Document ${documentId} is the evidence of deliverable ${citing.map((d) => d.id).join(', ')}; it cannot be deleted`,
        { deliverables: citing.map((d) => d.id) },
      );
    }
    const file = (await repo.documentFiles(tx, id)).find((f) => f.documentId === documentId);
    await repo.removeDocument(
      tx,
      id,
      before.documents.filter((d) => d.id !== documentId),
      documentId,
    );
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'document-delete', before: { document, file } });
    return getProject(tx, actor, id);
  });
}
