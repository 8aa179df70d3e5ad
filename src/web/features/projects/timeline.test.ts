import { describe, expect, it } from 'vitest';
import type { Activity, Phase } from '../../../core/projects/model';
import { dayNumber, timelineRows, timelineScale } from './timeline';

const en = (text: string) => ({ original: 'en' as const, en: text });
const activity = (id: string, date: Activity['date'], deliverables: Activity['deliverables'] = []): Activity => ({
  id,
  type: 'expert-meeting',
  title: en(id),
  date,
  recurring: false,
  tentative: false,
  status: 'planned',
  organisationIds: [],
  personIds: [],
  deliverables,
});
const phases: Phase[] = [
  {
    id: 'development',
    order: 2,
    name: en('Development'),
    gate: { status: 'pending' },
    activities: [activity('stakeholders', { precision: 'quarter', year: 2012, quarter: 1 })],
  },
  {
    id: 'feasibility',
    order: 1,
    name: en('Feasibility'),
    gate: { status: 'pending' },
    activities: [
      activity('visit', { precision: 'day', start: '2011-09-18', end: '2011-09-22' }),
      activity('expert-meeting', { precision: 'month', year: 2011, month: 11 }, [
        { id: 'decision', title: en('Go/no-go'), due: { precision: 'month', year: 2011, month: 11 }, status: 'planned', evidence: [] },
      ]),
    ],
  },
];
const spanOf = (rows: ReturnType<typeof timelineRows>, key: string) => {
  const row = rows.find((r) => r.key === key);
  return row && 'span' in row ? row.span : undefined;
};

describe('timelineRows', () => {
  const rows = timelineRows({ phases }, '2011-12-15');

  it('draws a month and a quarter as the whole span they cover', () => {
    expect(spanOf(rows, 'expert-meeting')).toEqual({ start: dayNumber('2011-11-01'), end: dayNumber('2011-11-30') });
    expect(spanOf(rows, 'stakeholders')).toEqual({ start: dayNumber('2012-01-01'), end: dayNumber('2012-03-31') });
    expect(spanOf(rows, 'feasibility')).toEqual({ start: dayNumber('2011-09-18'), end: dayNumber('2011-11-30') });
  });

  it('orders phases, each with its activities, their deliverables and then its gate at the end of the phase', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'feasibility',
      'visit',
      'expert-meeting',
      'decision',
      'feasibility-gate',
      'development',
      'stakeholders',
      'development-gate',
    ]);
    expect(rows.find((r) => r.key === 'feasibility-gate')).toMatchObject({ status: 'pending', at: dayNumber('2011-11-30') });
  });

  it('marks a deliverable overdue once its whole due period has passed', () => {
    expect(rows.find((r) => r.key === 'decision')).toMatchObject({ overdue: true });
    expect(timelineRows({ phases }, '2011-11-15').find((r) => r.key === 'decision')).toMatchObject({ overdue: false });
  });
});

describe('timelineScale', () => {
  it('covers whole quarters with a tick per quarter', () => {
    const scale = timelineScale(timelineRows({ phases }, '2011-01-01'))!;
    expect(scale.ticks.map((t) => `${t.year}Q${t.quarter}`)).toEqual(['2011Q3', '2011Q4', '2012Q1']);
    expect(scale.start).toBe(dayNumber('2011-07-01'));
    expect(scale.end).toBe(dayNumber('2012-03-31'));
  });

  it('has no scale without a single date', () => {
    expect(timelineScale([])).toBeUndefined();
  });
});
