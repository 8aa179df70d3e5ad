import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { api, dataOf } from '../../lib/api-client';
import { MeetingFeedbackLink } from '../follow-up/MeetingFeedbackPage';
import { CalendarFeed } from './CalendarFeed';
import { enc, slotTime } from './event-queries';
import { useRevealTarget } from './use-reveal-target';
import { useLanguage } from '../../i18n/index';
import { zoneName } from '../../lib/format';

/** A delegate's agenda in the event's time zone, with its .ics, PDF and calendar subscription. */
export function AgendaView({ eventId, registration }: { eventId: string; registration: Registration }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const registrationId = registration.id;
  const base = `/events/${enc(eventId)}/registrations/${enc(registrationId)}/agenda`;
  const agenda = useQuery({
    queryKey: ['events', eventId, 'agenda', registrationId],
    queryFn: () => dataOf(api.GET('/api/events/{id}/registrations/{registrationId}/agenda', { params: { path: { id: eventId, registrationId } } })),
  });
  useRevealTarget(agenda.isSuccess);
  return (
    <QueryView query={agenda}>
      {(a) => (
        <section className="event-agenda" id={`agenda-${registrationId}`} tabIndex={-1}>
          <h4>{t('events:agenda')}</h4>
          {!a.published && <p>{t('events:draft')}</p>}
          <p>{t('events:timesIn', { zone: zoneName(a.timeZone, lang) })}</p>
          <ul>
            {a.items.map((item) => (
              <li key={item.slotId}>
                {slotTime(item.start, item.end, a.timeZone)} ·{' '}
                {item.kind === 'break'
                  ? (item.label ?? t('events:break'))
                  : item.meeting
                    ? `${item.meeting.online ? t('events:onlineMeeting') : `${t('events:table')} ${item.meeting.tableName}${item.meeting.room ? ` (${item.meeting.room})` : ''}`}: ${item.meeting.participants
                        .filter((p) => p.registrationId !== registrationId)
                        .map((p) => `${p.delegateName} (${p.organisationName})`)
                        .join(', ')}`
                    : t('events:free')}
                {item.meeting?.videoUrl && (
                  <>
                    {' '}
                    · <a href={item.meeting.videoUrl}>{t('events:videoLink')}</a>
                  </>
                )}
                {item.meeting && (
                  <>
                    {' '}
                    ·{' '}
                    <MeetingFeedbackLink
                      eventId={eventId}
                      requestId={item.meeting.requestId}
                      registrationId={registrationId}
                      organisationId={registration.organisationId}
                    />
                  </>
                )}
              </li>
            ))}
          </ul>
          <p>
            <a href={`/api${base}.ics`} download>
              {t('events:ics')}
            </a>{' '}
            · <a href={`/api${base}.pdf`}>{t('events:pdf')}</a> ·{' '}
            <a href={`/api/events/${enc(eventId)}/registrations/${enc(registrationId)}/badge.pdf`}>{t('events:desk.badge')}</a>
          </p>
          <CalendarFeed eventId={eventId} registration={registration} />
        </section>
      )}
    </QueryView>
  );
}
