// The event form's state and its conversion to the API's input: slots are edited as a day and
// wall-clock times in the event's time zone and sent as instants.
import type { EventDetail } from '../../../shared/api/index';
import { DEFAULT_TIME_ZONE, instantOf, localDay, localTime } from '../../../shared/event-time';
import { isTimeZone } from '../../../shared/time-zones';

export interface SlotDraft {
  /** Kept from the stored slot (meetings refer to it); new slots get one from day and time. */
  id: string;
  day: string;
  start: string;
  end: string;
  kind: 'meeting' | 'break';
  label: string;
}
export interface InterpreterDraft {
  from: string;
  to: string;
  count: string;
}
export interface TableDraft {
  name: string;
  room: string;
}
export interface EventDraft {
  id: string;
  title: string;
  description: string;
  place: string;
  timeZone: string;
  projectId: string;
  activityId: string;
  languages: string[];
  tablesMode: 'count' | 'named';
  tableCount: string;
  tables: TableDraft[];
  /** A language pair as two picked languages; the contract joins them as "en-zh". */
  interpreters: InterpreterDraft[];
  /** "2030-05-12T17:00" in the event's time zone, or empty. */
  requestDeadline: string;
  skipPairsMetBefore: boolean;
  slots: SlotDraft[];
}

/** How the slot grid fills a day: 20-minute meetings with 5 minutes to change tables. */
export interface SlotPattern {
  day: string;
  from: string;
  until: string;
  minutes: number;
  pause: number;
}
export const defaultPattern = (day: string): SlotPattern => ({ day, from: '09:00', until: '12:00', minutes: 20, pause: 5 });

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const toHhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
export const slotId = (day: string, start: string) => `${day}-${start.replace(':', '')}`;

/** The meeting slots of a day that fit between `from` and `until`. */
export function slotsOf(pattern: SlotPattern): SlotDraft[] {
  const out: SlotDraft[] = [];
  const step = pattern.minutes + Math.max(0, pattern.pause);
  if (pattern.minutes <= 0) return out;
  for (let t = toMinutes(pattern.from); t + pattern.minutes <= toMinutes(pattern.until); t += step) {
    const start = toHhmm(t);
    out.push({ id: slotId(pattern.day, start), day: pattern.day, start, end: toHhmm(t + pattern.minutes), kind: 'meeting', label: '' });
  }
  return out;
}

/** The slots in the order of day and start time. */
export const sortSlots = (slots: SlotDraft[]) => [...slots].sort((a, b) => `${a.day} ${a.start}`.localeCompare(`${b.day} ${b.start}`));

export function newEventDraft(): EventDraft {
  return {
    id: '',
    title: '',
    description: '',
    place: '',
    timeZone: DEFAULT_TIME_ZONE,
    projectId: '',
    activityId: '',
    languages: ['en', 'nl', 'zh'],
    tablesMode: 'count',
    tableCount: '10',
    tables: [],
    interpreters: [],
    requestDeadline: '',
    skipPairsMetBefore: false,
    slots: [],
  };
}

export function eventDraft(e: EventDetail): EventDraft {
  const numbered = e.tables.every((t, i) => t.name === String(i + 1) && t.room === null);
  const zone = e.timeZone;
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    place: e.place ?? '',
    timeZone: zone,
    projectId: e.projectId ?? '',
    activityId: e.activityId ?? '',
    languages: e.languages,
    tablesMode: numbered ? 'count' : 'named',
    tableCount: String(e.tables.length),
    tables: numbered ? [] : e.tables.map((t) => ({ name: t.name, room: t.room ?? '' })),
    interpreters: Object.entries(e.interpreters).map(([pair, count]) => {
      const [from = '', to = ''] = pair.split('-');
      return { from, to, count: String(count) };
    }),
    requestDeadline: e.requestDeadline ? `${localDay(e.requestDeadline, zone)}T${localTime(e.requestDeadline, zone)}` : '',
    skipPairsMetBefore: e.skipPairsMetBefore,
    slots: e.slots.map((s) => ({
      id: s.id,
      day: localDay(s.start, zone),
      start: localTime(s.start, zone),
      end: localTime(s.end, zone),
      kind: s.kind,
      label: s.label ?? '',
    })),
  };
}

/** The instant of a wall-clock time, or the text as typed when it is not one (the schema then names the field). */
function instant(day: string, time: string, zone: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return `${day} ${time}`.trim();
  return instantOf(day, time, isTimeZone(zone) ? zone : 'UTC');
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const numberOr = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The body for POST /api/events (or, without `id`, PATCH): checked by the contract's schema. */
export function eventCandidate(d: EventDraft) {
  const [deadlineDay = '', deadlineTime = ''] = d.requestDeadline.split('T');
  return {
    id: d.id.trim(),
    title: d.title,
    description: d.description,
    place: orNull(d.place),
    timeZone: d.timeZone.trim(),
    projectId: orNull(d.projectId),
    activityId: orNull(d.activityId),
    languages: d.languages,
    tables: d.tablesMode === 'count' ? numberOr(d.tableCount) : d.tables.map((t) => ({ name: t.name, room: orNull(t.room) })),
    interpreters: Object.fromEntries(d.interpreters.map((i) => [`${i.from}-${i.to}`, numberOr(i.count)])),
    requestDeadline: d.requestDeadline ? instant(deadlineDay, deadlineTime, d.timeZone) : null,
    skipPairsMetBefore: d.skipPairsMetBefore,
    slots: d.slots.map((s) => ({
      id: s.id,
      start: instant(s.day, s.start, d.timeZone),
      end: instant(s.day, s.end, d.timeZone),
      kind: s.kind,
      label: orNull(s.label),
    })),
  };
}

/** A new interpreter row: Chinese with the event's first other language, as most programme events need. */
export function newInterpreterPair(languages: readonly string[]): InterpreterDraft {
  const from = languages.find((l) => l !== 'zh') ?? languages[0] ?? 'en';
  const to = languages.includes('zh') && from !== 'zh' ? 'zh' : (languages.find((l) => l !== from) ?? from);
  return { from, to, count: '1' };
}
