// Rules shared by the whole events feature: weights, expiry, who acts for a delegate,
// interpreters, availability.
import type { MeetingRequest } from '../../../shared/api';
import { managesProgramme, type Viewer } from '../../actor';
import { invalid } from '../../errors';
import type { EventRow, RegistrationRow, RequestRow } from './events.repository';

export type Issue = { path: string; message: string };

/**
 * The weight of an accepted request in the schedule (docs/decisions/009-meeting-weights-and-locking.md):
 * 3 when both sides asked for the meeting, 2 for "must meet", 1 for "would like to".
 */
export function requestWeight(r: Pick<RequestRow, 'mutual' | 'priority'>): number {
  return r.mutual ? 3 : r.priority === 'must-meet' ? 2 : 1;
}

/** A pending request expires when the event's request deadline has passed (computed on read). */
export function effectiveStatus(r: Pick<RequestRow, 'status'>, event: Pick<EventRow, 'requestDeadline'>, now: Date): MeetingRequest['status'] {
  if (r.status === 'pending' && event.requestDeadline && now.getTime() >= Date.parse(event.requestDeadline)) return 'expired';
  return r.status;
}

export const participantsOf = (r: RequestRow) => [r.requesterId, ...r.invitees.map((i) => i.registrationId)];
export const isActive = (reg: RegistrationRow) => reg.status === 'registered' && reg.noShowAt === null;
export const normalisePair = (pair: string) => pair.toLowerCase().split('-').sort().join('-');

/** Members act for the registrations of their own organisation (and their own); organisers for all. */
export function actsFor(actor: Viewer, reg: Pick<RegistrationRow, 'userId' | 'organisationId'>): boolean {
  if (!actor) return false;
  if (managesProgramme(actor)) return true;
  if (actor.kind !== 'user') return false;
  return reg.userId === actor.id || (actor.organisationId !== null && actor.organisationId === reg.organisationId);
}

/**
 * The interpreter pair a meeting needs, or null: none when all participants share a language.
 * For two participants without a common language it is the configured pair (most interpreters
 * first) between a language of each; without one, the pair of their first languages (which has no
 * interpreters, so the meeting cannot be placed and is reported as unscheduled).
 */
export function interpreterPairFor(languages: string[][], interpreters: Record<string, number>): string | null {
  const [first, ...rest] = languages;
  if (!first) return null;
  const common = first.filter((l) => rest.every((ls) => ls.includes(l)));
  if (common.length > 0) return null;
  // The two participants who share no language (for a group: the first such pair).
  let a = first;
  let b = rest.find((ls) => !ls.some((l) => a.includes(l)));
  if (!b) {
    outer: for (let i = 0; i < languages.length; i++) {
      for (let j = i + 1; j < languages.length; j++) {
        if (!languages[i]!.some((l) => languages[j]!.includes(l))) {
          a = languages[i]!;
          b = languages[j]!;
          break outer;
        }
      }
    }
  }
  if (!b) b = rest[0] ?? first;
  const candidates = a.flatMap((x) => b.map((y) => normalisePair(`${x}-${y}`)));
  const configured = candidates.filter((p) => (interpreters[p] ?? 0) > 0).sort((p, q) => interpreters[q]! - interpreters[p]!);
  return configured[0] ?? candidates[0] ?? null;
}

/** The slots a delegate can attend: meeting slots inside arrival/departure, not blocked. */
export function availableSlots(event: Pick<EventRow, 'slots'>, reg: Pick<RegistrationRow, 'arrivesAt' | 'leavesAt' | 'blockedSlots'>): string[] {
  const arrives = reg.arrivesAt ? Date.parse(reg.arrivesAt) : -Infinity;
  const leaves = reg.leavesAt ? Date.parse(reg.leavesAt) : Infinity;
  const blocked = new Set(reg.blockedSlots);
  return event.slots
    .filter((s) => s.kind === 'meeting' && !blocked.has(s.id) && Date.parse(s.start) >= arrives && Date.parse(s.end) <= leaves)
    .map((s) => s.id);
}

export function checkAvailability(event: EventRow, input: { arrivesAt?: string | null; leavesAt?: string | null; blockedSlots?: string[] }): void {
  const issues: Issue[] = [];
  const slots = new Set(event.slots.map((s) => s.id));
  (input.blockedSlots ?? []).forEach((s, i) => {
    if (!slots.has(s)) issues.push({ path: `blockedSlots.${i}`, message: `the event has no slot "${s}"` });
  });
  if (input.arrivesAt && input.leavesAt && Date.parse(input.leavesAt) <= Date.parse(input.arrivesAt)) {
    issues.push({ path: 'leavesAt', message: 'must be after arrivesAt' });
  }
  if (issues.length) throw invalid(issues);
}

export const iso = (value: string | null | undefined) => (value ? new Date(value).toISOString() : value);
