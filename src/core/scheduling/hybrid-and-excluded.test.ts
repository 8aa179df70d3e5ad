import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { parseEvent, scheduleMeetings, validateSchedule } from './index';
import type { LinearSolver, SchedulingEvent } from './index';

const highs = await highsLoader();
const solver: LinearSolver = { solve: async (problem, options) => highs.solve(problem, options) };
const tickingClock = () => {
  let now = 0;
  return () => now++;
};
const slot = { id: 's1', start: '2027-03-10T09:00:00Z', end: '2027-03-10T09:20:00Z' };
const people = (...ids: string[]) => ids.map((id) => ({ id }));

describe('online meetings', () => {
  // One table, one slot: only one meeting can sit; the online ones need no table.
  const event: SchedulingEvent = {
    slots: [slot],
    tables: 1,
    participants: people('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
    requests: [
      { id: 'site1', participants: ['a', 'b'] },
      { id: 'site2', participants: ['c', 'd'] },
      { id: 'web1', participants: ['e', 'f'], online: true },
      { id: 'web2', participants: ['g', 'h'], online: true },
    ],
  };

  it('take no table, so they run beside the on-site meetings, and the bound counts them', async () => {
    const result = await scheduleMeetings(event, { timeLimitMs: 500, clock: tickingClock(), solver });
    expect(validateSchedule(event, result)).toEqual([]);
    expect(result.weight).toBe(3);
    expect(result.upperBound).toBe(3);
    expect(result.meetings.filter((m) => m.request.startsWith('web')).map((m) => m.table)).toEqual([0, 0]);
    expect(result.meetings.filter((m) => m.request.startsWith('site'))).toHaveLength(1);
  });

  it('is refused by the validator with a table number, and an on-site meeting without one', () => {
    const violations = validateSchedule(event, {
      meetings: [
        { request: 'web1', slot: 's1', table: 1 },
        { request: 'site1', slot: 's1', table: 0 },
      ],
      unscheduled: ['site2', 'web2'],
    });
    expect(violations.map((v) => v.message)).toEqual(['meetings[0]: online meeting has table 1, must be 0', 'meetings[1]: table 0 outside 1..1']);
  });

  it('keep a locked online meeting at table 0 and refuse a table for it', async () => {
    const locked = [{ request: 'web1', slot: 's1', table: 0 }];
    const result = await scheduleMeetings(event, { timeLimitMs: 200, clock: tickingClock(), locked });
    expect(result.meetings).toContainEqual(locked[0]);
    await expect(scheduleMeetings(event, { timeLimitMs: 200, clock: tickingClock(), locked: [{ request: 'web1', slot: 's1', table: 1 }] })).rejects.toThrow(
      'locked[0]: an online meeting has table 0, not 1',
    );
  });
});

describe('excluded pairs', () => {
  const event: SchedulingEvent = {
    slots: [slot, { id: 's2', start: '2027-03-10T09:25:00Z', end: '2027-03-10T09:45:00Z' }],
    tables: 5,
    participants: people('a', 'b', 'c', 'd'),
    requests: [
      { id: 'declined', participants: ['a', 'b'], weight: 3 },
      { id: 'group', participants: ['c', 'b', 'a'], weight: 3 },
      { id: 'ok', participants: ['a', 'c'] },
      { id: 'colleagues', participants: ['c', 'd', 'b'] },
    ],
    excludedPairs: [['b', 'a']],
  };

  it('are never put in one meeting, also not in a group meeting, and the bound knows it', async () => {
    for (const withSolver of [solver, undefined]) {
      const result = await scheduleMeetings(event, { timeLimitMs: 500, clock: tickingClock(), solver: withSolver });
      expect(validateSchedule(event, result)).toEqual([]);
      expect(result.unscheduled.sort()).toEqual(['declined', 'group']);
      expect(result.upperBound).toBe(2);
      expect(result.optimal).toBe(true);
    }
  });

  it('are named by the validator when a schedule ignores them', () => {
    const violations = validateSchedule(event, {
      meetings: [{ request: 'declined', slot: 's1', table: 1 }],
      unscheduled: ['group', 'ok', 'colleagues'],
    });
    expect(violations).toEqual([{ rule: 'EXCLUDED_PAIR', message: 'meetings[0]: "a" and "b" must not be put in one meeting' }]);
  });

  it('and online flags are read from the event file, with located errors', () => {
    const parsed = parseEvent({ ...event, requests: [{ id: 'r', participants: ['a', 'c'], online: 'yes' }], excludedPairs: [['a'], ['a', 'x']] });
    expect(!parsed.ok && parsed.errors).toEqual([
      'requests[0].online: must be true or false',
      'excludedPairs[0]: must be two participant ids',
      'excludedPairs[1][1]: unknown participant "x"',
    ]);
    const good = parseEvent({ ...event, requests: [{ id: 'r', participants: ['a', 'c'], online: true }] });
    expect(good.ok && good.event).toMatchObject({ requests: [{ id: 'r', online: true }], excludedPairs: [['b', 'a']] });
  });
});
