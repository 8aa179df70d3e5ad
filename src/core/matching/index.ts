export { Bridge, type Glosses } from './bridge';
export { facetSentence } from './explain';
export { analyseDocument, type AnalysedDocument, type CandidatePool, type CollectionStatistics, MatchIndex, type NormedRanking } from './match-index';
export { OutsideDocumentScorer } from './outside-document';
export { indexOrganisations, opportunityDocument, organisationDocument, rankOpportunities, rankOrganisations } from './rank';
export type * from './types';
export { InputError, parseOpportunities, parseOrganisations } from './validate';
export { type FeedbackReason, PipelineFeedback, type PipelineEvent, type PipelineSignal } from './pipeline-feedback';
export {
  ANALYSIS_VERSION,
  restoreAnalysis,
  restoreIndex,
  type SnapshotDocuments,
  type SnapshotPosting,
  snapshotKeys,
  snapshotOf,
  type StoredAnalysis,
  storedAnalysis,
} from './index-snapshot';
