// The background work of the follow-up loop, as handlers of the job queue (features/jobs).
import type { JobHandlers } from '../jobs/jobs.service';
import { sendDailyDigests } from './daily-digest';
import { sendOpportunityAlerts } from './opportunity-alerts';
import { runExpiryPass } from './opportunity-expiry';

/** By job family: alert-opportunity, digest-daily, expiry-daily. `publicUrl` is where e-mail links point. */
export function followUpJobHandlers(publicUrl: string): JobHandlers {
  return {
    alert: (db, jobs) => sendOpportunityAlerts(db, jobs, publicUrl),
    digest: (db, jobs) => sendDailyDigests(db, jobs, publicUrl),
    expiry: (db, jobs) => runExpiryPass(db, jobs, publicUrl),
  };
}
