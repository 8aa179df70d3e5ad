import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedLink, Registration } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, dataOf } from '../../lib/api-client';

/**
 * The agenda's secret subscription address. The server keeps only a hash of it, so the address
 * is shown once, right after it is made; later the delegate can make a new one or revoke it.
 */
export function CalendarFeed({ eventId, registration }: { eventId: string; registration: Registration }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [link, setLink] = useState<FeedLink | null>(null);
  const [copied, setCopied] = useState(false);
  const params = { path: { id: eventId, registrationId: registration.id } };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['events', eventId, 'registrations'] });
  const issue = useMutation({
    mutationFn: () => dataOf(api.POST('/api/events/{id}/registrations/{registrationId}/feed', { params })),
    onSuccess: async (made) => {
      setLink(made);
      setCopied(false);
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => dataOf(api.DELETE('/api/events/{id}/registrations/{registrationId}/feed', { params })),
    onSuccess: async () => {
      setLink(null);
      await refresh();
    },
  });
  const copy = async () => {
    if (!link) return;
    await navigator.clipboard.writeText(link.url);
    setCopied(true);
  };
  const exists = link !== null || registration.feedCreatedAt !== null;
  return (
    <div className="event-feed">
      <h5>{t('events:feed')}</h5>
      <p>{t('events:feedExplain')}</p>
      {link && (
        <p>
          <label htmlFor={inputId}>{t('events:feedUrl')}</label> <input id={inputId} readOnly value={link.url} size={60} onFocus={(e) => e.target.select()} />{' '}
          <button type="button" onClick={() => void copy()}>
            {copied ? t('events:copied') : t('events:copy')}
          </button>
          <br />
          {t('events:feedShownOnce')}
        </p>
      )}
      {!link && registration.feedCreatedAt && (
        <p>
          {t('events:feedExists')} {registration.feedCreatedAt.slice(0, 16).replace('T', ' ')} UTC
        </p>
      )}
      <button type="button" disabled={issue.isPending} onClick={() => issue.mutate()}>
        {exists ? t('events:feedRenew') : t('events:feedCreate')}
      </button>{' '}
      {exists && (
        <button type="button" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
          {t('events:feedRevoke')}
        </button>
      )}
      {issue.isError && <ErrorMessage error={issue.error} />}
      {revoke.isError && <ErrorMessage error={revoke.error} />}
    </div>
  );
}
