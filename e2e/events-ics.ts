/** One VEVENT: its properties by name (parameters such as ;TZID=… dropped), values unescaped. */
export type IcsEvent = Record<string, string>;

/**
 * A strict-enough iCalendar (RFC 5545) reader for tests: unfolds lines, checks that every
 * BEGIN has its END and that every content line is NAME[;PARAMS]:VALUE, and returns the events.
 */
export function parseIcs(text: string): IcsEvent[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/).filter((l) => l !== '');
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR') throw new Error('not a VCALENDAR');
  const open: string[] = [];
  const events: IcsEvent[] = [];
  let current: IcsEvent | undefined;
  for (const [i, line] of lines.entries()) {
    const match = /^([A-Za-z0-9-]+)(;[^:]*)?:(.*)$/.exec(line);
    if (!match) throw new Error(`line ${i + 1} is not a content line: ${line}`);
    const [, name, , value] = match as unknown as [string, string, string | undefined, string];
    if (name === 'BEGIN') {
      open.push(value);
      if (value === 'VEVENT') current = {};
    } else if (name === 'END') {
      if (open.pop() !== value) throw new Error(`line ${i + 1}: END:${value} without its BEGIN`);
      if (value === 'VEVENT') events.push(current!);
      if (value === 'VEVENT') current = undefined;
    } else if (current) {
      current[name] = value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
    }
  }
  if (open.length > 0) throw new Error(`unclosed ${open.join(', ')}`);
  return events;
}
