export { meta } from './meta';
export { opportunities } from './opportunities';
export { regions } from './regions';
export { twinnings } from './twinnings';
export { apiTokens, loginFailures, oneTimeTokens, outbox, sessions, users } from './accounts';
export { auditEntries } from './audit';
export { organisationDirectory, organisations } from './organisations';
export {
  projectActivities,
  projectBudgetLines,
  projectDeliverables,
  projectDocumentFiles,
  projectIndicators,
  projectParticipations,
  projectPhases,
  projectResults,
  projects,
  projectTransactions,
} from './projects';
export {
  importBatches,
  importMappings,
  jobs,
  matchEvents,
  matches,
  matchIndexDocuments,
  matchIndexPostings,
  matchIndexSources,
  matchingStatistics,
  opportunityMatchNorms,
  organisationProfiles,
  thesaurusOverrides,
} from './matching';
export { eventMeetings, eventRegistrations, eventReminders, events, meetingRequests, notifications } from './events';
export {
  digestDeliveries,
  expressionsOfInterest,
  followUpSettings,
  followUpTasks,
  interactionAttachments,
  interactions,
  leadOutcomes,
  meetingFeedback,
} from './follow-up';
