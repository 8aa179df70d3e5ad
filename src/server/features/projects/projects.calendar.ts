// The activities of a project as an iCalendar feed (ical-generator). Dates keep the precision
// the source knows: a day range is an all-day event over those days; a month, quarter or year is
// an all-day event spanning the whole period, marked TENTATIVE with the period in words in the
// title ("November 2011"), so no calendar shows an invented day. Undetermined dates are left out.
import ical, { ICalEventStatus } from 'ical-generator';
import type { Language, Project } from '../../../core/projects/model';
import { formatPrecisionDate, precisionDateBounds } from '../../../core/projects/precision-date';
import { textIn } from './projects.report';

/** A calendar day as a Date at local midnight: all-day events are written from local fields. */
function day(isoDate: string, addDays = 0): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(y, m - 1, d + addDays);
}

export function renderProjectCalendar(project: Project, options: { lang: Language; host?: string }): string {
  const { lang } = options;
  const calendar = ical({ name: textIn(project.title, lang), prodId: { company: 'Cleantech Bridge', product: 'projects', language: lang.toUpperCase() } });
  const orgName = (id: string) => textIn(project.organisations.find((o) => o.id === id)?.name, lang);
  for (const phase of [...project.phases].sort((a, b) => a.order - b.order)) {
    for (const activity of phase.activities) {
      const bounds = precisionDateBounds(activity.date);
      if (!bounds) continue;
      const exact = activity.date.precision === 'day';
      const when = formatPrecisionDate(activity.date, lang);
      const description = [
        textIn(activity.description, lang),
        `${textIn(phase.name, lang)} · ${activity.type} · ${when}`,
        exact ? '' : `Date known to the ${activity.date.precision} only: the event spans the whole period.`,
        activity.organisationIds.map(orgName).filter(Boolean).join(', '),
      ].filter(Boolean);
      calendar.createEvent({
        id: `${project.id}-${activity.id}@${options.host ?? 'cleantech-bridge'}`,
        start: day(bounds.start),
        // DTEND of an all-day event is exclusive: the day after the last day.
        end: day(bounds.end, 1),
        allDay: true,
        summary: exact ? textIn(activity.title, lang) : `${textIn(activity.title, lang)} (${when})`,
        description: description.join('\n\n'),
        location: activity.place ? textIn(activity.place.name, lang) : undefined,
        status:
          activity.status === 'cancelled' ? ICalEventStatus.CANCELLED : activity.tentative || !exact ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      });
    }
  }
  return calendar.toString();
}
