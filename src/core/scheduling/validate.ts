import type { SchedulingEvent } from './types';

export type RuleCode =
  | 'FORMAT'
  | 'UNKNOWN_ID'
  | 'DUPLICATE_MEETING'
  | 'UNAVAILABLE'
  | 'PARTICIPANT_CLASH'
  | 'SLOT_CAPACITY'
  | 'TABLE'
  | 'INTERPRETER_CAPACITY'
  | 'EXCLUDED_PAIR'
  | 'UNSCHEDULED'
  | 'MISSING';

export interface Violation {
  rule: RuleCode;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every feasibility rule of the schedule file (README "Feasibility rules") plus the interpreter
 * limits, online meetings (table 0, no table capacity) and excluded pairs; an empty list means the schedule is valid. Written independently of the engine's state
 * so that it can judge the engine.
 */
export function validateSchedule(event: SchedulingEvent, schedule: unknown): Violation[] {
  const violations: Violation[] = [];
  const fail = (rule: RuleCode, message: string) => void violations.push({ rule, message });
  if (!isObject(schedule) || !Array.isArray(schedule.meetings) || !Array.isArray(schedule.unscheduled)) {
    fail('FORMAT', 'schedule must be an object with arrays "meetings" and "unscheduled"');
    return violations;
  }
  const slots = new Set(event.slots.map((s) => s.id));
  const requests = new Map(event.requests.map((r) => [r.id, r]));
  const available = new Map(event.participants.map((p) => [p.id, p.available && new Set(p.available)]));
  const listed = new Set<string>();
  const busy = new Set<string>();
  const tablesUsed = new Set<string>();
  const perSlot = new Map<string, number>();
  const perPair = new Map<string, number>();
  const excluded = new Set((event.excludedPairs ?? []).flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]));

  schedule.meetings.forEach((m: unknown, i) => {
    const at = `meetings[${i}]`;
    if (!isObject(m) || typeof m.request !== 'string' || typeof m.slot !== 'string' || !Number.isInteger(m.table)) {
      return fail('FORMAT', `${at}: must be {request: string, slot: string, table: integer}`);
    }
    const { request: id, slot } = m;
    const table = m.table as number;
    const request = requests.get(id);
    if (request === undefined) return fail('UNKNOWN_ID', `${at}: unknown request "${id}"`);
    if (!slots.has(slot)) return fail('UNKNOWN_ID', `${at}: unknown slot "${slot}"`);
    if (listed.has(id)) return fail('DUPLICATE_MEETING', `${at}: request "${id}" is scheduled twice`);
    listed.add(id);
    for (const p of request.participants) {
      if (available.get(p)?.has(slot) === false) fail('UNAVAILABLE', `${at}: "${p}" is not available in "${slot}"`);
      const key = `${p}\u0000${slot}`;
      if (busy.has(key)) fail('PARTICIPANT_CLASH', `${at}: "${p}" has another meeting in "${slot}"`);
      busy.add(key);
    }
    const people = request.participants;
    people.forEach((a, i) =>
      people.slice(i + 1).forEach((b) => {
        if (excluded.has(`${a}\u0000${b}`)) fail('EXCLUDED_PAIR', `${at}: "${a}" and "${b}" must not be put in one meeting`);
      }),
    );
    if (request.online === true) {
      if (table !== 0) fail('TABLE', `${at}: online meeting has table ${table}, must be 0`);
    } else {
      const load = (perSlot.get(slot) ?? 0) + 1;
      perSlot.set(slot, load);
      if (load === event.tables + 1) fail('SLOT_CAPACITY', `slot "${slot}" has more than ${event.tables} meetings`);
      if (table < 1 || table > event.tables) fail('TABLE', `${at}: table ${table} outside 1..${event.tables}`);
      const tableKey = `${slot}\u0000${table}`;
      if (tablesUsed.has(tableKey)) fail('TABLE', `${at}: table ${table} is used twice in "${slot}"`);
      tablesUsed.add(tableKey);
    }
    const pair = request.interpreterPair;
    if (pair !== undefined) {
      const pairKey = `${pair}\u0000${slot}`;
      const pairLoad = (perPair.get(pairKey) ?? 0) + 1;
      perPair.set(pairKey, pairLoad);
      const limit = event.interpreters?.[pair] ?? 0;
      if (pairLoad === limit + 1) fail('INTERPRETER_CAPACITY', `slot "${slot}" needs more than ${limit} "${pair}" interpreters`);
    }
  });

  const unscheduled = new Set<string>();
  schedule.unscheduled.forEach((id: unknown, i) => {
    const at = `unscheduled[${i}]`;
    if (typeof id !== 'string' || !requests.has(id)) return fail('UNSCHEDULED', `${at}: unknown request ${JSON.stringify(id)}`);
    if (unscheduled.has(id)) return fail('UNSCHEDULED', `${at}: "${id}" is listed twice`);
    if (listed.has(id)) fail('UNSCHEDULED', `${at}: "${id}" is also scheduled`);
    unscheduled.add(id);
  });
  for (const id of requests.keys()) {
    if (!listed.has(id) && !unscheduled.has(id)) fail('MISSING', `request "${id}" is neither scheduled nor unscheduled`);
  }
  return violations;
}
