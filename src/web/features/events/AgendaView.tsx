import { useQuery } from '@tanstack/react-query';
import type { Agenda, Registration } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { api } from '../../lib/api-client';
import { MeetingFeedbackLink } from '../follow-up/MeetingFeedbackPage';
import { CalendarFeed } from './CalendarFeed';
import { enc, slotTime } from './event-queries';
import { useCheckInTexts } from './check-in-texts';
import { useHybridTexts } from './hybrid-texts';
import { useEventTexts } from './texts';
import { useRevealTarget } from './use-reveal-target';

/** A delegate's agenda in the event's time zone, with its .ics, PDF and calendar subscription. */
export function AgendaView({ eventId, registration }: { eventId: string; registration: Registration }) {
  const tx = useEventTexts();
  const cx = useCheckInTexts();
  const hx = useHybridTexts();
  const registrationId = registration.id;
  const base = `/events/${enc(eventId)}/registrations/${enc(registrationId)}/agenda`;
  const agenda = useQuery({ queryKey: ['events', eventId, 'agenda', registrationId], queryFn: () => api.get<Agenda>(base) });
  useRevealTarget(agenda.isSuccess);
  return (
    <QueryView query={agenda}>
      {(a) => (
        <section className="event-agenda" id={`agenda-${registrationId}`} tabIndex={-1}>
          <h4>{tx.agenda}</h4>
          {!a.published && <p>{tx.draft}</p>}
          <p>
            {tx.timesIn} {a.timeZone}
          </p>
          <ul>
            {a.items.map((item) => (
              <li key={item.slotId}>
                {slotTime(item.start, item.end, a.timeZone)} ·{' '}
                {item.kind === 'break'
                  ? (item.label ?? tx.break)
                  : item.meeting
                    ? `${item.meeting.online ? hx.onlineMeeting : `${tx.table} ${item.meeting.tableName}${item.meeting.room ? ` (${item.meeting.room})` : ''}`}: ${item.meeting.participants
                        .filter((p) => p.registrationId !== registrationId)
                        .map((p) => `${p.delegateName} (${p.organisationName})`)
                        .join(', ')}`
                    : tx.free}
                {item.meeting?.videoUrl && (
                  <>
                    {' '}
                    · <a href={item.meeting.videoUrl}>{hx.videoLink}</a>
                  </>
                )}
                {item.meeting && (
                  <>
                    {' '}
                    · <MeetingFeedbackLink eventId={eventId} requestId={item.meeting.requestId} registrationId={registrationId} organisationId={registration.organisationId} />
                  </>
                )}
              </li>
            ))}
          </ul>
          <p>
            <a href={`/api${base}.ics`} download>
              {tx.ics}
            </a>{' '}
            · <a href={`/api${base}.pdf`}>{tx.pdf}</a> · <a href={`/api/events/${enc(eventId)}/registrations/${enc(registrationId)}/badge.pdf`}>{cx.badge}</a>
          </p>
          <CalendarFeed eventId={eventId} registration={registration} />
        </section>
      )}
    </QueryView>
  );
}
