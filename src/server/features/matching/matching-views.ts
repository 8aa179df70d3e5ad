import { type Language, type MatchExplanation } from '../../../shared/api';
import { type Viewer, managesProgramme, seesConfidential } from '../../actor';
import type { Db } from '../../db/open-database';
import type { StoredExplanation } from '../../db/schema/matching';
import { notFound, unauthenticated } from '../../errors';
import { loadScheme } from '../thesaurus/thesaurus.service';
import { explanationRenderer } from './explanation';
import * as repo from './matching.repository';

export /**
 * A match as the viewer may see it: the pipeline note and who moved the match (a manager's
 * e-mail address) are internal to programme managers and admins, so absent for members.
 */
function toItem(row: repo.MatchRow, explain: (stored: StoredExplanation) => MatchExplanation, lang: Language, viewer: Viewer) {
  const { m } = row;
  const title = row.opportunityTitle;
  const internal = seesConfidential(viewer)
    ? { note: m.note, statusChangedBy: m.statusChangedBy, ownerId: m.ownerId, ownerName: row.ownerName, nextActionOn: m.nextActionOn }
    : {};
  return {
    id: m.id,
    opportunityId: m.opportunityId,
    opportunityTitle: title[lang] ?? title[title.original] ?? '',
    regionId: row.regionId,
    themes: row.themes,
    organisationId: m.organisationId,
    organisationName: row.organisationName,
    score: m.score,
    rank: row.rank,
    current: m.current,
    status: m.status,
    ...internal,
    statusChangedAt: m.statusChangedAt,
    computedAt: m.computedAt,
    explanation: explain(m.explanation),
  };
}

/**
 * Programme managers and admins see every match; other signed-in users (members) only the
 * matches of their own organisation; visitors none.
 */
export function scopeOf(viewer: Viewer): { all: true } | { organisationId: string | null } {
  if (managesProgramme(viewer)) return { all: true };
  if (!viewer) throw unauthenticated('Sign in to see matches');
  return { organisationId: viewer.kind === 'user' ? viewer.organisationId : null };
}

export async function getMatch(db: Db, viewer: Viewer, id: string, lang: Language) {
  const scope = scopeOf(viewer);
  const row = await repo.findMatch(db, id);
  if (!row || (!('all' in scope) && row.m.organisationId !== scope.organisationId)) throw notFound('Match', id);
  const [{ scheme }, history] = await Promise.all([loadScheme(db), repo.listEvents(db, id)]);
  const visibleHistory = seesConfidential(viewer) ? history : history.map(({ fromStatus, toStatus, at }) => ({ fromStatus, toStatus, at }));
  return { ...toItem(row, await explanationRenderer(scheme, lang), lang, viewer), history: visibleHistory };
}
