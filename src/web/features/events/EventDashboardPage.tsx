import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { EventDashboard, EventDetail } from '../../../shared/api/index';
import { useConfirm } from '../../components/ConfirmDeleteButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { api } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { OrganiserPanel } from './OrganiserPanel';
import { PublicRegistrationPanel } from './PublicRegistrationPanel';
import { useCheckInTexts } from './check-in-texts';
import { useGridTexts } from './grid-texts';
import { enc, useEvent } from './event-queries';
import { useEventTexts } from './texts';

type Dashboard = z.infer<typeof EventDashboard>;

/** `/events/:id/dashboard`: the organiser's figures of an event and the actions on the day. */
export function EventDashboardPage() {
  const { id = '' } = useParams();
  const tx = useEventTexts();
  const gx = useGridTexts();
  const cx = useCheckInTexts();
  const event = useEvent(id);
  usePageTitle(event.data ? `${tx.openDashboard}: ${event.data.title}` : tx.openDashboard);
  return (
    <QueryView query={event}>
      {(e) => (
        <section className="event-dashboard">
          <h1>
            {tx.openDashboard}: <Link to={`/events/${enc(e.id)}`}>{e.title}</Link>
          </h1>
          <OrganiserPanel event={e} />
          <p>
            <Link to={`/events/${enc(e.id)}/grid`}>{gx.link}</Link>
          </p>
          <p>
            <Link to={`/events/${enc(e.id)}/check-in`}>{cx.link}</Link> · <a href={`/api/events/${enc(e.id)}/badges.pdf`}>{cx.badges}</a>
          </p>
          <PublicRegistrationPanel eventId={e.id} />
          <DashboardFigures event={e} />
        </section>
      )}
    </QueryView>
  );
}

function DashboardFigures({ event }: { event: EventDetail }) {
  const tx = useEventTexts();
  const { t } = useTranslation();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  const dashboard = useQuery({ queryKey: ['events', event.id, 'dashboard'], queryFn: () => api.get<Dashboard>(`/events/${enc(event.id)}/dashboard`) });
  const onTheDay = useMutation({
    mutationFn: ({ registrationId, what }: { registrationId: string; what: 'check-in' | 'no-show' }) =>
      api.post(`/events/${enc(event.id)}/registrations/${enc(registrationId)}/${what}`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', event.id] }),
  });
  const run = event.lastRun;
  return (
    <QueryView query={dashboard}>
      {(d) => {
        const names = new Map(d.load.map((l) => [l.registrationId, `${l.delegateName} (${l.organisationName})`]));
        return (
          <>
            <h2>{tx.registrations}</h2>
            <p>
              {d.registrations.registered} {tx.registered} · {d.registrations.cancelled} {tx.cancelled} · {d.registrations.checkedIn} {tx.checkedIn} ·{' '}
              {d.registrations.noShows} {tx.noShows}
            </p>
            <h2>{tx.requests}</h2>
            <p>
              {d.requests.sent} {tx.sent} · {d.requests.accepted} {tx.statuses.accepted} · {d.requests.declined} {tx.statuses.declined} ·{' '}
              {d.requests.expired} {tx.statuses.expired} · {d.requests.pending} {tx.statuses.pending} · {d.requests.cancelled} {tx.statuses.cancelled}
            </p>
            <h2>{tx.meetings}</h2>
            {run ? (
              <p className="dashboard-meetings">
                <strong>{tx.scheduledOfPossible(d.meetings.scheduled, d.meetings.possible ?? run.possible)}</strong> (
                {tx.weightAndBound(run.weight, run.upperBound, run.optimal)}) · {d.meetings.locked} {tx.lockedCount}
              </p>
            ) : (
              <p>{tx.notScheduled}</p>
            )}
            {run && run.oversubscribed.length > 0 && (
              <>
                <h3>{tx.oversubscribed}</h3>
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
              <div className="event-table-scroll" role="region" aria-label={tx.load} tabIndex={0}>
                <table className="event-load">
                  <caption>{tx.load}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{tx.participant}</th>
                      <th scope="col">{tx.requested}</th>
                      <th scope="col">{tx.acceptedCount}</th>
                      <th scope="col">{tx.meetingsCount}</th>
                      <th scope="col">{tx.availableSlots}</th>
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
                          <Link to={`/events/${enc(event.id)}/registrations/${enc(l.registrationId)}/edit`} aria-label={`${tx.edit}: ${l.delegateName}`}>
                            {tx.edit}
                          </Link>{' '}
                          <button type="button" aria-label={`${tx.checkIn}: ${l.delegateName}`} onClick={() => onTheDay.mutate({ registrationId: l.registrationId, what: 'check-in' })}>
                            {tx.checkIn}
                          </button>{' '}
                          <button
                            type="button"
                            aria-label={`${tx.noShow}: ${l.delegateName}`}
                            onClick={() =>
                              confirm({
                                title: t('events:confirm.noShowTitle', { name: l.delegateName }),
                                message: l.upcomingMeetings > 0 ? t('events:confirm.noShow', { count: l.upcomingMeetings }) : t('events:confirm.noShowNone'),
                                confirmLabel: t('events:confirm.noShowYes'),
                                onConfirm: () => onTheDay.mutate({ registrationId: l.registrationId, what: 'no-show' }),
                              })
                            }
                          >
                            {tx.noShow}
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
