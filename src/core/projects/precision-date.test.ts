import { describe, expect, it } from 'vitest';
import { formatPrecisionDate, precisionDateBounds } from './precision-date';
import type { PrecisionDate } from './model';

const visit: PrecisionDate = { precision: 'day', start: '2011-09-18', end: '2011-09-22' };
const november: PrecisionDate = { precision: 'month', year: 2011, month: 11 };
const q1: PrecisionDate = { precision: 'quarter', year: 2012, quarter: 1 };

describe('precision dates', () => {
  it('formats every precision in nl, en and zh', () => {
    expect([visit, november, q1].map((d) => formatPrecisionDate(d, 'en'))).toEqual(['18–22 September 2011', 'November 2011', 'Q1 2012']);
    expect([visit, november, q1].map((d) => formatPrecisionDate(d, 'nl'))).toEqual(['18–22 september 2011', 'november 2011', '1e kwartaal 2012']);
    expect([visit, november, q1].map((d) => formatPrecisionDate(d, 'zh'))).toEqual(['2011年9月18日至22日', '2011年11月', '2012年第一季度']);
    expect(formatPrecisionDate({ precision: 'year', year: 2012 }, 'zh')).toBe('2012年');
    expect(formatPrecisionDate({ precision: 'undetermined' }, 'en')).toBe('date to be determined');
  });

  it('formats single days and ranges across months and years', () => {
    expect(formatPrecisionDate({ precision: 'day', start: '2011-09-18' }, 'en')).toBe('18 September 2011');
    expect(formatPrecisionDate({ precision: 'day', start: '2011-09-30', end: '2011-10-02' }, 'en')).toBe('30 September – 2 October 2011');
    expect(formatPrecisionDate({ precision: 'day', start: '2011-09-30', end: '2011-10-02' }, 'zh')).toBe('2011年9月30日至10月2日');
    expect(formatPrecisionDate({ precision: 'day', start: '2011-12-30', end: '2012-01-02' }, 'nl')).toBe('30 december 2011 – 2 januari 2012');
  });

  it('gives the range of days a date covers', () => {
    expect(precisionDateBounds(visit)).toEqual({ start: '2011-09-18', end: '2011-09-22' });
    expect(precisionDateBounds(november)).toEqual({ start: '2011-11-01', end: '2011-11-30' });
    expect(precisionDateBounds(q1)).toEqual({ start: '2012-01-01', end: '2012-03-31' });
    expect(precisionDateBounds({ precision: 'quarter', year: 2012, quarter: 4 })?.end).toBe('2012-12-31');
    expect(precisionDateBounds({ precision: 'month', year: 2012, month: 2 })?.end).toBe('2012-02-29');
    expect(precisionDateBounds({ precision: 'undetermined' })).toBeUndefined();
  });
});
