// The programme report: how far the loop got, per period, region, twinning and theme —
// opportunities published, matches proposed, interests expressed, meetings held, follow-ups
// agreed, agreements signed, projects started — with the outcomes of the events in the period.
import { ErrorCode } from '../../../shared/api';
import type { z } from 'zod';
import { type ProgrammeReport, type ReportQuery, reportMeasures } from '../../../shared/api';
import { type Actor, managesProgramme } from '../../actor';
import type { DbOrTx } from '../../db/open-database';
import { forbidden } from '../../errors';
import { outcomesOf } from './event-outcomes';
import * as repo from './follow-up.repository';

type Filters = Pick<z.output<typeof ReportQuery>, 'from' | 'to' | 'regionId' | 'twinningId' | 'theme'>;

/** Managers report on everything; a partner official on their own region (and below it) only. */
async function scopedFilters(db: DbOrTx, actor: Actor, f: Filters): Promise<Filters> {
  if (managesProgramme(actor)) return f;
  if (actor.kind === 'user' && actor.role === 'partner-official' && actor.regionId) {
    if (!f.regionId) return { ...f, regionId: actor.regionId };
    if (await repo.regionWithin(db, f.regionId, actor.regionId)) return f;
  }
  throw forbidden(ErrorCode.ownRegionOnly, 'Partner officials report on their own region only; programme managers on the whole programme');
}

export async function programmeReport(db: DbOrTx, actor: Actor, query: Filters): Promise<ProgrammeReport> {
  const f = await scopedFilters(db, actor, query);
  const counts = await repo.reportCounts(db, f);
  const events = await outcomesOf(db, await repo.reportEventIds(db, f));
  return {
    filters: { from: f.from ?? null, to: f.to ?? null, regionId: f.regionId ?? null, twinningId: f.twinningId ?? null, theme: f.theme ?? null },
    funnel: reportMeasures.map((measure) => ({ measure, count: counts[measure] ?? 0 })),
    events,
  };
}
