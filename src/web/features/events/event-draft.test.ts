import { describe, expect, it } from 'vitest';
import { EventInput } from '../../../shared/api/index';
import { defaultPattern, eventCandidate, eventDraft, newEventDraft, newInterpreterPair, slotsOf } from './event-draft';

describe('event draft', () => {
  it('fills a morning with 20-minute slots and 5-minute pauses', () => {
    const slots = slotsOf(defaultPattern('2030-01-15'));
    expect(slots).toHaveLength(7);
    expect(slots[0]).toMatchObject({ id: '2030-01-15-0900', start: '09:00', end: '09:20', kind: 'meeting' });
    expect(slots.at(-1)).toMatchObject({ start: '11:30', end: '11:50' });
  });

  it('sends wall-clock times in the event’s zone as instants, and reads them back', () => {
    const draft = {
      ...newEventDraft(),
      id: 'sha',
      title: 'Chengdu',
      timeZone: 'Asia/Shanghai',
      slots: slotsOf({ ...defaultPattern('2030-01-15'), until: '09:20' }),
    };
    const input = EventInput.parse(eventCandidate(draft));
    expect(input.slots[0]).toMatchObject({ start: '2030-01-15T01:00:00.000Z', end: '2030-01-15T01:20:00.000Z' });
    expect(input.tables).toBe(10);
    expect(input.languages).toEqual(['en', 'nl', 'zh']);
    const detail = {
      ...input,
      slots: input.slots.map((s) => ({ ...s, label: s.label })),
      days: [],
      tables: [{ number: 1, name: 'A1', room: 'Hall A' }],
      publishedAt: null,
      lastRun: null,
      createdAt: '',
      updatedAt: '',
    };
    const back = eventDraft(detail);
    expect(back.slots[0]).toMatchObject({ day: '2030-01-15', start: '09:00', end: '09:20' });
    expect(back).toMatchObject({ tablesMode: 'named', tables: [{ name: 'A1', room: 'Hall A' }] });
  });

  it('sends two picked languages as the contract’s pair and splits it back', () => {
    const draft = {
      ...newEventDraft(),
      id: 'x',
      title: 'X',
      languages: ['nl', 'zh'],
      interpreters: [{ ...newInterpreterPair(['nl', 'zh']), count: '2' }],
      slots: slotsOf(defaultPattern('2030-01-15')),
    };
    const input = EventInput.parse(eventCandidate(draft));
    expect(input.interpreters).toEqual({ 'nl-zh': 2 });
    const detail = { ...input, days: [], tables: [], publishedAt: null, lastRun: null, createdAt: '', updatedAt: '' };
    expect(eventDraft(detail).interpreters).toEqual([{ from: 'nl', to: 'zh', count: '2' }]);
    expect(newInterpreterPair(['zh', 'en'])).toMatchObject({ from: 'en', to: 'zh' });
    expect(newInterpreterPair(['nl', 'de'])).toMatchObject({ from: 'nl', to: 'de' });
  });

  it('leaves a bad time zone and a missing time for the schema to name', () => {
    const draft = {
      ...newEventDraft(),
      id: 'x',
      title: 'X',
      timeZone: 'Mars/Base',
      slots: [{ id: 's1', day: '2030-01-15', start: '', end: '09:20', kind: 'meeting' as const, label: '' }],
    };
    const result = EventInput.safeParse(eventCandidate(draft));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['timeZone', 'slots.0.start']));
  });
});
