import type { Bridge } from './bridge';
import { MatchIndex } from './match-index';
import type { MatchDocument, MatchOptions, Opportunity, Organisation, RankedOpportunities, RankedOrganisations } from './types';

export function opportunityDocument(o: Opportunity): MatchDocument {
  return { id: o.id, heading: o.title, body: o.description, language: o.language, region: o.region };
}

export function organisationDocument(o: Organisation): MatchDocument {
  return { id: o.id, heading: o.name, body: o.description, language: o.language, region: o.region };
}

/** An index of organisations to rank many opportunities against (tag once, query often). */
export function indexOrganisations(organisations: Iterable<Organisation>, bridge?: Bridge): MatchIndex {
  return MatchIndex.build([...organisations].map(organisationDocument), undefined, bridge);
}

/** For each opportunity, the organisations best able to address it, best first. */
export function rankOrganisations(
  opportunities: readonly Opportunity[],
  organisations: readonly Organisation[] | MatchIndex,
  options: MatchOptions = {},
): RankedOrganisations[] {
  const index = organisations instanceof MatchIndex ? organisations : indexOrganisations(organisations);
  return opportunities.map((o) => ({ opportunityId: o.id, matches: index.rank(opportunityDocument(o), options) }));
}

/** The reverse view: for an organisation, the opportunities it could address, best first. */
export function rankOpportunities(
  organisation: Organisation,
  opportunities: readonly Opportunity[] | MatchIndex,
  options: MatchOptions = {},
): RankedOpportunities {
  const index = opportunities instanceof MatchIndex ? opportunities : MatchIndex.build(opportunities.map(opportunityDocument));
  return { organisationId: organisation.id, matches: index.rank(organisationDocument(organisation), options) };
}
