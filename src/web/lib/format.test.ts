import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatNumber } from './format';

describe('formatting per UI language', () => {
  it('groups digits the local way', () => {
    expect(formatNumber(188_800, 'nl')).toBe('188.800');
    expect(formatNumber(188_800, 'en')).toBe('188,800');
  });

  it('writes large figures in words', () => {
    expect(formatFigure(15_000_000, 'en')).toBe('15 million');
    expect(formatFigure(15_000_000, 'nl')).toBe('15 miljoen');
    expect(formatFigure(15_000_000, 'zh')).toBe('1500万');
    expect(formatFigure(127, 'en')).toBe('127');
  });

  it('formats dates and keeps text that is not a date', () => {
    expect(formatDate('2026-03-05T10:00:00Z', 'en')).toBe('Mar 5, 2026');
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
