// Who reaches which follow-up records: programme managers and admins everything; a member their
// organisation's; a partner official their region's (and the regions below it); everyone what
// they wrote or was given to them. One rule for interactions, tasks and lead outcomes.
import { ErrorCode } from '../../../shared/api';
import { type Actor, managesProgramme } from '../../actor';
import type { DbOrTx } from '../../db/open-database';
import { forbidden } from '../../errors';
import { type Reach, regionWithin } from './follow-up.repository';

export function reachOf(actor: Actor): Reach {
  if (managesProgramme(actor) || actor.kind !== 'user') return { all: true };
  return {
    userId: actor.id,
    organisationId: actor.role === 'member' ? actor.organisationId : null,
    regionId: actor.role === 'partner-official' ? actor.regionId : null,
  };
}

/** True when the reach covers a record about `organisationId` in `regionId` (or one of `people`). */
export async function reaches(
  db: DbOrTx,
  reach: Reach,
  record: { organisationId: string | null; regionId: string | null; people?: (string | null)[] },
): Promise<boolean> {
  if ('all' in reach) return true;
  if (reach.organisationId && record.organisationId === reach.organisationId) return true;
  if (record.people?.includes(reach.userId)) return true;
  return reach.regionId !== null && (await regionWithin(db, record.regionId, reach.regionId));
}

/** 403 naming what is out of reach. */
export async function mustReach(
  db: DbOrTx,
  actor: Actor,
  record: { organisationId: string | null; regionId: string | null; people?: (string | null)[] },
  what: string,
) {
  if (!(await reaches(db, reachOf(actor), record))) {
    throw forbidden(
      ErrorCode.ownOrganisationOnly,
      `${what} concerns another organisation or region: you may record and see your own organisation’s or region’s only`,
    );
  }
}
