import { seededRandom } from '../../src/core/scheduling/random';
import type { EventParticipant, MeetingRequest, SchedulingEvent } from '../../src/core/scheduling/types';

export interface EventShape {
  participants: number;
  requests: number;
  slots: number;
  tables: number;
  seed: number;
  /** Share of requests that are group meetings of 3–5 participants. */
  groupShare?: number;
  /** Share of participants who miss part of the day. */
  partialAvailability?: number;
  /** Share of participants who attend online: their meetings with each other take no table. */
  onlineShare?: number;
  /** Share of requested pairs that one side declined: the scheduler must never place them. */
  declinedShare?: number;
  /**
   * Share of requests in which the asking participant brings a colleague of the same organisation
   * (side A's organisations are runs of three consecutive participants): both must be free.
   */
  colleagueShare?: number;
}

const SLOT_MINUTES = 20;
const BREAK_MINUTES = 5;

/**
 * A matchmaking event shaped like the real ones: two delegations (requests cross between them),
 * a heavy-tailed popularity so a few large buyers are asked far more often than there are slots,
 * late arrivals, early departures and busy blocks, a few group meetings, weights 1–3.
 */
export function generateSchedulingEvent(shape: EventShape): SchedulingEvent {
  const random = seededRandom(shape.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const slots = Array.from({ length: shape.slots }, (_, i) => {
    const start = Date.UTC(2027, 2, 10, 9) + i * (SLOT_MINUTES + BREAK_MINUTES) * 60_000;
    return {
      id: `s${i + 1}`,
      start: new Date(start).toISOString(),
      end: new Date(start + SLOT_MINUTES * 60_000).toISOString(),
    };
  });
  const participants: EventParticipant[] = Array.from({ length: shape.participants }, (_, i) => {
    const id = `p${i + 1}`;
    if (random() >= (shape.partialAvailability ?? 0.35)) return { id };
    return { id, available: availabilityWindow(shape.slots, random).map((s) => slots[s]!.id) };
  });
  // Side A (40 %) asks side B; popularity ~ 1/rank^0.8 makes the top of side B over-subscribed.
  const sideA = participants.slice(0, Math.floor(shape.participants * 0.4)).map((p) => p.id);
  const sideB = participants.slice(sideA.length).map((p) => p.id);
  const popularity = sideB.map((_, rank) => 1 / Math.pow(rank + 1, 0.8));
  const cumulative = popularity.map(
    (
      (sum) => (w: number) =>
        (sum += w)
    )(0),
  );
  const total = cumulative[cumulative.length - 1]!;
  const popular = () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return sideB[lo]!;
  };
  // Each option draws from the stream only when set, so the events without it stay the same as
  // before the option existed (the bench's older rows remain comparable).
  const chance = (share: number | undefined) => share !== undefined && random() < share;
  const online = new Set(participants.filter(() => chance(shape.onlineShare)).map((p) => p.id));
  const requests: MeetingRequest[] = [];
  const excludedPairs: [string, string][] = [];
  const seen = new Set<string>();
  while (requests.length < shape.requests) {
    const asker = pick(sideA);
    const members = new Set([asker, popular()]);
    if (chance(shape.colleagueShare)) members.add(colleagueOf(asker, sideA.length, random));
    if (random() < (shape.groupShare ?? 0.03)) {
      const extra = 1 + Math.floor(random() * 3);
      while (members.size < 2 + extra) members.add(random() < 0.5 ? pick(sideA) : popular());
    }
    const key = [...members].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const roll = random();
    const people = [...members];
    requests.push({
      id: `r${requests.length + 1}`,
      participants: people,
      weight: roll < 0.65 ? 1 : roll < 0.85 ? 2 : 3,
      ...(people.every((p) => online.has(p)) ? { online: true } : {}),
    });
    // The first two members are the asker and the one asked (colleagues and guests come after).
    if (chance(shape.declinedShare)) excludedPairs.push([people[0]!, people[1]!]);
  }
  return { slots, tables: shape.tables, participants, requests, ...(excludedPairs.length > 0 ? { excludedPairs } : {}) };
}

/** Another member of the asker's organisation: `p1`–`p3` are one, `p4`–`p6` the next, and so on. */
function colleagueOf(asker: string, sideASize: number, random: () => number): string {
  const index = Number(asker.slice(1)) - 1;
  const first = index - (index % 3);
  const size = Math.min(3, sideASize - first);
  if (size < 2) return asker;
  const offset = 1 + Math.floor(random() * (size - 1));
  return `p${first + ((index - first + offset) % size) + 1}`;
}

/** Late arrival, early departure, or a busy block in the middle of the day. */
function availabilityWindow(slotCount: number, random: () => number): number[] {
  const all = Array.from({ length: slotCount }, (_, s) => s);
  const length = 2 + Math.floor(random() * (slotCount / 3));
  const kind = random();
  if (kind < 0.35) return all.slice(length);
  if (kind < 0.7) return all.slice(0, slotCount - length);
  const from = Math.floor(random() * (slotCount - length));
  return all.filter((s) => s < from || s >= from + length);
}
