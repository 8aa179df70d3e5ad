import { describe, expect, it } from 'vitest';
import { displayName, formatDate, formatDay, formatFigure, formatNumber, zoneName } from './format';
import { languageOptionsOf, spokenLanguageOptions } from './spoken-languages';

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

  it('writes a calendar day the local way, on that day whatever the time zone', () => {
    expect(formatDay('2030-01-15', 'zh')).toBe('2030年1月15日');
    expect(formatDay('2030-01-15', 'nl')).toBe('15 jan 2030');
    expect(formatDay('later', 'en')).toBe('later');
  });

  it('names language and country codes in the UI language, and keeps codes it cannot read', () => {
    expect(displayName('zh', 'language', 'nl')).toBe('Chinees');
    expect(displayName('nl', 'region', 'zh')).toBe('荷兰');
    expect(displayName('not a code!', 'region', 'en')).toBe('not a code!');
  });

  it('names a time zone in the UI language, and keeps a name it does not know', () => {
    expect(zoneName('Europe/Amsterdam', 'zh')).toBe('中欧时间');
    expect(zoneName('Europe/Amsterdam', 'nl')).toBe('Midden-Europese tijd');
    expect(zoneName('Mars/Base', 'en')).toBe('Mars/Base');
  });

  it('offers languages by name: the programme’s first, then the rest in the reader’s order, keeping unusual choices', () => {
    const options = spokenLanguageOptions(['eu'], 'zh');
    expect(options.slice(0, 3).map((o) => o.label)).toEqual(['荷兰语', '英语', '中文']);
    expect(options.find((o) => o.value === 'eu')?.label).toBe('巴斯克语');
    expect(languageOptionsOf(['en', 'zh'], ['de'], 'nl').map((o) => o.label)).toEqual(['Engels', 'Chinees', 'Duits']);
  });
});
