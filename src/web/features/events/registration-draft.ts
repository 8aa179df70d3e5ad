// The registration form's state: availability edited as wall-clock times in the event's time zone.
import type { EventDetail, Registration } from '../../../shared/api/index';
import { instantOf, localDay, localTime } from '../../../shared/event-time';

export interface RegistrationDraft {
  delegateName: string;
  languages: string[];
  profile: string;
  /** "2030-05-12T10:00" in the event's zone, or empty. */
  arrivesAt: string;
  leavesAt: string;
  blockedSlots: string[];
  offers: { type: Registration['offers'][number]['type']; title: string; description: string }[];
  attendance: Registration['attendance'];
  /** Reminder e-mails wanted (the contract stores the opt-out). */
  reminders: boolean;
}

const toLocal = (iso: string | null, zone: string) => (iso ? `${localDay(iso, zone)}T${localTime(iso, zone)}` : '');
function toInstant(local: string, zone: string): string | null {
  if (local === '') return null;
  const [day = '', time = ''] = local.split('T');
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && /^\d{2}:\d{2}$/.test(time) ? instantOf(day, time, zone) : local;
}

export function registrationDraft(r: Registration, event: Pick<EventDetail, 'timeZone'>): RegistrationDraft {
  return {
    delegateName: r.delegateName,
    languages: r.languages,
    profile: r.profile,
    arrivesAt: toLocal(r.arrivesAt, event.timeZone),
    leavesAt: toLocal(r.leavesAt, event.timeZone),
    blockedSlots: r.blockedSlots,
    offers: r.offers,
    attendance: r.attendance,
    reminders: !r.remindersOptOut,
  };
}

/** The body of PATCH …/registrations/:id, checked by the contract's RegistrationUpdate. */
export function registrationCandidate(d: RegistrationDraft, event: Pick<EventDetail, 'timeZone'>) {
  return {
    delegateName: d.delegateName,
    languages: d.languages,
    profile: d.profile,
    arrivesAt: toInstant(d.arrivesAt, event.timeZone),
    leavesAt: toInstant(d.leavesAt, event.timeZone),
    blockedSlots: d.blockedSlots,
    offers: d.offers,
    attendance: d.attendance,
    remindersOptOut: !d.reminders,
  };
}
