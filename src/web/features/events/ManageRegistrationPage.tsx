import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { attendanceModes } from '../../../shared/api/index';
import type { ManagedRegistration } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { api, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { enc, slotTime } from './event-queries';
import './registration-forms.css';

/** `/events/registration/:token`: the private link from the e-mail; no account needed. */
export function ManageRegistrationPage() {
  const { token = '' } = useParams();
  const registration = useQuery({
    queryKey: ['managed', token],
    queryFn: () => dataOf(api.GET('/api/public/registrations/{token}', { params: { path: { token } } })),
    retry: false,
  });
  return (
    <QueryView query={registration}>
      {(r) => (
        <>
          <ManageForm token={token} registration={r} />
          {r.status === 'registered' && <MarketplaceByLink token={token} self={r.registrationId} />}
          {r.status === 'registered' && <AgendaByLink token={token} self={r.registrationId} />}
        </>
      )}
    </QueryView>
  );
}

function ManageForm({ token, registration: r }: { token: string; registration: ManagedRegistration }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const title = t('eventRegistration:manageTitle', { event: r.eventTitle });
  usePageTitle(title);
  const [attendance, setAttendance] = useState(r.attendance);
  const [profile, setProfile] = useState(r.profile);
  const [blocked, setBlocked] = useState(r.blockedSlots);
  const [reminders, setReminders] = useState(!r.remindersOptOut);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['managed'] });
  const params = { path: { token } };
  const save = useMutation({
    mutationFn: () =>
      dataOf(api.PATCH('/api/public/registrations/{token}', { params, body: { attendance, profile, blockedSlots: blocked, remindersOptOut: !reminders } })),
    onSuccess: refresh,
  });
  const cancel = useMutation({ mutationFn: () => dataOf(api.DELETE('/api/public/registrations/{token}', { params })), onSuccess: refresh });
  return (
    <section>
      <h1>{title}</h1>
      <p role="status">{t(`eventRegistration:statusLine.${r.status}`, { position: r.waitlistPosition ?? '' })}</p>
      <p>
        {r.delegateName} · {r.organisationName}
      </p>
      {r.status !== 'cancelled' && (
        <form
          className="manage-registration-form"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <label>
            {t('events:attendance')}{' '}
            <select value={attendance} onChange={(e) => setAttendance(e.target.value as typeof attendance)}>
              {attendanceModes.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`events:attendanceModes.${mode}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('eventRegistration:profile')}
            <textarea rows={3} value={profile} onChange={(e) => setProfile(e.target.value)} />
          </label>
          <fieldset>
            <legend>{t('eventRegistration:unavailable')}</legend>
            {r.slots.map((s) => (
              <label key={s.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={blocked.includes(s.id)}
                  onChange={(e) => setBlocked(e.target.checked ? [...blocked, s.id] : blocked.filter((b) => b !== s.id))}
                />{' '}
                {slotTime(s.start, s.end, r.timeZone)}
              </label>
            ))}
          </fieldset>
          <label className="checkbox reminders-choice">
            <input type="checkbox" checked={reminders} onChange={(e) => setReminders(e.target.checked)} /> {t('events:reminders')}
          </label>
          <button type="submit" disabled={save.isPending}>
            {t('eventRegistration:save')}
          </button>
          {save.isSuccess && <span role="status"> {t('eventRegistration:saved')}</span>}
          {save.error && <ErrorMessage error={save.error} />}
          <p>
            <button type="button" onClick={() => window.confirm(t('eventRegistration:confirmCancel')) && cancel.mutate()} disabled={cancel.isPending}>
              {t('eventRegistration:cancelRegistration')}
            </button>
          </p>
          {cancel.error && <ErrorMessage error={cancel.error} />}
        </form>
      )}
    </section>
  );
}

/** The marketplace and the requests of a registered delegate, acting through the private link. */
function MarketplaceByLink({ token, self }: { token: string; self: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [message, setMessage] = useState('');
  const params = { path: { token } };
  const market = useQuery({
    queryKey: ['managed-market', token, q],
    queryFn: () => dataOf(api.GET('/api/public/registrations/{token}/marketplace', { params: { ...params, query: { q } } })),
  });
  const requests = useQuery({
    queryKey: ['managed-requests', token],
    queryFn: () => dataOf(api.GET('/api/public/registrations/{token}/requests', { params })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['managed-requests', token] });
  const send = useMutation({
    mutationFn: (to: string) => dataOf(api.POST('/api/public/registrations/{token}/requests', { params, body: { to: [to], message } })),
    onSuccess: refresh,
  });
  const answer = useMutation({
    mutationFn: ({ id, reply }: { id: string; reply: 'accept' | 'decline' }) =>
      dataOf(
        api.POST('/api/public/registrations/{token}/requests/{requestId}/response', { params: { path: { token, requestId: id } }, body: { answer: reply } }),
      ),
    onSuccess: refresh,
  });
  const names = new Map((market.data?.items ?? []).map((i) => [i.registrationId, `${i.delegateName} (${i.organisationName})`]));
  return (
    <>
      <section aria-labelledby="by-link-market">
        <h2 id="by-link-market">{t('eventRegistration:marketplace')}</h2>
        <label>
          {t('eventRegistration:search')} <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <label>
          {t('eventRegistration:message')} <textarea rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />
        </label>
        <QueryView query={market}>
          {(m) => (
            <ul>
              {m.items
                .filter((item) => item.registrationId !== self)
                .map((item) => (
                  <li key={`${item.registrationId}-${item.title}`}>
                    <strong>{item.delegateName}</strong> ({item.organisationName}) · {t(`events:offerTypes.${item.type}`)}: {item.title}{' '}
                    <button type="button" onClick={() => send.mutate(item.registrationId)} disabled={send.isPending}>
                      {t('eventRegistration:requestMeeting')}
                    </button>
                  </li>
                ))}
            </ul>
          )}
        </QueryView>
        {send.isSuccess && <p role="status">{t('eventRegistration:requested')}</p>}
        {send.error && <ErrorMessage error={send.error} />}
      </section>
      <section aria-labelledby="by-link-requests">
        <h2 id="by-link-requests">{t('eventRegistration:requests')}</h2>
        <QueryView query={requests}>
          {(list) => (
            <ul>
              {list.items.map((r) => {
                const received = r.status === 'pending' && r.invitees.some((i) => i.registrationId === self && i.response === 'pending');
                const others = [r.requesterId, ...r.invitees.map((i) => i.registrationId)].filter((id) => id !== self);
                const other = others
                  .map((id) => names.get(id))
                  .filter(Boolean)
                  .join(', ');
                return (
                  <li key={r.id}>
                    {t('eventRegistration:with')} {other || '—'} · {t(`events:statuses.${r.status}`)}
                    {received && (
                      <>
                        {' '}
                        <button type="button" onClick={() => answer.mutate({ id: r.id, reply: 'accept' })}>
                          {t('eventRegistration:accept')}
                        </button>{' '}
                        <button type="button" onClick={() => answer.mutate({ id: r.id, reply: 'decline' })}>
                          {t('eventRegistration:decline')}
                        </button>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </QueryView>
        {answer.error && <ErrorMessage error={answer.error} />}
      </section>
    </>
  );
}

/** The delegate's agenda with video links and the .ics file. */
function AgendaByLink({ token, self }: { token: string; self: string }) {
  const { t } = useTranslation();
  const agenda = useQuery({
    queryKey: ['managed-agenda', token],
    queryFn: () => dataOf(api.GET('/api/public/registrations/{token}/agenda', { params: { path: { token } } })),
  });
  return (
    <QueryView query={agenda}>
      {(a) => (
        <section className="event-agenda" aria-labelledby="by-link-agenda">
          <h2 id="by-link-agenda">{t('events:agenda')}</h2>
          {!a.published && <p>{t('events:draft')}</p>}
          <ul>
            {a.items
              .filter((item) => item.meeting)
              .map(({ slotId, start, end, meeting: m }) => (
                <li key={slotId}>
                  {slotTime(start, end, a.timeZone)} · {m!.online ? t('events:onlineMeeting') : `${t('events:table')} ${m!.tableName}`}:{' '}
                  {m!.participants
                    .filter((p) => p.registrationId !== self)
                    .map((p) => `${p.delegateName} (${p.organisationName})`)
                    .join(', ')}
                  {m!.videoUrl && (
                    <>
                      {' '}
                      · <a href={m!.videoUrl}>{t('events:videoLink')}</a>
                    </>
                  )}
                </li>
              ))}
          </ul>
          <p>
            <a href={`/api/public/registrations/${enc(token)}/agenda.ics`} download>
              {t('events:ics')}
            </a>
          </p>
        </section>
      )}
    </QueryView>
  );
}
