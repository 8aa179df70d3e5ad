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

  const members = event.requests.map(
    (r) => Int32Array.from(r.participants, (p) => lookup(participantIndex, p, `participant of request "${r.id}"`)),
  );
  const feasibleSlots = members.map((m) => {
    const slots: number[] = [];
    for (let s = 0; s < slotCount; s++) if (m.every((p) => availability[p]![s] === 1)) slots.push(s);
    return Int32Array.from(slots);
  });
  const weights = Float64Array.from(event.requests, (r) => r.weight ?? 1);
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
    integralWeights: weights.every(Number.isInteger),
    slotIndex,
    requestIndex,
  };
}

export function resolveLocked(model: SchedulingModel, locked: readonly ScheduledMeeting[]): LockedPlacement[] {
  return locked.map((m, i) => {
    const at = `locked[${i}]`;
    const table = m.table;
    if (!Number.isInteger(table) || table < 1 || table > model.tables) {
      throw new Error(`${at}: table ${table} outside 1..${model.tables}`);
    }
    return {
      request: lookup(model.requestIndex, m.request, `${at}.request`),
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
