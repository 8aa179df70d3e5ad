import type { Language } from '../../shared/api/index';
import { zoneName as zoneNameIn } from '../../shared/time-zones';

/** Intl locales per UI language; Chinese content in the programme is Simplified Chinese. */
const locales: Record<Language, string> = { nl: 'nl', en: 'en', zh: 'zh-CN' };

export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 }).format(value);
}

/** Large figures read better as "15 million" / "15 miljoen" / "1500万" than as digits. */
export function formatFigure(value: number, lang: Language): string {
  if (Math.abs(value) < 1_000_000) return formatNumber(value, lang);
  return new Intl.NumberFormat(locales[lang], {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatDate(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium' }).format(date);
}

/** A calendar day ("2030-01-15", already a local day such as an event's) the language's way, without a time-zone shift. */
export function formatDay(day: string, lang: Language): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locales[lang], { timeZone: 'UTC', dateStyle: 'medium' }).format(date);
}

/** The name of a language ("zh") or country ("NL") code in the UI language; a code Intl cannot read as given. */
export function displayName(code: string, type: 'language' | 'region', lang: Language): string {
  try {
    return new Intl.DisplayNames([locales[lang]], { type, fallback: 'code' }).of(type === 'region' ? code.toUpperCase() : code) ?? code;
  } catch {
    return code;
  }
}

/** An instant as a date and time in the reader's time zone and language ("12 mei 2030 11:00"). */
export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A time zone by its name in the reader's language ("中欧时间" for Europe/Amsterdam), not its IANA code. */
export const zoneName = (timeZone: string, lang: Language): string => zoneNameIn(timeZone, locales[lang]);
