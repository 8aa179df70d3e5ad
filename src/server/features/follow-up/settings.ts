// What the follow-up loop may send a user: opportunity alerts (opt-in) and the daily digest (on by default).
import type { z } from 'zod';
import type { FollowUpSettingsUpdate } from '../../../shared/api';
import type { UserActor } from '../../actor';
import type { Db } from '../../db/open-database';
import { recordAudit } from '../audit/audit.service';
import * as repo from './follow-up.repository';

export async function getSettings(db: Db, actor: UserActor) {
  const row = await repo.findSettings(db, actor.id);
  return { opportunityAlerts: row?.opportunityAlerts ?? false, dailyDigest: row?.dailyDigest ?? true, feedActive: Boolean(row?.feedTokenHash) };
}

export async function updateSettings(db: Db, actor: UserActor, input: z.output<typeof FollowUpSettingsUpdate>) {
  await db.transaction(async (tx) => {
    const before = await repo.findSettings(tx, actor.id);
    await repo.upsertSettings(tx, actor.id, input);
    await recordAudit(tx, actor, {
      entityType: 'follow-up-settings',
      entityId: actor.id,
      action: 'update',
      before: before && { opportunityAlerts: before.opportunityAlerts, dailyDigest: before.dailyDigest },
      after: input,
    });
  });
  return getSettings(db, actor);
}
