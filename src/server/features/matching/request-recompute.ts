import { ErrorCode } from '../../../shared/api';
import { type Actor, managesProgramme } from '../../actor';
import type { Db } from '../../db/open-database';
import { forbidden } from '../../errors';
import { enqueueJob, queueStatus } from '../jobs/jobs.service';

/** Programme managers may ask for a full recomputation (normally the triggers do it). */
export async function requestRecompute(db: Db, actor: Actor): Promise<void> {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins start a recomputation');
  await enqueueJob(db, 'match-all');
}

export async function matchingStatus(db: Db) {
  const status = await queueStatus(db, 'match-');
  const job = (j: (typeof status.running)[number]) => ({
    ...j,
    createdAt: String(j.createdAt),
    startedAt: j.startedAt && String(j.startedAt),
    finishedAt: j.finishedAt && String(j.finishedAt),
  });
  return { ...status, running: status.running.map(job), recent: status.recent.map(job) };
}
