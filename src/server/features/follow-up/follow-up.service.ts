// The use cases of the follow-up loop, one per file, gathered for the routes and the app.
export { attachFile, attachmentFile } from './interaction-attachments';
export { logInteraction } from './log-interaction';
export { getInteraction, listInteractions } from './list-interactions';
export { createTask } from './create-task';
export { listTasks } from './list-tasks';
export { updateTask } from './update-task';
export { issueTaskFeed, revokeTaskFeed, taskFeed } from './task-feed';
export { getSettings, updateSettings } from './settings';
export { expressInterest, putForward } from './express-interest';
export { closeOpportunity, publishOpportunity } from './opportunity-lifecycle';
export { giveMeetingFeedback, meetingFeedbackOf } from './meeting-feedback';
export { eventOutcomes } from './event-outcomes';
export { listLeadOutcomes, recordLeadOutcome } from './lead-outcomes';
export { programmeReport } from './programme-report';
export { reportPdf, reportXlsx } from './report-files';
export { feedIndicator } from './feed-indicator';
export { followUpJobHandlers } from './follow-up-jobs';
export { queueDailyJobs } from './daily-ticks';
