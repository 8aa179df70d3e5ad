import type { z } from 'zod';
import { ErrorCode, type MatchReadQuery } from '../../../shared/api';
import type { Viewer } from '../../actor';
import type { Db } from '../../db/open-database';
import { forbidden } from '../../errors';
import { getOpportunity } from '../opportunities/opportunities.service';
import { getOrganisation } from '../organisations/organisations.service';
import { loadScheme } from '../thesaurus/thesaurus.service';
import { explanationRenderer } from './explanation';
import { scopeOf, toItem } from './matching-views';
import * as repo from './matching.repository';

export async function opportunityMatches(db: Db, viewer: Viewer, opportunityId: string, q: z.output<typeof MatchReadQuery>) {
  const scope = scopeOf(viewer);
  await getOpportunity(db, viewer, opportunityId);
  if (!('all' in scope) && !scope.organisationId) return { lang: q.lang, items: [] };
  const [rows, { scheme }] = await Promise.all([
    repo.listMatches(db, { opportunityId, includeDismissed: q.includeDismissed, organisationId: 'all' in scope ? undefined : scope.organisationId! }, q.limit),
    loadScheme(db),
  ]);
  const explain = await explanationRenderer(scheme, q.lang);
  return { lang: q.lang, items: rows.map((r) => toItem(r, explain, q.lang, viewer)) };
}

export async function organisationMatches(db: Db, viewer: Viewer, organisationId: string, q: z.output<typeof MatchReadQuery>) {
  const scope = scopeOf(viewer);
  await getOrganisation(db, viewer, organisationId);
  if (!('all' in scope) && scope.organisationId !== organisationId) {
    throw forbidden(ErrorCode.ownOrganisationOnly, 'You may only see the matches of your own organisation');
  }
  const [rows, { scheme }] = await Promise.all([repo.listMatches(db, { organisationId, includeDismissed: q.includeDismissed }, q.limit), loadScheme(db)]);
  const explain = await explanationRenderer(scheme, q.lang);
  return { lang: q.lang, items: rows.map((r) => toItem(r, explain, q.lang, viewer)) };
}
