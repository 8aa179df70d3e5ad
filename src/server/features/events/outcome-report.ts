// The outcome report of an event, for its organisers after the day: registrations by status,
// country, type of organisation and attendance; who came; meetings scheduled and held, online
// and on site; the meeting requests; and the follow-up feedback where the sides gave it.
//
// A meeting counts as held once its slot has begun, unless a side was marked a no-show or a side
// answered "did not take place" in the follow-up feedback.
import { type FeedbackAnswer, attendanceModes } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { eventOutcomes } from '../follow-up/event-outcomes';
import * as repo from './events.repository';
import { dashboard, participantsOf } from './events.service';
import { eventOf } from './import-participants';
import { meetingsNotHeld, registrationsWithOrganisation } from './participants-io.repository';

const statuses = ['registered', 'pending-approval', 'waitlisted', 'cancelled'] as const;

export type OutcomeReport = {
  title: string;
  registrations: {
    total: number;
    byStatus: Record<(typeof statuses)[number], number>;
    byCountry: [string, number][];
    byType: [string, number][];
    byAttendance: Record<(typeof attendanceModes)[number], number>;
  };
  attendance: { checkedIn: number; noShows: number; notCheckedIn: number };
  meetings: { scheduled: number; held: number; online: number; onSite: number };
  requests: { sent: number; accepted: number; declined: number; pending: number };
  feedback: { answered: number; answers: Record<FeedbackAnswer, number>; followUpsAgreed: number };
};

/** Counts by key, most first (then by key, so the order does not depend on the database's). */
function tally(keys: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export async function outcomeReport(db: Db, eventId: string, now: Date): Promise<OutcomeReport> {
  const event = await eventOf(db, eventId);
  const regs = await registrationsWithOrganisation(db, event.id);
  const taking = regs.filter((r) => r.status === 'registered');
  const figures = await dashboard(db, event.id, now);
  const requests = new Map((await repo.listRequests(db, event.id)).map((r) => [r.id, r]));
  const meetings = await repo.listMeetings(db, event.id);
  const notHeld = await meetingsNotHeld(db, event.id);
  const noShows = new Set(regs.filter((r) => r.noShowAt).map((r) => r.id));
  const begun = new Set(event.slots.filter((s) => Date.parse(s.start) <= now.getTime()).map((s) => s.id));
  const held = meetings.filter((m) => {
    const request = requests.get(m.requestId);
    return begun.has(m.slotId) && !notHeld.has(m.requestId) && !!request && !participantsOf(request).some((p) => noShows.has(p));
  });
  const online = meetings.filter((m) => m.table === 0 || m.videoUrl !== null).length;
  const feedback = await eventOutcomes(db, event.id);
  return {
    title: event.title,
    registrations: {
      total: regs.length,
      byStatus: Object.fromEntries(statuses.map((s) => [s, regs.filter((r) => r.status === s).length])) as OutcomeReport['registrations']['byStatus'],
      byCountry: tally(taking.map((r) => r.country)),
      byType: tally(taking.map((r) => r.type)),
      byAttendance: Object.fromEntries(
        attendanceModes.map((a) => [a, taking.filter((r) => r.attendance === a).length]),
      ) as OutcomeReport['registrations']['byAttendance'],
    },
    attendance: {
      checkedIn: regs.filter((r) => r.checkedInAt).length,
      noShows: noShows.size,
      notCheckedIn: taking.filter((r) => !r.checkedInAt && !r.noShowAt).length,
    },
    meetings: { scheduled: meetings.length, held: held.length, online, onSite: meetings.length - online },
    requests: { sent: figures.requests.sent, accepted: figures.requests.accepted, declined: figures.requests.declined, pending: figures.requests.pending },
    feedback: { answered: feedback.answered, answers: feedback.answers, followUpsAgreed: feedback.followUpsAgreed },
  };
}
