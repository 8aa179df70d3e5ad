import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, dataOf } from '../../lib/api-client';
import { useRegistrations } from './event-queries';
import { useLanguage } from '../../i18n/index';
import { displayName } from '../../lib/format';

/** The offers and requests of the other participants, suggested partners, and asking for a meeting. */
export function MarketplaceView({ eventId, mine }: { eventId: string; mine: Registration[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState(mine[0]?.id ?? '');
  const [priority, setPriority] = useState<'must-meet' | 'would-like-to'>('would-like-to');
  const [message, setMessage] = useState('');
  const regs = useRegistrations(eventId);
  const market = useQuery({
    queryKey: ['events', eventId, 'marketplace'],
    queryFn: () => dataOf(api.GET('/api/events/{id}/marketplace', { params: { path: { id: eventId } } })),
  });
  const request = useMutation({
    mutationFn: (to: string) =>
      dataOf(api.POST('/api/events/{id}/requests', { params: { path: { id: eventId } }, body: { from, to: [to], priority, message } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', eventId] }),
  });
  const suggested = useQuery({
    queryKey: ['events', eventId, 'suggestions', from, lang],
    queryFn: () =>
      dataOf(
        api.GET('/api/events/{id}/registrations/{registrationId}/suggestions', { params: { path: { id: eventId, registrationId: from }, query: { lang } } }),
      ),
    enabled: from !== '',
  });
  const mineIds = new Set(mine.map((r) => r.id));
  const others = (regs.data?.items ?? []).filter((r) => r.status === 'registered' && !mineIds.has(r.id));
  return (
    <section className="event-marketplace">
      <h2>{t('events:marketplace')}</h2>
      <QueryView query={market}>
        {(data) => (
          <ul>
            {data.items.map((o, i) => (
              <li key={`${o.registrationId}-${i}`}>
                <strong>{t(`events:offerTypes.${o.type}`)}</strong>: {o.title} — {o.delegateName} ({o.organisationName})
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {(suggested.data?.items.length ?? 0) > 0 && (
        <>
          <h3>{t('events:suggested')}</h3>
          <ul>
            {suggested.data!.items.map((m) => (
              <li key={m.registrationId}>
                {m.delegateName} ({m.organisationName}) — {m.explanation}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('events:requestMeeting')}</h3>
      <label>
        {t('events:from')}
        <select value={from} onChange={(e) => setFrom(e.target.value)}>
          {mine.map((r) => (
            <option key={r.id} value={r.id}>
              {r.delegateName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('events:priority.must-meet')} / {t('events:priority.would-like-to')}
        <select value={priority} onChange={(e) => setPriority(e.target.value as typeof priority)}>
          <option value="would-like-to">{t('events:priority.would-like-to')}</option>
          <option value="must-meet">{t('events:priority.must-meet')}</option>
        </select>
      </label>
      <label>
        {t('events:message')}
        <input value={message} onChange={(e) => setMessage(e.target.value)} />
      </label>
      {request.isError && <ErrorMessage error={request.error} />}
      <ul>
        {others.map((r) => (
          <li key={r.id}>
            {r.delegateName} ({r.organisationName}) · {r.languages.map((code) => displayName(code, 'language', lang)).join(', ')}{' '}
            <button type="button" disabled={request.isPending} onClick={() => request.mutate(r.id)}>
              {t('events:requestMeeting')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
