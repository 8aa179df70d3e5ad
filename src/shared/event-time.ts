// Wall-clock times of an event: slots are stored as instants and entered and shown as times in
// the event's IANA time zone (date-fns with @date-fns/tz does the zone arithmetic, DST included).
import { TZDate, tz } from '@date-fns/tz';
import { format, parse } from 'date-fns';

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** The calendar day ("2030-01-15") of an instant in the zone. */
export const localDay = (iso: string, zone: string): string => format(iso, 'yyyy-MM-dd', { in: tz(zone) });

/** The wall-clock time ("09:00") of an instant in the zone. */
export const localTime = (iso: string, zone: string): string => format(iso, 'HH:mm', { in: tz(zone) });

/** The instant (ISO, UTC) of a wall-clock day and time ("2030-01-15", "09:00") in the zone. */
export function instantOf(day: string, time: string, zone: string): string {
  const wall = parse(`${day} ${time}`, 'yyyy-MM-dd HH:mm', new TZDate(0, zone));
  return new Date(wall.getTime()).toISOString();
}

/** Countries of the time zones events are held in (the programme's European and Chinese regions and neighbours). */
const zoneCountries: Record<string, string> = {
  'Europe/Amsterdam': 'NL',
  'Europe/Brussels': 'BE',
  'Europe/Berlin': 'DE',
  'Europe/Paris': 'FR',
  'Europe/London': 'GB',
  'Europe/Copenhagen': 'DK',
  'Europe/Stockholm': 'SE',
  'Europe/Oslo': 'NO',
  'Europe/Helsinki': 'FI',
  'Europe/Madrid': 'ES',
  'Europe/Rome': 'IT',
  'Europe/Vienna': 'AT',
  'Europe/Zurich': 'CH',
  'Europe/Warsaw': 'PL',
  'Europe/Luxembourg': 'LU',
  'Europe/Dublin': 'IE',
  'Europe/Lisbon': 'PT',
  'Europe/Prague': 'CZ',
  'Asia/Shanghai': 'CN',
  'Asia/Chongqing': 'CN',
  'Asia/Harbin': 'CN',
  'Asia/Urumqi': 'CN',
  'Asia/Hong_Kong': 'HK',
  'Asia/Macau': 'MO',
  'Asia/Taipei': 'TW',
  'Asia/Tokyo': 'JP',
  'Asia/Seoul': 'KR',
  'Asia/Singapore': 'SG',
};

/** The country (ISO 3166-1 alpha-2) of an event's time zone, or undefined for a zone not listed. */
export const countryOfTimeZone = (zone: string): string | undefined => zoneCountries[zone];
