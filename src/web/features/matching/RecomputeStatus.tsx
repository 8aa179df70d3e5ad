import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';

/** Polls often while matches are being recomputed, rarely when idle (to notice new work). */
const BUSY_POLL_MS = 1500;
const IDLE_POLL_MS = 15_000;

/**
 * For programme managers: the background recomputation of matches — what runs (phase, n of m),
 * how many jobs wait, when the last one finished. When work completes, the matches shown on the
 * page are read again.
 */
export function RecomputeStatus() {
  const { t: tm } = useTranslation();
  const lang = useLanguage();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: ['matching', 'status'],
    queryFn: () => dataOf(api.GET('/api/matching/status')),
    refetchInterval: (q) => (q.state.data && q.state.data.idle ? IDLE_POLL_MS : BUSY_POLL_MS),
  });
  const wasBusy = useRef(false);
  const idle = status.data?.idle;
  useEffect(() => {
    if (idle === undefined) return;
    if (idle && wasBusy.current) void client.invalidateQueries({ queryKey: ['matches'] });
    wasBusy.current = !idle;
  }, [idle, client]);
  if (!status.data) return null;
  const number = new Intl.NumberFormat(lang);
  const { running, pending, recent } = status.data;
  const last = recent[0];
  return (
    <p className="recompute-status" role="status" data-testid="recompute-status" data-idle={String(status.data.idle)}>
      {running.map((job) => (
        <span key={job.id}>
          {tm('matching:recompute.recomputing')}:{' '}
          {job.phase ? tm(`matching:recompute.phases.${job.phase}`, { defaultValue: tm('matching:recompute.starting') }) : tm('matching:recompute.starting')}
          {job.total > 0 && ` — ${tm('matching:recompute.progress', { done: number.format(job.done), total: number.format(job.total) })}`}
          {tm('matching:recompute.stop')}
        </span>
      ))}
      {pending > 0 && (
        <span>
          {tm('matching:recompute.queued', { count: pending })}
          {tm('matching:recompute.stop')}
        </span>
      )}
      {status.data.idle && (
        <span>
          {tm('matching:recompute.upToDate')}
          {tm('matching:recompute.stop')}
        </span>
      )}
      {last?.finishedAt && (
        <span>
          {last.state === 'failed' ? tm('matching:recompute.lastFailed') : tm('matching:recompute.lastCompleted')}{' '}
          {new Date(last.finishedAt).toLocaleString(lang)}
        </span>
      )}
    </p>
  );
}
