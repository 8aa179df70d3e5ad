import type { Language } from '../../shared/api/index';

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
