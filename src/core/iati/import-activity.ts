// The activity-level fields of a foreign IATI activity: its dates, status, place and themes.
import type { ActivityStatus, Project } from '../projects/model';
import { ACTIVITY_DATE_TYPE, ACTIVITY_STATUS, COUNTRY_CODES } from './codelists';
import { themeForSector } from './themes';
import { byName, code, isoDate, kid, kids, multilingual } from './import-read';
import type { Context } from './import-read';
import type { XmlNode } from './xml-read';

const STATUS_NAMES = byName(ACTIVITY_STATUS, { completion: '3', 'post-completion': '4' });
/** IATI 1.x activity-date types. */
const V1_DATE_TYPES: Record<string, string> = { 'start-planned': '1', 'start-actual': '2', 'end-planned': '3', 'end-actual': '4' };

const dateKey = { '1': 'plannedStart', '2': 'actualStart', '3': 'plannedEnd', '4': 'actualEnd' } as const;

export function activityDates(activity: XmlNode, ctx: Context): Project['dates'] {
  const dates: Project['dates'] = {};
  for (const node of kids(activity, 'activity-date')) {
    const type = code(node, ACTIVITY_DATE_TYPE, V1_DATE_TYPES, 'activity-date type', ctx.warn, 'type') as keyof typeof dateKey | undefined;
    const day = isoDate(node, ctx.warn);
    if (!type || !day) continue;
    if (dates[dateKey[type]]) ctx.warn(node, `second ${dateKey[type]} date skipped`);
    else dates[dateKey[type]] = day;
  }
  return dates;
}

export function status(activity: XmlNode, ctx: Context): ActivityStatus {
  const node = kid(activity, 'activity-status');
  const found = node && code(node, ACTIVITY_STATUS, STATUS_NAMES, 'activity-status', ctx.warn);
  if (found) return Number(found) as ActivityStatus;
  ctx.warn(node ?? activity, 'no usable activity-status: read as 2 (implementation)');
  return 2;
}

export function location(activity: XmlNode, ctx: Context): Project['location'] {
  const countries = kids(activity, 'recipient-country');
  // Every country and location is kept in the IATI extension; the first ones are the project's place.
  const first = countries[0];
  let countryCode = first?.attrs.code?.trim();
  if (first && countryCode && !COUNTRY_CODES.has(countryCode) && COUNTRY_CODES.has(countryCode.toUpperCase())) {
    ctx.warn(first, `country code "${countryCode}" read as "${countryCode.toUpperCase()}"`);
    countryCode = countryCode.toUpperCase();
  }
  if (first && (!countryCode || !COUNTRY_CODES.has(countryCode))) {
    ctx.warn(first, `recipient-country "${countryCode ?? ''}" is not a known code: skipped`);
    countryCode = undefined;
  }
  const places = kids(activity, 'location');
  const place = places[0];
  if (place && !countryCode) ctx.warn(place, 'location without a recipient country: skipped');
  if (!countryCode) return undefined;
  const name = multilingual(place && kid(place, 'name'), ctx, false);
  const within = multilingual(place && kid(place, 'description'), ctx, false);
  // Our exporter writes the district as name and the region as description (see export-classifications.ts).
  return within ? { countryCode, region: within, district: name } : { countryCode, region: name };
}

/** Themes from DAC 5-digit sectors (the sectors themselves, of every vocabulary, are kept in
 *  the project's IATI extension; see import-classifications.ts). */
export function themesOf(activity: XmlNode): string[] {
  const themes = kids(activity, 'sector').flatMap((s) => {
    const vocabulary = s.attrs.vocabulary?.trim().toUpperCase() ?? '1';
    const theme = vocabulary === '1' || vocabulary === 'DAC' ? themeForSector(s.attrs.code?.trim() ?? '') : undefined;
    return theme ? [theme] : [];
  });
  return [...new Set(themes)];
}
