import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { firstFitGreedy, scheduleMeetings, validateSchedule } from './index';
import type { LinearSolver, ScheduledMeeting, SchedulingEvent } from './index';

const highs = await highsLoader();
const solver: LinearSolver = { solve: async (problem, options) => highs.solve(problem, options) };

/** A clock that advances on every reading: runs are deterministic and never wait. */
const tickingClock = () => {
  let now = 0;
  return () => now++;
};

const eventArbitrary = (maxRequests: number) =>
  fc
    .record({
      slotCount: fc.integer({ min: 1, max: 4 }),
      tables: fc.integer({ min: 1, max: 3 }),
      participantCount: fc.integer({ min: 3, max: 7 }),
      interpreterLimit: fc.option(fc.integer({ min: 0, max: 2 })),
    })
    .chain(({ slotCount, tables, participantCount, interpreterLimit }) => {
      const slotIds = Array.from({ length: slotCount }, (_, i) => `s${i}`);
      const participantIds = Array.from({ length: participantCount }, (_, i) => `p${i}`);
      return fc.record({
        slots: fc.constant(slotIds.map((id, i) => ({ id, start: `2027-03-10T0${i}:00:00Z`, end: `2027-03-10T0${i}:20:00Z` }))),
        tables: fc.constant(tables),
        participants: fc.tuple(
          ...participantIds.map((id) => fc.option(fc.subarray(slotIds), { freq: 2 }).map((available) => (available === null ? { id } : { id, available }))),
        ),
        requests: fc
          .array(
            fc.record({
              participants: fc.uniqueArray(fc.constantFrom(...participantIds), { minLength: 2, maxLength: 3 }),
              weight: fc.integer({ min: 1, max: 3 }),
              interpreted: fc.boolean(),
              online: fc.boolean(),
            }),
            { minLength: 1, maxLength: maxRequests },
          )
          .map((requests) =>
            requests.map(({ participants, weight, interpreted, online }, i) => ({
              id: `r${i}`,
              participants,
              weight,
              ...(interpreted && interpreterLimit !== null ? { interpreterPair: 'zh-nl' } : {}),
              ...(online ? { online } : {}),
            })),
          ),
        interpreters: fc.constant(interpreterLimit === null ? undefined : { 'zh-nl': interpreterLimit }),
        excludedPairs: fc.subarray(
          participantIds.slice(1).map((id): [string, string] => [participantIds[0]!, id]),
          { maxLength: 2 },
        ),
      });
    })
    .map(({ interpreters, ...event }): SchedulingEvent => (interpreters ? { ...event, interpreters } : event));

/** Some meetings of a valid schedule, to lock. */
const withLocked = (event: SchedulingEvent) => fc.subarray(firstFitGreedy(event).meetings).map((locked) => ({ event, locked }));

/** Exhaustive optimum by depth-first search over "unscheduled or one of the slots" per request. */
function bruteForceOptimum(event: SchedulingEvent, locked: ScheduledMeeting[]): number {
  const lockedSlot = new Map(locked.map((m) => [m.request, m.slot]));
  const available = new Map(event.participants.map((p) => [p.id, p.available]));
  const busy = new Set<string>();
  const load = new Map<string, number>();
  const excluded = new Set((event.excludedPairs ?? []).map(([a, b]) => [a, b].sort().join('|')));
  const isExcluded = (people: string[]) => people.some((a) => people.some((b) => a < b && excluded.has(`${a}|${b}`)));
  let best = 0;
  const visit = (i: number, weight: number): void => {
    if (i === event.requests.length) return void (best = Math.max(best, weight));
    const request = event.requests[i]!;
    const forced = lockedSlot.get(request.id);
    if (forced === undefined) visit(i + 1, weight);
    if (isExcluded(request.participants)) return;
    for (const slot of forced === undefined ? event.slots.map((s) => s.id) : [forced]) {
      const pairKey = `${request.interpreterPair}@${slot}`;
      const fits =
        request.participants.every((p) => (available.get(p)?.includes(slot) ?? true) && !busy.has(`${p}@${slot}`)) &&
        (request.online === true || (load.get(slot) ?? 0) < event.tables) &&
        (request.interpreterPair === undefined || (load.get(pairKey) ?? 0) < event.interpreters![request.interpreterPair]!);
      if (!fits) continue;
      const keys = [...(request.online === true ? [] : [slot]), ...(request.interpreterPair === undefined ? [] : [pairKey])];
      request.participants.forEach((p) => busy.add(`${p}@${slot}`));
      keys.forEach((k) => load.set(k, (load.get(k) ?? 0) + 1));
      visit(i + 1, weight + (request.weight ?? 1));
      request.participants.forEach((p) => busy.delete(`${p}@${slot}`));
      keys.forEach((k) => load.set(k, load.get(k)! - 1));
    }
  };
  visit(0, 0);
  return best;
}

function expectLockedKept(meetings: ScheduledMeeting[], locked: ScheduledMeeting[]) {
  const byRequest = new Map(meetings.map((m) => [m.request, m]));
  for (const l of locked) expect(byRequest.get(l.request)).toEqual(l);
}

describe('scheduleMeetings on random events', () => {
  it.each([
    ['without a solver', undefined],
    ['with HiGHS', solver],
  ])('returns a valid schedule within its upper bound, keeping locked meetings (%s)', async (_, withSolver) => {
    await fc.assert(
      fc.asyncProperty(eventArbitrary(14).chain(withLocked), fc.integer(), async ({ event, locked }, seed) => {
        const result = await scheduleMeetings(event, { timeLimitMs: 200, clock: tickingClock(), seed, locked, solver: withSolver });
        expect(validateSchedule(event, result)).toEqual([]);
        expect(result.weight).toBeLessThanOrEqual(result.upperBound);
        expectLockedKept(result.meetings, locked);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the brute-force optimum of tiny events and proves it', async () => {
    await fc.assert(
      fc.asyncProperty(eventArbitrary(8).chain(withLocked), async ({ event, locked }) => {
        const result = await scheduleMeetings(event, { timeLimitMs: 2_000, clock: tickingClock(), locked, solver });
        const optimum = bruteForceOptimum(event, locked);
        expect(result.weight).toBe(optimum);
        expect(result.optimal).toBe(true);
        expect(result.upperBound).toBe(optimum);
      }),
      { numRuns: 150 },
    );
  });

  it('reaches the brute-force optimum of tiny events by local search alone', async () => {
    await fc.assert(
      fc.asyncProperty(eventArbitrary(8).chain(withLocked), async ({ event, locked }) => {
        const result = await scheduleMeetings(event, { timeLimitMs: 2_000, clock: tickingClock(), locked });
        expect(result.weight).toBe(bruteForceOptimum(event, locked));
      }),
      { numRuns: 150 },
    );
  });
});
