// The alert job of a published opportunity: members who opted in, of the organisations the
// engine ranks best for it, are told in their language. Each user at most once per opportunity.
import type { Db } from '../../db/open-database';
import type { Job } from '../jobs/jobs.service';
import * as repo from './follow-up.repository';

import { notifyUsers } from './notify';

/** How many of the best-matching organisations are alerted. */
export const ALERTED_ORGANISATIONS = 10;

export async function sendOpportunityAlerts(db: Db, jobs: Job[], publicUrl: string): Promise<void> {
  for (const job of jobs) {
    await db.transaction(async (tx) => {
      const opportunity = await repo.findOpportunity(tx, job.target);
      if (!opportunity || opportunity.stage !== 'published') return;
      const recipients = await repo.alertRecipients(tx, opportunity.id, ALERTED_ORGANISATIONS);
      await notifyUsers(tx, publicUrl, recipients, {
        kind: 'opportunity-alert',
        key: opportunity.id,
        title: opportunity.title,
        params: { opportunityId: opportunity.id },
      });
    });
  }
}
