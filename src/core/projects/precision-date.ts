// Dates known only to a day, month, quarter or year: their bounds (for rules and IATI) and how
// people write them in Dutch, English and Chinese.
import type { Language, PrecisionDate } from './model';

export interface DateBounds {
  /** First day the date can mean (ISO yyyy-mm-dd). */
  start: string;
  /** Last day the date can mean (ISO yyyy-mm-dd). */
  end: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;
/** Day 0 of the next month is the last day of this one; UTC keeps it clock- and zone-free. */
const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The range of days a precision date covers; undefined when it is undetermined. */
export function precisionDateBounds(date: PrecisionDate): DateBounds | undefined {
  switch (date.precision) {
    case 'day':
      return { start: date.start, end: date.end ?? date.start };
    case 'month':
      return { start: iso(date.year, date.month, 1), end: iso(date.year, date.month, lastDayOfMonth(date.year, date.month)) };
    case 'quarter': {
      const firstMonth = (date.quarter - 1) * 3 + 1;
      return { start: iso(date.year, firstMonth, 1), end: iso(date.year, firstMonth + 2, lastDayOfMonth(date.year, firstMonth + 2)) };
    }
    case 'year':
      return { start: iso(date.year, 1, 1), end: iso(date.year, 12, 31) };
    case 'undetermined':
      return undefined;
  }
}

const MONTHS: Record<'nl' | 'en', readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};
const ZH_QUARTERS = ['一', '二', '三', '四'];
const UNDETERMINED: Record<Language, string> = { en: 'date to be determined', nl: 'datum nog niet bepaald', zh: '日期待定' };

interface Ymd {
  year: number;
  month: number;
  day: number;
}
function parseIso(value: string): Ymd {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  return { year, month, day };
}

function formatDayRange(from: Ymd, to: Ymd, lang: Language): string {
  if (lang === 'zh') {
    const first = `${from.year}年${from.month}月${from.day}日`;
    if (from.year === to.year && from.month === to.month && from.day === to.day) return first;
    if (from.year !== to.year) return `${first}至${to.year}年${to.month}月${to.day}日`;
    return from.month === to.month ? `${first}至${to.day}日` : `${first}至${to.month}月${to.day}日`;
  }
  const month = (m: number): string => MONTHS[lang][m - 1] ?? '';
  const last = `${to.day} ${month(to.month)} ${to.year}`;
  if (from.year === to.year && from.month === to.month) return from.day === to.day ? last : `${from.day}–${last}`;
  if (from.year === to.year) return `${from.day} ${month(from.month)} – ${last}`;
  return `${from.day} ${month(from.month)} ${from.year} – ${last}`;
}

/** "18–22 September 2011", "November 2011", "Q1 2012" / "1e kwartaal 2012" / "2012年第一季度". */
export function formatPrecisionDate(date: PrecisionDate, lang: Language): string {
  switch (date.precision) {
    case 'day':
      return formatDayRange(parseIso(date.start), parseIso(date.end ?? date.start), lang);
    case 'month':
      return lang === 'zh' ? `${date.year}年${date.month}月` : `${MONTHS[lang][date.month - 1]} ${date.year}`;
    case 'quarter':
      if (lang === 'zh') return `${date.year}年第${ZH_QUARTERS[date.quarter - 1]}季度`;
      return lang === 'nl' ? `${date.quarter}e kwartaal ${date.year}` : `Q${date.quarter} ${date.year}`;
    case 'year':
      return lang === 'zh' ? `${date.year}年` : String(date.year);
    case 'undetermined':
      return UNDETERMINED[lang];
  }
}
