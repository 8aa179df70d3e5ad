import type { MeetingRequest as EngineRequest, ScheduledMeeting, SchedulingEvent } from '../../../core/scheduling/index';
import { declinedPairs, pairsThatMetBefore } from './excluded-pairs';
import { meetsOnline, needsVideoCall } from './hybrid-meetings';
import type { EventRow, MeetingRow, RegistrationRow, RequestRow } from './events.repository';
import { availableSlots, effectiveStatus, interpreterPairFor, isActive, participantsOf, requestWeight } from './event-rules';

type EngineInput = { engine: SchedulingEvent; locked: ScheduledMeeting[]; pairs: Map<string, string | null>; video: Set<string> };

/**
 * The engine's event from the accepted, unexpired requests whose participants all still attend.
 * Pairs that declined each other (and, when `metOrganisations` is given, whose organisations met
 * before) are excluded; online meetings take no table; `video` holds the requests that need a call.
 */
export function buildEngineInput(
  event: EventRow,
  regs: RegistrationRow[],
  requests: RequestRow[],
  meetings: MeetingRow[],
  now: Date,
  metOrganisations: [string, string][] = [],
): EngineInput {
  const active = new Map(regs.filter(isActive).map((r) => [r.id, r]));
  const video = new Set<string>();
  const slots = event.slots.filter((s) => s.kind === 'meeting');
  const pairs = new Map<string, string | null>();
  const interpreters = { ...event.interpreters };
  const engineRequests: EngineRequest[] = [];
  for (const r of requests) {
    if (effectiveStatus(r, event, now) !== 'accepted') continue;
    const people = participantsOf(r);
    if (!people.every((p) => active.has(p))) continue;
    const pair = interpreterPairFor(
      people.map((p) => active.get(p)!.languages),
      event.interpreters,
    );
    pairs.set(r.id, pair);
    if (pair !== null) interpreters[pair] ??= 0;
    const attendees = people.map((p) => active.get(p)!);
    const online = meetsOnline(r, attendees);
    if (needsVideoCall(online, attendees)) video.add(r.id);
    engineRequests.push({
      id: r.id,
      participants: people,
      weight: requestWeight(r),
      ...(pair !== null ? { interpreterPair: pair } : {}),
      ...(online ? { online } : {}),
    });
  }
  const organisationOf = new Map([...active.values()].map((r) => [r.id, r.organisationId]));
  const excludedPairs = [
    ...declinedPairs(requests).filter(([a, b]) => active.has(a) && active.has(b)),
    ...pairsThatMetBefore(
      engineRequests.map((r) => r.participants),
      organisationOf,
      metOrganisations,
    ),
  ];
  const engine: SchedulingEvent = {
    slots: slots.map((s) => ({ id: s.id, start: s.start, end: s.end })),
    tables: event.tables.length,
    participants: [...active.values()].map((r) => ({ id: r.id, available: availableSlots(event, r) })),
    requests: engineRequests,
    interpreters,
    excludedPairs,
  };
  // Locked: published meetings and those whose slot has started, as long as they still fit.
  const slotStart = new Map(slots.map((s) => [s.id, Date.parse(s.start)]));
  const available = new Map(engine.participants.map((p) => [p.id, new Set(p.available)]));
  const requestOf = new Map(engineRequests.map((r) => [r.id, r]));
  const busy = new Set<string>();
  const tables = new Set<string>();
  const perPair = new Map<string, number>();
  const locked: ScheduledMeeting[] = [];
  for (const m of meetings) {
    const start = slotStart.get(m.slotId);
    const r = requestOf.get(m.requestId);
    if (start === undefined || !r || !(m.locked || start <= now.getTime())) continue;
    // A meeting that changed between online and on site since it was placed is placed anew.
    if (r.online === true ? m.table !== 0 : m.table < 1 || m.table > engine.tables || tables.has(`${m.slotId}|${m.table}`)) continue;
    if (r.participants.some((p) => busy.has(`${p}|${m.slotId}`) || (start > now.getTime() && !available.get(p)?.has(m.slotId)))) continue;
    if (r.interpreterPair) {
      const key = `${r.interpreterPair}|${m.slotId}`;
      if ((perPair.get(key) ?? 0) >= (interpreters[r.interpreterPair] ?? 0)) continue;
      perPair.set(key, (perPair.get(key) ?? 0) + 1);
    }
    // Held meetings keep their slot even if the delegate has since become unavailable.
    for (const p of r.participants) {
      busy.add(`${p}|${m.slotId}`);
      available.get(p)?.add(m.slotId);
    }
    tables.add(`${m.slotId}|${m.table}`);
    locked.push({ request: m.requestId, slot: m.slotId, table: m.table });
  }
  for (const p of engine.participants) p.available = slots.map((s) => s.id).filter((id) => available.get(p.id)!.has(id));
  return { engine, locked, pairs, video };
}
