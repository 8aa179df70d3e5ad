// The events feature's public face: the routes, the other features, the seed and the files of
// this folder written before the split (issue #18) reach the use cases through these names. Each
// use case lives in its own file; a new one gets a file of its own and, if others call it, a
// line here.
export { actsFor, availableSlots, effectiveStatus, interpreterPairFor, participantsOf, requestWeight } from './event-rules';
export { getEvent, listEvents, listRegistrations, toEventDetail, toMeetingRequest, toRegistration } from './event-views';
export { createEvent, updateEvent } from './save-event';
export { register } from './register-delegate';
export { updateRegistration } from './update-registration';
export { cancelRegistration, recordNoShow } from './withdraw-registration';
export { checkIn } from './check-in-delegate';
export { marketplace } from './marketplace';
export { suggestions } from './suggest-partners';
export { listRequests } from './list-requests';
export { requestMeeting } from './request-meeting';
export { respondToRequest } from './respond-to-request';
export { cancelRequest } from './cancel-request';
export { buildEngineInput } from './engine-input';
export { type ScheduleDeps, scheduleEvent } from './schedule-event';
export { publishSchedule } from './publish-schedule';
export { lockMeeting } from './lock-meeting';
export { listMeetings } from './meeting-views';
export { agenda, agendaOfRegistration } from './agenda';
export { tablePlan } from './table-plan';
export { dashboard } from './event-dashboard';
