// The matching feature's public face: the routes, the other features, the seed and the
// benchmarks reach the use cases through these names (issue #18). Each use case lives in its own
// file; a new one gets a file of its own and, if others call it, a line here.
// Other features (the events marketplace) rank with the same cross-lingual bridge.
export { matchingBridge } from './matching-bridge';
export { pipelineStep } from './matching-rules';
export { recomputeMatches, runMatchingJobs } from './compute-matches';
export { matchingStatus, requestRecompute } from './request-recompute';
export { getMatch } from './matching-views';
export { opportunityMatches, organisationMatches } from './list-matches';
export { bulkMoveMatches, ensureMatch, moveMatch, updateMatch } from './move-match';
export { matchOwners, planMatch } from './plan-match';
export { boardTable, matchBoard } from './match-board';
export { getProfile, updateProfile } from './organisation-profile';
