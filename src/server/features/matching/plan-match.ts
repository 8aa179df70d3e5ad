import type { z } from 'zod';
import { ErrorCode, type MatchPlan } from '../../../shared/api';
import { type Actor, managesProgramme } from '../../actor';
import type { Db } from '../../db/open-database';
import { forbidden, invalid, notFound, unknownReference } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { getMatch } from './matching-views';
import * as repo from './matching.repository';

/** Who follows a match up (a programme manager or admin) and the day of the next action; audited. */
export async function planMatch(db: Db, actor: Actor, id: string, input: z.output<typeof MatchPlan>) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins plan the follow-up of matches');
  await db.transaction(async (tx) => {
    const before = await repo.findMatch(tx, id);
    if (!before) throw notFound('Match', id);
    if (input.ownerId && !(await repo.possibleOwners(tx)).some((o) => o.id === input.ownerId)) {
      throw invalid([unknownReference('ownerId', 'Programme manager', input.ownerId)]);
    }
    const was = { ownerId: before.m.ownerId, nextActionOn: before.m.nextActionOn };
    const plan = {
      ownerId: input.ownerId === undefined ? was.ownerId : input.ownerId,
      nextActionOn: input.nextActionOn === undefined ? was.nextActionOn : input.nextActionOn,
    };
    await repo.setPlan(tx, id, plan);
    await recordAudit(tx, actor, { entityType: 'match', entityId: id, action: 'update', before: was, after: plan });
  });
  return getMatch(db, actor, id, 'en');
}

/** The programme managers and admins a match may be given to, by name. */
export async function matchOwners(db: Db, actor: Actor) {
  if (!managesProgramme(actor)) throw forbidden(ErrorCode.managersOnly, 'Only programme managers and admins see who owns matches');
  return { items: await repo.possibleOwners(db) };
}
