import type { EventParticipant, EventSlot, MeetingRequest, SchedulingEvent } from './types';

export type ParsedEvent = { ok: true; event: SchedulingEvent } | { ok: false; errors: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks untrusted JSON against the event format. Every error names its location
 * (`requests[12].participants[1]: unknown participant "p999"`) so organisers can fix the file.
 */
export function parseEvent(raw: unknown): ParsedEvent {
  const errors: string[] = [];
  if (!isObject(raw)) return { ok: false, errors: ['event: must be a JSON object'] };

  const slotIds = new Set<string>();
  const slots: EventSlot[] = [];
  forEachObject(raw.slots, 'slots', errors, (s, at) => {
    const id = uniqueId(s.id, at, slotIds, errors);
    for (const key of ['start', 'end'] as const) {
      if (typeof s[key] !== 'string' || Number.isNaN(Date.parse(s[key]))) {
        errors.push(`${at}.${key}: must be an ISO-8601 date-time string`);
      }
    }
    if (id !== undefined) slots.push({ id, start: String(s.start), end: String(s.end) });
  });

  const tables = raw.tables;
  if (typeof tables !== 'number' || !Number.isInteger(tables) || tables < 1) {
    errors.push(`tables: must be a positive integer (got ${JSON.stringify(tables)})`);
  }

  const participantIds = new Set<string>();
  const participants: EventParticipant[] = [];
  forEachObject(raw.participants, 'participants', errors, (p, at) => {
    const id = uniqueId(p.id, at, participantIds, errors);
    if (id === undefined) return;
    if (p.available === undefined) return void participants.push({ id });
    if (!Array.isArray(p.available)) return void errors.push(`${at}.available: must be an array of slot ids`);
    p.available.forEach((s, k) => {
      if (typeof s !== 'string' || !slotIds.has(s)) errors.push(`${at}.available[${k}]: unknown slot ${JSON.stringify(s)}`);
    });
    participants.push({ id, available: p.available.filter((s): s is string => typeof s === 'string') });
  });

  const interpreters = parseInterpreters(raw.interpreters, errors);

  const requestIds = new Set<string>();
  const requests: MeetingRequest[] = [];
  forEachObject(raw.requests, 'requests', errors, (r, at) => {
    const id = uniqueId(r.id, at, requestIds, errors);
    const members = parseMembers(r.participants, `${at}.participants`, participantIds, errors);
    const weight = r.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 1) {
      errors.push(`${at}.weight: must be a number of at least 1 (got ${JSON.stringify(r.weight)})`);
    }
    const pair = r.interpreterPair;
    if (pair !== undefined && (typeof pair !== 'string' || interpreters?.[pair] === undefined)) {
      errors.push(`${at}.interpreterPair: ${JSON.stringify(pair)} is not a key of "interpreters"`);
    }
    if (r.online !== undefined && typeof r.online !== 'boolean') errors.push(`${at}.online: must be true or false`);
    if (id === undefined || members === undefined) return;
    const request: MeetingRequest = { id, participants: members, weight: Number(weight) };
    if (typeof pair === 'string') request.interpreterPair = pair;
    if (r.online === true) request.online = true;
    requests.push(request);
  });

  const excludedPairs = parseExcludedPairs(raw.excludedPairs, participantIds, errors);

  if (errors.length > 0) return { ok: false, errors };
  const event: SchedulingEvent = { slots, tables: tables as number, participants, requests };
  if (interpreters !== undefined) event.interpreters = interpreters;
  if (excludedPairs !== undefined) event.excludedPairs = excludedPairs;
  return { ok: true, event };
}

function forEachObject(list: unknown, at: string, errors: string[], visit: (item: Record<string, unknown>, at: string) => void): void {
  if (!Array.isArray(list)) return void errors.push(`${at}: must be an array`);
  list.forEach((item, i) => {
    if (isObject(item)) visit(item, `${at}[${i}]`);
    else errors.push(`${at}[${i}]: must be an object`);
  });
}

function uniqueId(id: unknown, at: string, seen: Set<string>, errors: string[]): string | undefined {
  if (typeof id !== 'string' || id === '') return void errors.push(`${at}.id: must be a non-empty string`);
  if (seen.has(id)) return void errors.push(`${at}.id: duplicate id "${id}"`);
  seen.add(id);
  return id;
}

function parseMembers(list: unknown, at: string, known: Set<string>, errors: string[]): string[] | undefined {
  if (!Array.isArray(list) || list.length < 2) {
    return void errors.push(`${at}: must be an array of at least 2 participant ids`);
  }
  const before = errors.length;
  const seen = new Set<string>();
  list.forEach((p, k) => {
    if (typeof p !== 'string' || !known.has(p)) errors.push(`${at}[${k}]: unknown participant ${JSON.stringify(p)}`);
    else if (seen.has(p)) errors.push(`${at}[${k}]: participant "${p}" is listed twice`);
    else seen.add(p);
  });
  return errors.length === before ? (list as string[]) : undefined;
}

function parseInterpreters(raw: unknown, errors: string[]): Record<string, number> | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) return void errors.push('interpreters: must be an object mapping a language pair to a count');
  const result: Record<string, number> = {};
  for (const [pair, count] of Object.entries(raw)) {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      errors.push(`interpreters.${pair}: must be a non-negative integer (got ${JSON.stringify(count)})`);
    } else result[pair] = count;
  }
  return result;
}

function parseExcludedPairs(raw: unknown, known: Set<string>, errors: string[]): [string, string][] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) return void errors.push('excludedPairs: must be an array of [participant, participant]');
  const pairs: [string, string][] = [];
  raw.forEach((pair, i) => {
    const at = `excludedPairs[${i}]`;
    if (!Array.isArray(pair) || pair.length !== 2) return void errors.push(`${at}: must be two participant ids`);
    const bad = pair.findIndex((p) => typeof p !== 'string' || !known.has(p));
    if (bad >= 0) return void errors.push(`${at}[${bad}]: unknown participant ${JSON.stringify(pair[bad])}`);
    pairs.push([pair[0] as string, pair[1] as string]);
  });
  return pairs;
}
