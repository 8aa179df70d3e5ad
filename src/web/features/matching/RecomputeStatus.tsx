import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import type { MatchingStatus } from '../../../shared/api';
import { useLanguage } from '../../i18n/index';
import { api } from '../../lib/api-client';
import { useMatchingTexts } from './texts';

type Status = z.output<typeof MatchingStatus>;
/** Polls often while matches are being recomputed, rarely when idle (to notice new work). */
const BUSY_POLL_MS = 1500;
const IDLE_POLL_MS = 15_000;

/**
 * For programme managers: the background recomputation of matches — what runs (phase, n of m),
 * how many jobs wait, when the last one finished. When work completes, the matches shown on the
 * page are read again.
 */
export function RecomputeStatus() {
  const tx = useMatchingTexts();
  const lang = useLanguage();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: ['matching', 'status'],
    queryFn: () => api.get<Status>('/matching/status'),
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
          {tx.recomputing}: {tx.phases[job.phase ?? ''] ?? job.phase ?? tx.starting}
          {job.total > 0 && ` — ${tx.progress(number.format(job.done), number.format(job.total))}`}
          {tx.stop}
        </span>
      ))}
      {pending > 0 && <span>
          {tx.queued(number.format(pending))}
          {tx.stop}
        </span>}
      {status.data.idle && <span>
          {tx.upToDate}
          {tx.stop}
        </span>}
      {last?.finishedAt && (
        <span>
          {last.state === 'failed' ? tx.lastFailed : tx.lastCompleted} {new Date(last.finishedAt).toLocaleString(lang)}
        </span>
      )}
    </p>
  );
}
