import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FeedLink, Registration } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api-client';
import { enc } from './event-queries';
import { useEventTexts } from './texts';

/**
 * The agenda's secret subscription address. The server keeps only a hash of it, so the address
 * is shown once, right after it is made; later the delegate can make a new one or revoke it.
 */
export function CalendarFeed({ eventId, registration }: { eventId: string; registration: Registration }) {
  const tx = useEventTexts();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [link, setLink] = useState<FeedLink | null>(null);
  const [copied, setCopied] = useState(false);
  const path = `/events/${enc(eventId)}/registrations/${enc(registration.id)}/feed`;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['events', eventId, 'registrations'] });
  const issue = useMutation({
    mutationFn: () => api.post<FeedLink>(path, {}),
    onSuccess: async (made) => {
      setLink(made);
      setCopied(false);
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => api.delete(path),
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
      <h5>{tx.feed}</h5>
      <p>{tx.feedExplain}</p>
      {link && (
        <p>
          <label htmlFor={inputId}>{tx.feedUrl}</label> <input id={inputId} readOnly value={link.url} size={60} onFocus={(e) => e.target.select()} />{' '}
          <button type="button" onClick={() => void copy()}>
            {copied ? tx.copied : tx.copy}
          </button>
          <br />
          {tx.feedShownOnce}
        </p>
      )}
      {!link && registration.feedCreatedAt && (
        <p>
          {tx.feedExists} {registration.feedCreatedAt.slice(0, 16).replace('T', ' ')} UTC
        </p>
      )}
      <button type="button" disabled={issue.isPending} onClick={() => issue.mutate()}>
        {exists ? tx.feedRenew : tx.feedCreate}
      </button>{' '}
      {exists && (
        <button type="button" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
          {tx.feedRevoke}
        </button>
      )}
      {issue.isError && <ErrorMessage error={issue.error} />}
      {revoke.isError && <ErrorMessage error={revoke.error} />}
    </div>
  );
}
