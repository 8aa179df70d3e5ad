import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { EventDetail } from '../../../shared/api/index';
import { useConfirm } from '../../components/ConfirmDeleteButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { api, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { OrganiserPanel } from './OrganiserPanel';
import { ParticipantFiles } from './ParticipantFiles';
import { PublicRegistrationPanel } from './PublicRegistrationPanel';
import { enc, useEvent } from './event-queries';

/** `/events/:id/dashboard`: the organiser's figures of an event and the actions on the day. */
export function EventDashboardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  usePageTitle(event.data ? `${t('events:openDashboard')}: ${event.data.title}` : t('events:openDashboard'));
  return (
    <QueryView query={event}>
      {(e) => (
        <section className="event-dashboard">
          <h1>
            {t('events:openDashboard')}: <Link to={`/events/${enc(e.id)}`}>{e.title}</Link>
          </h1>
          <OrganiserPanel event={e} />
          <p>
            <Link to={`/events/${enc(e.id)}/grid`}>{t('events:grid.link')}</Link>
          </p>
          <p>
            <Link to={`/events/${enc(e.id)}/check-in`}>{t('events:desk.link')}</Link> ·{' '}
            <a href={`/api/events/${enc(e.id)}/badges.pdf`}>{t('events:desk.badges')}</a>
          </p>
          <PublicRegistrationPanel eventId={e.id} />
          <DashboardFigures event={e} />
        </section>
      )}
    </QueryView>
  );
}

function DashboardFigures({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const dashboard = useQuery({
    queryKey: ['events', event.id, 'dashboard'],
    queryFn: () => dataOf(api.GET('/api/events/{id}/dashboard', { params: { path: { id: event.id } } })),
  });
  const onTheDay = useMutation({
    mutationFn: ({ registrationId, what }: { registrationId: string; what: 'check-in' | 'no-show' }) => {
      const params = { path: { id: event.id, registrationId } };
      return dataOf(
        what === 'check-in'
          ? api.POST('/api/events/{id}/registrations/{registrationId}/check-in', { params })
          : api.POST('/api/events/{id}/registrations/{registrationId}/no-show', { params }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', event.id] }),
  });
  const run = event.lastRun;
  return (
    <QueryView query={dashboard}>
      {(d) => {
        const names = new Map(d.load.map((l) => [l.registrationId, `${l.delegateName} (${l.organisationName})`]));
        return (
          <>
            <h2>{t('events:registrations')}</h2>
            <p>
              {d.registrations.registered} {t('events:registered')} · {d.registrations.cancelled} {t('events:cancelled')} · {d.registrations.checkedIn}{' '}
              {t('events:checkedIn')} · {d.registrations.noShows} {t('events:noShows')}
            </p>
            <ParticipantFiles eventId={event.id} />
            <h2>{t('events:requests')}</h2>
            <p>
              {d.requests.sent} {t('events:sent')} · {d.requests.accepted} {t('events:statuses.accepted')} · {d.requests.declined}{' '}
              {t('events:statuses.declined')} · {d.requests.expired} {t('events:statuses.expired')} · {d.requests.pending} {t('events:statuses.pending')} ·{' '}
              {d.requests.cancelled} {t('events:statuses.cancelled')}
            </p>
            <h2>{t('events:meetings')}</h2>
            {run ? (
              <p className="dashboard-meetings">
                <strong>{t('events:scheduledOfPossible', { scheduled: d.meetings.scheduled, possible: d.meetings.possible ?? run.possible })}</strong> (
                {t(run.optimal ? 'events:weightAndBoundOptimal' : 'events:weightAndBound', { weight: run.weight, bound: run.upperBound })}) ·{' '}
                {d.meetings.locked} {t('events:lockedCount')}
              </p>
            ) : (
              <p>{t('events:notScheduled')}</p>
            )}
            {run && run.oversubscribed.length > 0 && (
              <>
                <h3>{t('events:oversubscribed')}</h3>
                <ul>
                  {run.oversubscribed.map((o) => (
                    <li key={o.registrationId}>
                      {names.get(o.registrationId) ?? o.registrationId}: {o.requested} / {o.possible}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {/* Before anyone registers the table would be headers only; the counts above already say 0. */}
            {d.load.length > 0 && (
              <div className="event-table-scroll" role="region" aria-label={t('events:load')} tabIndex={0}>
                <table className="event-load">
                  <caption>{t('events:load')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('events:participant')}</th>
                      <th scope="col">{t('events:requested')}</th>
                      <th scope="col">{t('events:acceptedCount')}</th>
                      <th scope="col">{t('events:meetingsCount')}</th>
                      <th scope="col">{t('events:availableSlots')}</th>
                      <th scope="col" />
                    </tr>
                  </thead>
                  <tbody>
                    {d.load.map((l) => (
                      <tr key={l.registrationId}>
                        <th scope="row">{names.get(l.registrationId)}</th>
                        <td>{l.requested}</td>
                        <td>{l.accepted}</td>
                        <td>{l.meetings}</td>
                        <td>{l.available}</td>
                        <td>
                          <Link
                            to={`/events/${enc(event.id)}/registrations/${enc(l.registrationId)}/edit`}
                            aria-label={`${t('events:edit')}: ${l.delegateName}`}
                          >
                            {t('events:edit')}
                          </Link>{' '}
                          <button
                            type="button"
                            aria-label={`${t('events:checkIn')}: ${l.delegateName}`}
                            onClick={() => onTheDay.mutate({ registrationId: l.registrationId, what: 'check-in' })}
                          >
                            {t('events:checkIn')}
                          </button>{' '}
                          <button
                            type="button"
                            aria-label={`${t('events:noShow')}: ${l.delegateName}`}
                            onClick={() =>
                              confirm({
                                title: t('events:confirm.noShowTitle', { name: l.delegateName }),
                                message: l.upcomingMeetings > 0 ? t('events:confirm.noShow', { count: l.upcomingMeetings }) : t('events:confirm.noShowNone'),
                                confirmLabel: t('events:confirm.noShowYes'),
                                onConfirm: () => onTheDay.mutate({ registrationId: l.registrationId, what: 'no-show' }),
                              })
                            }
                          >
                            {t('events:noShow')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {onTheDay.isError && <ErrorMessage error={onTheDay.error} />}
          </>
        );
      }}
    </QueryView>
  );
}
