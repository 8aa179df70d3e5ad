import type { ScheduledMeeting, SchedulingEvent } from './types';

/** The event as dense integer arrays: the search runs on indices, never on id strings. */
export interface SchedulingModel {
  event: SchedulingEvent;
  slotCount: number;
  participantCount: number;
  requestCount: number;
  tables: number;
  weights: Float64Array;
  members: Int32Array[];
  /** Slots every member of the request can attend. */
  feasibleSlots: Int32Array[];
  /** Interpreter pair index per request, -1 when none is needed. */
  pairOf: Int32Array;
  pairCapacity: Int32Array;
  /** 1 when the request meets on site and so takes a table; 0 for online meetings. */
  usesTable: Uint8Array;
  onlineCount: number;
  /** Integer weights let a fractional bound be rounded down. */
  integralWeights: boolean;
  slotIndex: Map<string, number>;
  requestIndex: Map<string, number>;
}

export interface LockedPlacement {
  request: number;
  slot: number;
  table: number;
}

export function buildModel(event: SchedulingEvent): SchedulingModel {
  const slotIndex = new Map(event.slots.map((s, i) => [s.id, i]));
  const participantIndex = new Map(event.participants.map((p, i) => [p.id, i]));
  const requestIndex = new Map(event.requests.map((r, i) => [r.id, i]));
  const slotCount = event.slots.length;
  const availability = event.participants.map((p) => {
    const mask = new Uint8Array(slotCount);
    if (p.available === undefined) mask.fill(1);
    else for (const id of p.available) mask[lookup(slotIndex, id, `slot of participant "${p.id}"`)] = 1;
    return mask;
  });
  const pairIds = Object.keys(event.interpreters ?? {});
  const pairIndex = new Map(pairIds.map((id, i) => [id, i]));

  const members = event.requests.map((r) => Int32Array.from(r.participants, (p) => lookup(participantIndex, p, `participant of request "${r.id}"`)));
  const excluded = excludedRequests(event, members, participantIndex);
  const feasibleSlots = members.map((m, r) => {
    const slots: number[] = [];
    if (excluded[r] === 1) return new Int32Array(0);
    for (let s = 0; s < slotCount; s++) if (m.every((p) => availability[p]![s] === 1)) slots.push(s);
    return Int32Array.from(slots);
  });
  const weights = Float64Array.from(event.requests, (r) => r.weight ?? 1);
  const usesTable = Uint8Array.from(event.requests, (r) => (r.online === true ? 0 : 1));
  return {
    event,
    slotCount,
    participantCount: event.participants.length,
    requestCount: event.requests.length,
    tables: event.tables,
    weights,
    members,
    feasibleSlots,
    pairOf: Int32Array.from(event.requests, (r) =>
      r.interpreterPair === undefined ? -1 : lookup(pairIndex, r.interpreterPair, `interpreter pair of "${r.id}"`),
    ),
    pairCapacity: Int32Array.from(pairIds, (id) => event.interpreters?.[id] ?? 0),
    usesTable,
    onlineCount: usesTable.length - usesTable.reduce((n, bit) => n + bit, 0),
    integralWeights: weights.every(Number.isInteger),
    slotIndex,
    requestIndex,
  };
}

export function resolveLocked(model: SchedulingModel, locked: readonly ScheduledMeeting[]): LockedPlacement[] {
  return locked.map((m, i) => {
    const at = `locked[${i}]`;
    const table = m.table;
    const request = lookup(model.requestIndex, m.request, `${at}.request`);
    if (model.usesTable[request] === 0) {
      if (table !== 0) throw new Error(`${at}: an online meeting has table 0, not ${table}`);
    } else if (!Number.isInteger(table) || table < 1 || table > model.tables) {
      throw new Error(`${at}: table ${table} outside 1..${model.tables}`);
    }
    return {
      request,
      slot: lookup(model.slotIndex, m.slot, `${at}.slot`),
      table,
    };
  });
}

function lookup(index: Map<string, number>, id: string, what: string): number {
  const i = index.get(id);
  if (i === undefined) throw new Error(`${what}: unknown id "${id}"`);
  return i;
}

/**
 * Requests that hold both members of an excluded pair (1) — they get no feasible slot, so neither
 * the search nor the bound ever counts them.
 */
function excludedRequests(event: SchedulingEvent, members: Int32Array[], participantIndex: Map<string, number>): Uint8Array {
  const excluded = new Uint8Array(members.length);
  const pairs = event.excludedPairs ?? [];
  if (pairs.length === 0) return excluded;
  const n = event.participants.length;
  const keys = new Set<number>();
  pairs.forEach(([a, b], i) => {
    const x = lookup(participantIndex, a, `excludedPairs[${i}][0]`);
    const y = lookup(participantIndex, b, `excludedPairs[${i}][1]`);
    keys.add(Math.min(x, y) * n + Math.max(x, y));
  });
  members.forEach((m, r) => {
    for (let i = 0; i < m.length && excluded[r] === 0; i++) {
      for (let j = i + 1; j < m.length; j++) {
        if (keys.has(Math.min(m[i]!, m[j]!) * n + Math.max(m[i]!, m[j]!))) {
          excluded[r] = 1;
          break;
        }
      }
    }
  });
  return excluded;
}
