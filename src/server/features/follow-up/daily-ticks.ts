// Once a day (UTC), the digest and expiry jobs are queued. Every instance ticks; a day's job is
// queued only when none exists yet for that day, and the jobs themselves send each thing once
// even when two instances both queued one (see daily-digest.ts, opportunity-expiry.ts).
import type { Db } from '../../db/open-database';
import { enqueueDailyJob } from '../jobs/jobs.service';
import { DIGEST_JOB } from './daily-digest';
import { EXPIRY_JOB } from './opportunity-expiry';

export async function queueDailyJobs(db: Db, now: Date): Promise<void> {
  const day = now.toISOString().slice(0, 10);
  await enqueueDailyJob(db, DIGEST_JOB, day);
  await enqueueDailyJob(db, EXPIRY_JOB, day);
}
