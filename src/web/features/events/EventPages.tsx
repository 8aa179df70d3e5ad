import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type {
  Agenda,
  EventDashboard,
  EventDetail,
  EventList,
  Marketplace,
  MeetingRequestList,
  Registration,
  RegistrationList,
  ScheduleOutcome,
  Suggestions,
} from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { api } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { useEventTexts } from './texts';

type Outcome = z.infer<typeof ScheduleOutcome>;
type Dashboard = z.infer<typeof EventDashboard>;
const time = (iso: string) => iso.slice(11, 16);
const when = (start: string, end: string) => `${start.slice(0, 10)} ${time(start)}–${time(end)} UTC`;
const enc = encodeURIComponent;

/** Everyone: the list of events. */
export function EventListPage() {
  const tx = useEventTexts();
  usePageTitle(tx.events);
  const list = useQuery({ queryKey: ['events'], queryFn: () => api.get<z.infer<typeof EventList>>('/events') });
  return (
    <section>
      <h1>{tx.events}</h1>
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{tx.none}</p>
          ) : (
            <ul>
              {data.items.map((e) => (
                <li key={e.id}>
                  <Link to={`/events/${enc(e.id)}`}>{e.title}</Link> · {e.days.join(', ')}
                  {e.place ? ` · ${e.place}` : ''}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

/** An event: its programme; for members their delegates, requests, marketplace and agendas; for organisers scheduling. */
export function EventPage() {
  const { id = '' } = useParams();
  const tx = useEventTexts();
  const me = useMe();
  const event = useQuery({ queryKey: ['events', id], queryFn: () => api.get<EventDetail>(`/events/${enc(id)}`) });
  usePageTitle(event.data?.title ?? tx.events);
  const user = me.data?.user;
  const organiser = user?.role === 'programme-manager' || user?.role === 'admin';
  return (
    <QueryView query={event}>
      {(e) => (
        <section className="event-page">
          <h1>{e.title}</h1>
          {e.place && <p>{e.place}</p>}
          {e.description && <p>{e.description}</p>}
          <h2>{tx.slots}</h2>
          <p>
            {e.tables.length} {tx.tables} · {e.languages.join(', ')}
          </p>
          <ul>
            {e.slots.map((s) => (
              <li key={s.id}>
                {when(s.start, s.end)} {s.kind === 'break' ? `· ${s.label ?? tx.break}` : ''}
              </li>
            ))}
          </ul>
          {!user ? <p>{tx.signIn}</p> : <Participation event={e} organisationId={user.organisationId} userId={user.id} />}
          {organiser && <OrganiserPanel event={e} />}
        </section>
      )}
    </QueryView>
  );
}

function Participation({ event, organisationId, userId }: { event: EventDetail; organisationId: string | null; userId: string }) {
  const tx = useEventTexts();
  const regs = useQuery({
    queryKey: ['events', event.id, 'registrations'],
    queryFn: () => api.get<z.infer<typeof RegistrationList>>(`/events/${enc(event.id)}/registrations`),
  });
  const all = regs.data?.items ?? [];
  const mine = all.filter((r) => r.status === 'registered' && (r.userId === userId || (organisationId !== null && r.organisationId === organisationId)));
  return (
    <>
      {organisationId && <RegisterForm eventId={event.id} organisationId={organisationId} />}
      {mine.length > 0 && (
        <>
          <h2>{tx.yourRegistrations}</h2>
          {mine.map((r) => (
            <article key={r.id} className="event-delegate">
              <h3>
                {r.delegateName} · {r.organisationName}
              </h3>
              <RequestsInbox eventId={event.id} registration={r} all={all} />
              <AgendaView eventId={event.id} registrationId={r.id} />
            </article>
          ))}
          <MarketplaceView eventId={event.id} mine={mine} />
        </>
      )}
    </>
  );
}

function RegisterForm({ eventId, organisationId }: { eventId: string; organisationId: string }) {
  const tx = useEventTexts();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ delegateName: '', delegateEmail: '', languages: 'en', profile: '' });
  const register = useMutation({
    mutationFn: () =>
      api.post<Registration>(`/events/${enc(eventId)}/registrations`, {
        organisationId,
        delegateName: form.delegateName,
        delegateEmail: form.delegateEmail,
        languages: form.languages.split(',').map((l) => l.trim()).filter(Boolean),
        profile: form.profile,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', eventId] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    register.mutate();
  };
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} name={key} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </label>
  );
  return (
    <form onSubmit={submit} className="event-register">
      <h2>{tx.register}</h2>
      {field('delegateName', tx.delegateName)}
      {field('delegateEmail', tx.delegateEmail, 'email')}
      {field('languages', tx.languages)}
      {field('profile', tx.profile)}
      {register.isError && <ErrorMessage error={register.error} />}
      <button type="submit" disabled={register.isPending}>
        {tx.submit}
      </button>
    </form>
  );
}

function RequestsInbox({ eventId, registration, all }: { eventId: string; registration: Registration; all: Registration[] }) {
  const tx = useEventTexts();
  const queryClient = useQueryClient();
  const key = ['events', eventId, 'requests', registration.id];
  const requests = useQuery({
    queryKey: key,
    queryFn: () => api.get<z.infer<typeof MeetingRequestList>>(`/events/${enc(eventId)}/requests`, { registrationId: registration.id }),
  });
  const answer = useMutation({
    mutationFn: ({ requestId, reply }: { requestId: string; reply: 'accept' | 'decline' }) =>
      api.post(`/events/${enc(eventId)}/requests/${enc(requestId)}/response`, { registrationId: registration.id, answer: reply }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', eventId] }),
  });
  const name = (id: string) => all.find((r) => r.id === id)?.delegateName ?? id;
  return (
    <QueryView query={requests}>
      {(data) =>
        data.items.length === 0 ? null : (
          <table className="event-requests">
            <caption>{tx.inbox}</caption>
            <thead>
              <tr>
                <th scope="col">{tx.from}</th>
                <th scope="col">{tx.with}</th>
                <th scope="col">{tx.status}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => {
                const invited = r.invitees.find((i) => i.registrationId === registration.id);
                return (
                  <tr key={r.id}>
                    <td>{name(r.requesterId)}</td>
                    <td>{r.invitees.map((i) => name(i.registrationId)).join(', ')}</td>
                    <td>
                      {tx.statuses[r.status] ?? r.status} · {tx.priority[r.priority]}
                      {r.message ? ` · “${r.message}”` : ''}
                    </td>
                    <td>
                      {invited?.response === 'pending' && r.status === 'pending' && (
                        <>
                          <button type="button" onClick={() => answer.mutate({ requestId: r.id, reply: 'accept' })}>
                            {tx.accept}
                          </button>{' '}
                          <button type="button" onClick={() => answer.mutate({ requestId: r.id, reply: 'decline' })}>
                            {tx.decline}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )
      }
    </QueryView>
  );
}

function MarketplaceView({ eventId, mine }: { eventId: string; mine: Registration[] }) {
  const tx = useEventTexts();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState(mine[0]?.id ?? '');
  const [priority, setPriority] = useState<'must-meet' | 'would-like-to'>('would-like-to');
  const [message, setMessage] = useState('');
  const regs = useQuery({
    queryKey: ['events', eventId, 'registrations'],
    queryFn: () => api.get<z.infer<typeof RegistrationList>>(`/events/${enc(eventId)}/registrations`),
  });
  const market = useQuery({ queryKey: ['events', eventId, 'marketplace'], queryFn: () => api.get<z.infer<typeof Marketplace>>(`/events/${enc(eventId)}/marketplace`) });
  const request = useMutation({
    mutationFn: (to: string) => api.post(`/events/${enc(eventId)}/requests`, { from, to: [to], priority, message }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', eventId] }),
  });
  const suggested = useQuery({
    queryKey: ['events', eventId, 'suggestions', from],
    queryFn: () => api.get<z.infer<typeof Suggestions>>(`/events/${enc(eventId)}/registrations/${enc(from)}/suggestions`),
    enabled: from !== '',
  });
  const mineIds = new Set(mine.map((r) => r.id));
  const others = (regs.data?.items ?? []).filter((r) => r.status === 'registered' && !mineIds.has(r.id));
  return (
    <section className="event-marketplace">
      <h2>{tx.marketplace}</h2>
      <QueryView query={market}>
        {(data) => (
          <ul>
            {data.items.map((o, i) => (
              <li key={`${o.registrationId}-${i}`}>
                <strong>{tx.offerTypes[o.type]}</strong>: {o.title} — {o.delegateName} ({o.organisationName})
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {(suggested.data?.items.length ?? 0) > 0 && (
        <>
          <h3>{tx.suggested}</h3>
          <ul>
            {suggested.data!.items.map((m) => (
              <li key={m.registrationId}>
                {m.delegateName} ({m.organisationName}) — {m.explanation}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{tx.requestMeeting}</h3>
      <label>
        {tx.from}
        <select value={from} onChange={(e) => setFrom(e.target.value)}>
          {mine.map((r) => (
            <option key={r.id} value={r.id}>
              {r.delegateName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tx.priority['must-meet']} / {tx.priority['would-like-to']}
        <select value={priority} onChange={(e) => setPriority(e.target.value as typeof priority)}>
          <option value="would-like-to">{tx.priority['would-like-to']}</option>
          <option value="must-meet">{tx.priority['must-meet']}</option>
        </select>
      </label>
      <label>
        {tx.message}
        <input value={message} onChange={(e) => setMessage(e.target.value)} />
      </label>
      {request.isError && <ErrorMessage error={request.error} />}
      <ul>
        {others.map((r) => (
          <li key={r.id}>
            {r.delegateName} ({r.organisationName}) · {r.languages.join(', ')}{' '}
            <button type="button" disabled={request.isPending} onClick={() => request.mutate(r.id)}>
              {tx.requestMeeting}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AgendaView({ eventId, registrationId }: { eventId: string; registrationId: string }) {
  const tx = useEventTexts();
  const base = `/events/${enc(eventId)}/registrations/${enc(registrationId)}/agenda`;
  const agenda = useQuery({ queryKey: ['events', eventId, 'agenda', registrationId], queryFn: () => api.get<Agenda>(base) });
  return (
    <QueryView query={agenda}>
      {(a) => (
        <section className="event-agenda">
          <h4>{tx.agenda}</h4>
          {!a.published && <p>{tx.draft}</p>}
          <ul>
            {a.items.map((item) => (
              <li key={item.slotId}>
                {when(item.start, item.end)} ·{' '}
                {item.kind === 'break'
                  ? (item.label ?? tx.break)
                  : item.meeting
                    ? `${tx.table} ${item.meeting.tableName}${item.meeting.room ? ` (${item.meeting.room})` : ''}: ${item.meeting.participants
                        .filter((p) => p.registrationId !== registrationId)
                        .map((p) => `${p.delegateName} (${p.organisationName})`)
                        .join(', ')}`
                    : tx.free}
              </li>
            ))}
          </ul>
          <p>
            <a href={`/api${base}.ics`} download>
              {tx.ics}
            </a>{' '}
            · <a href={`/api${base}.pdf`}>{tx.pdf}</a>
          </p>
        </section>
      )}
    </QueryView>
  );
}

function OrganiserPanel({ event }: { event: EventDetail }) {
  const tx = useEventTexts();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const dashboard = useQuery({ queryKey: ['events', event.id, 'dashboard'], queryFn: () => api.get<Dashboard>(`/events/${enc(event.id)}/dashboard`) });
  const schedule = useMutation({
    mutationFn: () => api.post<Outcome>(`/events/${enc(event.id)}/schedule`, { timeLimitSeconds: 5 }),
    onSuccess: async (result) => {
      setOutcome(result);
      await queryClient.invalidateQueries({ queryKey: ['events', event.id] });
    },
  });
  const publish = useMutation({
    mutationFn: () => api.post<EventDetail>(`/events/${enc(event.id)}/publish`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', event.id] }),
  });
  const base = `/api/events/${enc(event.id)}`;
  return (
    <section className="event-organiser">
      <h2>{tx.organiser}</h2>
      <button type="button" onClick={() => schedule.mutate()} disabled={schedule.isPending}>
        {schedule.isPending ? tx.scheduling : tx.schedule}
      </button>{' '}
      <button type="button" onClick={() => publish.mutate()} disabled={publish.isPending}>
        {tx.publish}
      </button>
      {event.publishedAt && <p>{`${tx.published}: ${event.publishedAt.slice(0, 16).replace('T', ' ')}`}</p>}
      {schedule.isError && <ErrorMessage error={schedule.error} />}
      {outcome && (
        <div role="status" className="schedule-outcome">
          <p>
            <strong>{outcome.message}</strong> (weight {outcome.run.weight}, proven bound {outcome.run.upperBound}
            {outcome.run.optimal ? ', optimal' : ''})
          </p>
          {outcome.oversubscribed.length > 0 && (
            <p>
              {tx.oversubscribed}:{' '}
              {outcome.oversubscribed.map((o) => `${o.delegateName} (${o.organisationName}): ${o.requested}/${o.possible}`).join('; ')}
            </p>
          )}
        </div>
      )}
      <p>
        {tx.tablePlan}: <a href={`${base}/table-plan.pdf`}>PDF</a> · <a href={`${base}/table-plan.xlsx`}>XLSX</a>
      </p>
      <QueryView query={dashboard}>
        {(d) => (
          <div className="event-dashboard">
            <h3>{tx.dashboard}</h3>
            <p>
              {d.registrations.registered} registered · {d.registrations.checkedIn} checked in · {d.registrations.noShows} no-shows
            </p>
            <p>
              {d.requests.sent} sent · {d.requests.accepted} accepted · {d.requests.declined} declined · {d.requests.expired} expired ·{' '}
              {d.requests.pending} pending
            </p>
            <p>
              {d.meetings.scheduled} / {d.meetings.possible ?? '–'} meetings · {d.meetings.locked} locked
            </p>
          </div>
        )}
      </QueryView>
    </section>
  );
}
