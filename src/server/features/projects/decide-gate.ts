import type { z } from 'zod';
import type { GateDecisionInput, ProjectView } from '../../../core/projects/api';
import { decideGate } from '../../../core/projects/rules';
import { type Actor, actorLabel } from '../../actor';
import type { Db } from '../../db/open-database';
import { notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './projects.repository';
import { phaseRefusal, todayOf } from './project-rules';
import { mustLoad, getProject } from './project-views';

/** Records a gate decision; a no-go closes the project with the rationale as its reason. */
export async function recordGateDecision(
  db: Db,
  actor: Actor,
  id: string,
  phaseId: string,
  input: z.output<typeof GateDecisionInput>,
  today = todayOf(),
): Promise<ProjectView> {
  return db.transaction(async (tx) => {
    const before = await mustLoad(tx, id, true);
    if (!before.phases.some((p) => p.id === phaseId)) throw notFound('Phase', phaseId);
    const outcome = decideGate(before, phaseId, {
      status: input.status,
      decidedBy: input.decidedBy ?? actorLabel(actor),
      decidedAt: input.decidedAt ?? today,
      rationale: input.rationale,
    });
    if (!outcome.ok) throw phaseRefusal(before, phaseId, `Cannot decide the gate of phase ${phaseId}: ${outcome.reason}`);
    const after = outcome.project;
    const phase = after.phases.find((p) => p.id === phaseId)!;
    await repo.updatePhase(tx, id, phase);
    await repo.updateProjectStatus(tx, after);
    await recordAudit(tx, actor, {
      entityType: 'project',
      entityId: id,
      action: `gate-${input.status}`,
      before: { phaseId, gate: before.phases.find((p) => p.id === phaseId)?.gate, status: before.status },
      after: { phaseId, gate: phase.gate, status: after.status, closure: after.closure },
    });
    return getProject(tx, actor, id);
  });
}
