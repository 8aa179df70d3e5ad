// Hybrid meetings: who meets by video call, and the call's address. A meeting is held online
// (no table) when it was agreed online or when nobody in it needs the venue — every participant
// attends online or either way, at least one only online. A participant who is online only
// joins by video even when the others sit at a table, so such a meeting gets a link too.
import type { RegistrationRow, RequestRow } from './events.repository';

type Attendee = Pick<RegistrationRow, 'attendance'>;

/** The meeting takes no table. */
export function meetsOnline(request: Pick<RequestRow, 'online'>, people: readonly Attendee[]): boolean {
  if (request.online) return true;
  return people.some((p) => p.attendance === 'online') && people.every((p) => p.attendance !== 'on-site');
}

/** Someone joins by video: the meeting needs a call address. */
export function needsVideoCall(online: boolean, people: readonly Attendee[]): boolean {
  return online || people.some((p) => p.attendance === 'online');
}

/**
 * The call's address from EVENT_VIDEO_URL_TEMPLATE: `{event}` and `{meeting}` become the event
 * and request ids (URL-encoded), so every meeting has its own room and nothing is called to make it.
 */
export function videoUrlFor(template: string | undefined, eventId: string, requestId: string): string | null {
  if (!template) return null;
  return template.replaceAll('{event}', encodeURIComponent(eventId)).replaceAll('{meeting}', encodeURIComponent(requestId));
}
