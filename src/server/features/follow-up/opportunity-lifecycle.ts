// An opportunity's lifecycle: draft → published → closed (partner found, withdrawn or expired,
// with the partner named). Publishing queues the alerts to the best-matching organisations.
import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import type { OpportunityClose } from '../../../shared/api';
import type { Actor } from '../../actor';
import type { Db } from '../../db/open-database';
import { conflict, invalid } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { enqueueJob } from '../jobs/jobs.service';
import { checkOwnRegion, getOpportunity } from '../opportunities/opportunities.service';
import * as repo from './follow-up.repository';

/** The job that alerts opted-in members of the best-matching organisations (opportunity-alerts.ts). */
export const ALERT_JOB = 'alert-opportunity';

export async function publishOpportunity(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const before = await getOpportunity(tx, actor, id);
    await checkOwnRegion(tx, actor, before.regionId);
    if (before.stage === 'published') throw conflict(ErrorCode.opportunityAlreadyPublished, 'This opportunity is already published');
    await repo.setOpportunityStage(tx, id, {
      stage: 'published',
      status: 'open',
      publishedAt: new Date().toISOString(),
      closedReason: null,
      partnerOrganisationId: null,
      expiryReminderSentAt: null,
    });
    // After the matching job the opportunity's change enqueued (the queue runs oldest first).
    await enqueueJob(tx, ALERT_JOB, id);
    const after = await getOpportunity(tx, actor, id);
    await recordAudit(tx, actor, { entityType: 'opportunity', entityId: id, action: 'publish', before, after });
    return after;
  });
}

export async function closeOpportunity(db: Db, actor: Actor, id: string, input: z.output<typeof OpportunityClose>) {
  return db.transaction(async (tx) => {
    const before = await getOpportunity(tx, actor, id);
    await checkOwnRegion(tx, actor, before.regionId);
    if (before.stage === 'closed') throw conflict(ErrorCode.opportunityAlreadyClosed, 'This opportunity is already closed');
    if (input.partnerOrganisationId && !(await repo.findOrganisation(tx, input.partnerOrganisationId))) {
      throw invalid([{ path: 'partnerOrganisationId', message: `organisation "${input.partnerOrganisationId}" does not exist` }]);
    }
    await repo.setOpportunityStage(tx, id, {
      stage: 'closed',
      status: 'closed',
      closedReason: input.reason,
      partnerOrganisationId: input.partnerOrganisationId,
    });
    const after = await getOpportunity(tx, actor, id);
    await recordAudit(tx, actor, { entityType: 'opportunity', entityId: id, action: 'close', before, after });
    return after;
  });
}
