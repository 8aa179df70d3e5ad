import { readFileSync } from 'node:fs';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { scheduleMeetings, validateSchedule } from './index';
import type { LinearSolver, SchedulingEvent } from './index';

const event = JSON.parse(readFileSync(new URL('../../../test/fixtures/sched-dev/dev-small.json', import.meta.url), 'utf8')) as SchedulingEvent;
const highs = await highsLoader();
const solver: LinearSolver = { solve: async (problem, options) => highs.solve(problem, options) };
const options = () => ({ timeLimitMs: 5_000, clock: () => performance.now(), solver });

const published = await scheduleMeetings(event, options());

describe('re-scheduling with locked meetings', () => {
  it('keeps every locked meeting exactly in place after a participant cancels', async () => {
    const cancelled = 'p3';
    const keeps = (request: string) => !event.requests.find((r) => r.id === request)!.participants.includes(cancelled);
    const locked = published.meetings.filter((m, i) => i % 2 === 0 && keeps(m.request));
    const late: SchedulingEvent = {
      ...event,
      participants: event.participants.filter((p) => p.id !== cancelled),
      requests: event.requests.filter((r) => !r.participants.includes(cancelled)),
    };
    const result = await scheduleMeetings(late, { ...options(), locked });
    expect(validateSchedule(late, result)).toEqual([]);
    const placed = new Map(result.meetings.map((m) => [m.request, m]));
    for (const meeting of locked) expect(placed.get(meeting.request)).toEqual(meeting);
    expect(result.weight).toBeLessThanOrEqual(result.upperBound);
  });

  it('keeps locked meetings even when a better schedule would move them', async () => {
    // Lock the lightest meetings into the most contested slot: the optimum without locks is higher.
    const locked = published.meetings.filter((m) => m.slot === 's1').slice(0, 6);
    const result = await scheduleMeetings(event, { ...options(), locked });
    const placed = new Map(result.meetings.map((m) => [m.request, m]));
    for (const meeting of locked) expect(placed.get(meeting.request)).toEqual(meeting);
    expect(validateSchedule(event, result)).toEqual([]);
  });

  it('rejects locked meetings that break a rule', async () => {
    const [first, second] = published.meetings.filter((m) => m.slot === published.meetings[0]!.slot);
    await expect(scheduleMeetings(event, { ...options(), locked: [first!, { ...second!, table: first!.table }] })).rejects.toThrow(/table .* already locked/);
  });

  it('respects interpreter limits', async () => {
    const interpreted: SchedulingEvent = {
      ...event,
      interpreters: { 'zh-nl': 1 },
      requests: event.requests.map((r, i) => (i % 3 === 0 ? { ...r, interpreterPair: 'zh-nl' } : r)),
    };
    const result = await scheduleMeetings(interpreted, options());
    expect(validateSchedule(interpreted, result)).toEqual([]);
    const perSlot = new Map<string, number>();
    const pairOf = new Map(interpreted.requests.map((r) => [r.id, r.interpreterPair]));
    for (const m of result.meetings) if (pairOf.get(m.request)) perSlot.set(m.slot, (perSlot.get(m.slot) ?? 0) + 1);
    expect(Math.max(...perSlot.values())).toBeLessThanOrEqual(1);
  });
});
