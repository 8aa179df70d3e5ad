export type {
  EventParticipant,
  EventSlot,
  LinearSolution,
  LinearSolver,
  MeetingRequest,
  Oversubscription,
  ScheduledMeeting,
  ScheduleFile,
  ScheduleOptions,
  ScheduleResult,
  ScheduleStats,
  SchedulingEvent,
} from './types';
export { scheduleMeetings } from './schedule';
export { firstFitGreedy } from './greedy';
export { validateSchedule } from './validate';
export type { RuleCode, Violation } from './validate';
export { parseEvent } from './parse-event';
export type { ParsedEvent } from './parse-event';
