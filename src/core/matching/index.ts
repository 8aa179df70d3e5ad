export { MatchIndex } from './match-index';
export { indexOrganisations, opportunityDocument, organisationDocument, rankOpportunities, rankOrganisations } from './rank';
export type * from './types';
export { InputError, parseOpportunities, parseOrganisations } from './validate';
