// "Express interest" (a member, for their organisation) and "put forward" (a programme manager,
// for any organisation): the match moves to "interested" with the words kept, and the
// opportunity's owners are told — the partner officials of its region and, for a member's
// interest, the programme managers.
import { ErrorCode } from '../../../shared/api';
import { randomUUID } from 'node:crypto';
import { type Actor, type UserActor, actorLabel } from '../../actor';
import type { Db } from '../../db/open-database';
import { conflict, forbidden, invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { ensureMatch, moveMatch, pipelineStep } from '../matching/matching.service';
import { getOpportunity } from '../opportunities/opportunities.service';
import * as repo from './follow-up.repository';

import { notifyUsers } from './notify';

type Deps = { publicUrl: string };

export async function expressInterest(db: Db, actor: UserActor, opportunityId: string, message: string, deps: Deps) {
  if (actor.role !== 'member' || !actor.organisationId)
    throw forbidden(ErrorCode.membersOnly, 'Members of an organisation express interest, for their own organisation');
  return recordInterest(db, actor, { opportunityId, organisationId: actor.organisationId, message, kind: 'expressed' }, deps);
}

export async function putForward(db: Db, actor: Actor, opportunityId: string, input: { organisationId: string; note: string }, deps: Deps) {
  return recordInterest(db, actor, { opportunityId, organisationId: input.organisationId, message: input.note, kind: 'put-forward' }, deps);
}

async function recordInterest(
  db: Db,
  actor: Actor,
  input: { opportunityId: string; organisationId: string; message: string; kind: 'expressed' | 'put-forward' },
  deps: Deps,
) {
  return db.transaction(async (tx) => {
    const opportunity = await getOpportunity(tx, actor, input.opportunityId);
    if (opportunity.stage !== 'published')
      throw conflict(ErrorCode.opportunityNotPublished, `This opportunity is ${opportunity.stage}: interest is expressed in published opportunities only`);
    const organisation = await repo.findOrganisation(tx, input.organisationId);
    if (!organisation) throw invalid([{ path: 'organisationId', message: `organisation "${input.organisationId}" does not exist` }]);
    const match = await ensureMatch(tx, input.opportunityId, input.organisationId);
    // Interest moves a match forward only: one already further along keeps its place.
    if (pipelineStep(match.status) < pipelineStep('interested')) await moveMatch(tx, actor, match.id, 'interested', input.message);
    const id = randomUUID();
    const row = {
      id,
      kind: input.kind,
      matchId: match.id,
      opportunityId: input.opportunityId,
      organisationId: input.organisationId,
      message: input.message,
      createdBy: actorLabel(actor),
    };
    await repo.insertInterest(tx, row);
    await recordAudit(tx, actor, { entityType: 'interest', entityId: id, action: input.kind === 'expressed' ? 'express-interest' : 'put-forward', after: row });
    const owners = await repo.ownersOfRegion(tx, opportunity.regionId, { managers: input.kind === 'expressed' });
    const notified = await notifyUsers(
      tx,
      deps.publicUrl,
      owners.filter((o) => actor.kind !== 'user' || o.id !== actor.id),
      {
        kind: input.kind === 'expressed' ? 'interest-expressed' : 'put-forward',
        key: id,
        title: opportunity.title,
        params: { opportunityId: opportunity.id, organisation: organisation.name, message: input.message },
      },
    );
    return { id, matchId: match.id, notified };
  });
}
