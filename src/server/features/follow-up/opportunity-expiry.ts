// The daily expiry pass: owners (the region's officials and the programme managers) are reminded
// a week before a published opportunity's expiry date; after it, the opportunity is closed as
// expired and they are told. Each reminder once: the pass marks what it reminded in the same
// transaction.
import { systemActor } from '../../actor';
import type { Db } from '../../db/open-database';
import { recordAudit } from '../audit/audit.service';
import type { Job } from '../jobs/jobs.service';
import * as repo from './follow-up.repository';

import { notifyUsers } from './notify';
import { addDays } from './tasks';

export const EXPIRY_JOB = 'expiry-daily';
/** How many days before its expiry date the owners are reminded. */
export const REMINDER_DAYS = 7;

export async function runExpiryPass(db: Db, jobs: Job[], publicUrl: string): Promise<void> {
  const actor = systemActor('opportunity-expiry');
  for (const day of new Set(jobs.map((j) => j.target))) {
    await db.transaction(async (tx) => {
      for (const o of await repo.expiredOpportunities(tx, day)) {
        await repo.setOpportunityStage(tx, o.id, { stage: 'closed', status: 'closed', closedReason: 'expired' });
        await recordAudit(tx, actor, {
          entityType: 'opportunity',
          entityId: o.id,
          action: 'close',
          before: { stage: o.stage },
          after: { stage: 'closed', closedReason: 'expired' },
        });
        const owners = await repo.ownersOfRegion(tx, o.regionId, { managers: true });
        await notifyUsers(tx, publicUrl, owners, { kind: 'opportunity-expired', key: o.id, title: o.title, params: { opportunityId: o.id } });
      }
      for (const o of await repo.claimExpiryReminders(tx, addDays(day, REMINDER_DAYS))) {
        const owners = await repo.ownersOfRegion(tx, o.regionId, { managers: true });
        await notifyUsers(tx, publicUrl, owners, {
          kind: 'opportunity-expiring',
          key: `${o.id}-${o.expiresOn}`,
          title: o.title,
          params: { opportunityId: o.id, expiresOn: o.expiresOn ?? '' },
        });
      }
    });
  }
}
