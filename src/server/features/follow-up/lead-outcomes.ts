// A match or a meeting turned into an agreement (MoU, letter of intent, contract) or a
// cooperation project, keeping the link both ways: the match reaches "collaboration started"
// and the project page lists where the project came from.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { type Language, type LeadOutcomeInput, type LeadOutcomeQuery, pickText } from '../../../shared/api';
import { type Actor, actorLabel } from '../../actor';
import type { Db, DbOrTx } from '../../db/open-database';
import { invalid, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { moveMatch, pipelineStep } from '../matching/matching.service';
import { createProjectIn } from '../projects/create-project';
import * as repo from './follow-up.repository';

import { mustReach, reachOf } from './reach';

export async function recordLeadOutcome(db: Db, actor: Actor, input: z.output<typeof LeadOutcomeInput>) {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    if (input.projectId && !(await repo.findProjectTitle(tx, input.projectId)))
      throw invalid([{ path: 'projectId', message: `project "${input.projectId}" does not exist` }]);
    const lead = await resolveLead(tx, actor, input);
    await insertOutcome(tx, actor, lead, { id, kind: input.kind, title: input.title, signedOn: input.signedOn, projectId: input.projectId });
  });
  return outcomeById(db, actor, id);
}

/**
 * A new cooperation project made from a match or a meeting, in one transaction: the project
 * (checked and audited like any new project), the lead outcome that keeps the link, and the match
 * moved to "collaboration started".
 */
export async function startProjectFromLead(db: Db, actor: Actor, input: { matchId: string | null; requestId: string | null; project: unknown }, today: string) {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const lead = await resolveLead(tx, actor, input);
    const project = await createProjectIn(tx, actor, input.project, 'project');
    await insertOutcome(tx, actor, lead, {
      id,
      kind: 'project',
      title: pickText(project.title, project.title.original).text,
      signedOn: today,
      projectId: project.id,
    });
  });
  return outcomeById(db, actor, id);
}

type Lead = {
  matchId: string | null;
  requestId: string | null;
  match: Awaited<ReturnType<typeof repo.findMatch>>;
  scope: { organisationId: string | null; regionId: string | null };
};

/** The match and meeting a lead names, checked to exist and to be within the actor's reach. */
async function resolveLead(tx: DbOrTx, actor: Actor, input: { matchId: string | null; requestId: string | null }): Promise<Lead> {
  let matchId = input.matchId;
  if (input.requestId) {
    const feedback = await repo.feedbackOf(tx, input.requestId);
    if (feedback.length === 0 && !(await repo.meetingExists(tx, input.requestId)))
      throw invalid([{ path: 'requestId', message: `meeting "${input.requestId}" does not exist` }]);
    matchId ??= feedback.find((f) => f.matchId)?.matchId ?? null;
  }
  const match = matchId ? await repo.findMatch(tx, matchId) : undefined;
  if (matchId && !match) throw invalid([{ path: 'matchId', message: `match "${matchId}" does not exist` }]);
  const scope = { organisationId: match?.organisationId ?? null, regionId: match?.regionId ?? null };
  await mustReach(tx, actor, scope, 'This lead');
  return { matchId, requestId: input.requestId, match, scope };
}

async function insertOutcome(
  tx: DbOrTx,
  actor: Actor,
  lead: Lead,
  outcome: { id: string; kind: z.output<typeof LeadOutcomeInput>['kind']; title: string; signedOn: string; projectId: string | null },
) {
  const row = { ...outcome, matchId: lead.matchId, requestId: lead.requestId, ...lead.scope, createdBy: actorLabel(actor) };
  await repo.insertOutcome(tx, row);
  await recordAudit(tx, actor, { entityType: 'lead-outcome', entityId: outcome.id, action: 'create', after: row });
  const { match } = lead;
  if (match && pipelineStep(match.status) < pipelineStep('collaboration-started')) await moveMatch(tx, actor, match.id, 'collaboration-started');
}

async function outcomeById(db: DbOrTx, actor: Actor, id: string) {
  const [created] = await listLeadOutcomes(db, actor, { lang: 'en' }, id);
  if (!created) throw notFound('Lead outcome', id);
  return created;
}

export async function listLeadOutcomes(db: DbOrTx, actor: Actor, q: z.output<typeof LeadOutcomeQuery>, id?: string) {
  const rows = await repo.listOutcomes(db, reachOf(actor), { projectId: q.projectId, matchId: q.matchId, id });
  return rows.map(({ o, organisationName, opportunityId, opportunityTitle, eventId, eventTitle }) => ({
    id: o.id,
    kind: o.kind,
    title: o.title,
    signedOn: o.signedOn,
    matchId: o.matchId,
    requestId: o.requestId,
    projectId: o.projectId,
    organisationId: o.organisationId,
    organisationName,
    opportunityId,
    opportunityTitle: opportunityTitle ? pickText(opportunityTitle, q.lang as Language).text : null,
    eventId,
    eventTitle,
    createdBy: o.createdBy,
    createdAt: o.createdAt,
  }));
}
