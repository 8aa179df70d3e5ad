import type { z } from 'zod';
import type { DeliveredInput, ProjectView } from '../../../core/projects/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { ErrorCode } from '../../../shared/api/errors';
import { conflict, invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { locateDeliverable } from './project-rules';
import { mustLoad, getProject } from './project-views';

/** Marks a deliverable delivered with the evidence that shows it. */
export async function markDelivered(db: Db, actor: Actor, id: string, deliverableId: string, input: z.output<typeof DeliveredInput>): Promise<ProjectView> {
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    const found = locateDeliverable(before, deliverableId);
    if (!found) throw notFound('Deliverable', deliverableId);
    if (found.deliverable.status === 'cancelled')
      throw conflict(ErrorCode.deliverableCancelled, `Deliverable ${deliverableId} is cancelled`, { deliverable: deliverableId });
    const known = new Set(before.documents.map((d) => d.id));
    const unknown = input.evidence.flatMap((e, i) =>
      e.documentId && !known.has(e.documentId)
        ? [{ path: `evidence.${i}.documentId`, message: `document "${e.documentId}" is not part of project ${id}` }]
        : [],
    );
    if (unknown.length > 0) throw invalid(unknown);
    const start = found.deliverable.evidence.length;
    const evidence = [...found.deliverable.evidence, ...input.evidence.map((e, i) => ({ id: `${deliverableId}-evidence-${start + i + 1}`, ...e }))];
    const after = { ...found.deliverable, status: 'delivered' as const, evidence };
    const ids = new Set(before.phases.flatMap((p) => p.activities.flatMap((a) => a.deliverables.flatMap((d) => [d.id, ...d.evidence.map((e) => e.id)]))));
    if (evidence.slice(start).some((e) => ids.has(e.id))) throw conflict(ErrorCode.tryAgain, 'Evidence ids collide; try again');
    await repo.updateDeliverable(tx, id, found.activity.id, after, found.position);
    await repo.touchProject(tx, id);
    await recordAudit(tx, actor, {
      entityType: 'project-deliverable',
      entityId: `${id}/${deliverableId}`,
      action: 'delivered',
      before: found.deliverable,
      after,
    });
    return getProject(tx, actor, id);
  });
}
