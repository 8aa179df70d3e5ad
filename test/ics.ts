import ICAL from 'ical.js';

/** One VEVENT as a calendar application reads it: start and end as UTC instants. */
export type IcsEvent = { uid: string; summary: string; start: string; end: string; location: string | null; description: string | null };

/**
 * Parses an iCalendar (RFC 5545) text with ical.js, the parser Mozilla's calendar uses, so a
 * test proves that a real client can read our .ics files and feeds. Throws on malformed input.
 */
export function parseIcs(text: string): IcsEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  if (calendar.name !== 'vcalendar') throw new Error(`not a VCALENDAR but ${calendar.name}`);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      location: event.location || null,
      description: event.description || null,
    };
  });
}
