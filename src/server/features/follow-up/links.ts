// The records a follow-up item is about, checked to exist, with the organisation and region that
// decide who reaches it (the opportunity's region, else the organisation's home region).
import type { DbOrTx } from '../../db/open-database';
import { invalid } from '../../errors';
import * as repo from './follow-up.repository';

export type Links = { organisationId: string | null; opportunityId: string | null; matchId: string | null; eventId: string | null; projectId: string | null };
export type Resolved = Links & { regionId: string | null };

export async function resolveLinks(db: DbOrTx, links: Links): Promise<Resolved> {
  const out: Resolved = { ...links, regionId: null };
  const bad = (path: keyof Links, what: string) => invalid([{ path, message: `${what} "${links[path]}" does not exist` }]);
  if (!Object.values(links).some(Boolean)) {
    throw invalid([{ path: 'organisationId', message: 'link it to an organisation, opportunity, match, event or project' }]);
  }
  if (links.matchId) {
    const match = await repo.findMatch(db, links.matchId);
    if (!match) throw bad('matchId', 'match');
    out.organisationId ??= match.organisationId;
    out.opportunityId ??= match.opportunityId;
  }
  if (out.opportunityId) {
    const opportunity = await repo.findOpportunity(db, out.opportunityId);
    if (!opportunity) throw bad('opportunityId', 'opportunity');
    out.regionId = opportunity.regionId;
  }
  if (out.organisationId) {
    const organisation = await repo.findOrganisation(db, out.organisationId);
    if (!organisation) throw bad('organisationId', 'organisation');
    out.regionId ??= organisation.homeRegionId;
  }
  if (links.eventId && !(await repo.findEvent(db, links.eventId))) throw bad('eventId', 'event');
  if (links.projectId && !(await repo.findProjectTitle(db, links.projectId))) throw bad('projectId', 'project');
  return out;
}
