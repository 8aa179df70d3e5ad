import { describe, expect, it } from 'vitest';
import { firstFitGreedy, parseEvent, validateSchedule } from './index';
import type { SchedulingEvent } from './index';

const event: SchedulingEvent = {
  slots: [
    { id: 's1', start: '2027-03-10T09:00:00Z', end: '2027-03-10T09:20:00Z' },
    { id: 's2', start: '2027-03-10T09:25:00Z', end: '2027-03-10T09:45:00Z' },
  ],
  tables: 1,
  participants: [{ id: 'a', available: ['s1'] }, { id: 'b' }, { id: 'c' }],
  requests: [
    { id: 'r1', participants: ['a', 'b'], weight: 2 },
    { id: 'r2', participants: ['b', 'c'] },
    { id: 'r3', participants: ['a', 'b', 'c'] },
  ],
};

describe('parseEvent', () => {
  it('accepts the README format', () => {
    expect(parseEvent(event)).toEqual({ ok: true, event: { ...event, requests: event.requests.map((r) => ({ weight: 1, ...r })) } });
  });

  it('names what is wrong and where', () => {
    const broken = {
      ...event,
      tables: 0,
      participants: [...event.participants, { id: 'b' }, { id: 'd', available: ['s9'] }],
      requests: [...event.requests, { id: 'r4', participants: ['a', 'p999'], weight: 0.5 }],
    };
    const parsed = parseEvent(broken);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([
      'tables: must be a positive integer (got 0)',
      'participants[3].id: duplicate id "b"',
      'participants[4].available[0]: unknown slot "s9"',
      'requests[3].participants[1]: unknown participant "p999"',
      'requests[3].weight: must be a number of at least 1 (got 0.5)',
    ]);
  });
});

describe('validateSchedule', () => {
  it('accepts the first-fit schedule', () => {
    expect(validateSchedule(event, firstFitGreedy(event))).toEqual([]);
  });

  it('reports every broken rule', () => {
    const rules = validateSchedule(event, {
      meetings: [
        { request: 'r1', slot: 's2', table: 1 },
        { request: 'r2', slot: 's2', table: 1 },
        { request: 'r2', slot: 's1', table: 2 },
        { request: 'r9', slot: 's1', table: 1 },
      ],
      unscheduled: ['r1', 'r1'],
    }).map((v) => v.rule);
    expect(new Set(rules)).toEqual(
      new Set(['UNAVAILABLE', 'PARTICIPANT_CLASH', 'SLOT_CAPACITY', 'TABLE', 'DUPLICATE_MEETING', 'UNKNOWN_ID', 'UNSCHEDULED', 'MISSING']),
    );
  });

  it('rejects a malformed schedule', () => {
    expect(validateSchedule(event, { meetings: {} })).toEqual([
      { rule: 'FORMAT', message: 'schedule must be an object with arrays "meetings" and "unscheduled"' },
    ]);
  });
});
