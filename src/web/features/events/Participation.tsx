import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EventDetail } from '../../../shared/api/index';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { languageOptionsOf } from '../../lib/spoken-languages';
import { AgendaView } from './AgendaView';
import { MarketplaceView } from './MarketplaceView';
import { RequestsInbox } from './RequestsInbox';
import { enc, useRegistrations } from './event-queries';

/** A signed-in user's part in an event: registering delegates, then their requests, agendas and the marketplace. */
export function Participation({ event, organisationId, userId }: { event: EventDetail; organisationId: string | null; userId: string }) {
  const { t } = useTranslation();
  const regs = useRegistrations(event.id);
  const all = regs.data?.items ?? [];
  const mine = all.filter((r) => r.status === 'registered' && (r.userId === userId || (organisationId !== null && r.organisationId === organisationId)));
  return (
    <>
      {organisationId && <RegisterForm event={event} organisationId={organisationId} />}
      {mine.length > 0 && (
        <>
          <h2>{t('events:yourRegistrations')}</h2>
          {mine.map((r) => (
            <article key={r.id} className="event-delegate">
              <h3>
                {r.delegateName} · {r.organisationName}
              </h3>
              <p>
                <Link to={`/events/${enc(event.id)}/registrations/${enc(r.id)}/edit`}>{t('events:editRegistration')}</Link>
              </p>
              <RequestsInbox eventId={event.id} registration={r} all={all} />
              <AgendaView eventId={event.id} registration={r} />
            </article>
          ))}
          <MarketplaceView eventId={event.id} mine={mine} />
        </>
      )}
    </>
  );
}

function RegisterForm({ event, organisationId }: { event: EventDetail; organisationId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const eventId = event.id;
  const [form, setForm] = useState({ delegateName: '', delegateEmail: '', profile: '' });
  const [languages, setLanguages] = useState<string[]>(event.languages.slice(0, 1));
  const register = useMutation({
    mutationFn: () =>
      dataOf(
        api.POST('/api/events/{id}/registrations', {
          params: { path: { id: eventId } },
          body: {
            organisationId,
            delegateName: form.delegateName,
            delegateEmail: form.delegateEmail,
            languages,
            profile: form.profile,
          },
        }),
      ),
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
      <h2>{t('events:register')}</h2>
      {field('delegateName', t('events:delegateName'))}
      {field('delegateEmail', t('events:delegateEmail'), 'email')}
      <CheckboxGroup
        path="languages"
        legend={t('events:languages')}
        options={languageOptionsOf(event.languages, languages, lang)}
        selected={languages}
        onChange={setLanguages}
      />
      {field('profile', t('events:profile'))}
      {register.isError && <ErrorMessage error={register.error} />}
      <button type="submit" disabled={register.isPending}>
        {t('events:submit')}
      </button>
    </form>
  );
}
