// The organiser's figures: registrations, requests, meetings and each delegate's load.
import type { Db } from '../../db/open-database';
import { availableSlots, effectiveStatus, isActive, participantsOf } from './event-rules';
import { loadEventData } from './meeting-views';

export async function dashboard(db: Db, eventId: string, now: Date) {
  const data = await loadEventData(db, eventId);
  const regs = [...data.regs.values()];
  const requests = [...data.requests.values()];
  const statuses = requests.map((r) => effectiveStatus(r, data.event, now));
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const meetingsOf = new Map<string, number>();
  const upcomingOf = new Map<string, number>();
  // The same rule as withdraw(): meetings whose slot has not started are the ones a no-show removes.
  const started = new Set(data.event.slots.filter((s) => Date.parse(s.start) <= now.getTime()).map((s) => s.id));
  for (const m of data.meetings) {
    for (const p of participantsOf(data.requests.get(m.requestId)!)) {
      meetingsOf.set(p, (meetingsOf.get(p) ?? 0) + 1);
      if (!started.has(m.slotId)) upcomingOf.set(p, (upcomingOf.get(p) ?? 0) + 1);
    }
  }
  return {
    registrations: {
      registered: regs.filter((r) => r.status === 'registered').length,
      cancelled: regs.filter((r) => r.status === 'cancelled').length,
      checkedIn: regs.filter((r) => r.checkedInAt !== null).length,
      noShows: regs.filter((r) => r.noShowAt !== null).length,
    },
    requests: {
      sent: requests.length,
      pending: count('pending'),
      accepted: count('accepted'),
      declined: count('declined'),
      expired: count('expired'),
      cancelled: count('cancelled'),
    },
    meetings: { scheduled: data.meetings.length, possible: data.event.lastRun?.possible ?? null, locked: data.meetings.filter((m) => m.locked).length },
    // The same delegates publishSchedule() notifies.
    agendaRecipients: regs.filter(isActive).length,
    load: regs.filter(isActive).map((r) => {
      const involved = requests.filter((q) => participantsOf(q).includes(r.id));
      return {
        registrationId: r.id,
        delegateName: r.delegateName,
        organisationName: r.organisationName,
        requested: involved.length,
        accepted: involved.filter((q) => effectiveStatus(q, data.event, now) === 'accepted').length,
        meetings: meetingsOf.get(r.id) ?? 0,
        upcomingMeetings: upcomingOf.get(r.id) ?? 0,
        available: availableSlots(data.event, r).length,
      };
    }),
  };
}
