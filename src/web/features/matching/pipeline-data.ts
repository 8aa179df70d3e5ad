import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MatchItem, MatchStatus } from '../../../shared/api';
import { api, type QueryValue } from '../../lib/api-client';
import { useErrorMessage } from '../../lib/format-api-error';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

export type PipelinePage = { items: MatchItem[]; total: number; page: number; pageSize: number; statusCounts: Record<MatchStatus, number> };
export type Owner = { id: string; displayName: string };

const key = ['matches', 'pipeline'] as const;

// Toasts with a named close button (axe: button-name), in the reader's language.
function notifySaved(t: TFunction, message: string) {
  notifications.show({ message, color: 'teal', autoClose: 4000, closeButtonProps: { 'aria-label': t('matching:pipeline.closeNotice') } });
}
function notifyFailed(t: TFunction, title: string, message: string) {
  notifications.show({ title, message, color: 'red', autoClose: 8000, closeButtonProps: { 'aria-label': t('matching:pipeline.closeNotice') } });
}

export function usePipeline(query: Record<string, QueryValue>, enabled = true) {
  return useQuery({
    queryKey: [...key, query],
    queryFn: () => api.get<PipelinePage>('/matches', query),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useOwners() {
  return useQuery({ queryKey: ['matches', 'owners'], queryFn: () => api.get<{ items: Owner[] }>('/matches/owners'), staleTime: 60_000 });
}

/**
 * One match moved to a status (PUT /api/matches/:id, the same call and so the same history, audit
 * and follow-up as everywhere else). The board shows the move at once and rolls back on failure.
 */
export function useMoveMatch() {
  const client = useQueryClient();
  const { t } = useTranslation();
  const { formatApiError } = useErrorMessage();
  return useMutation({
    mutationFn: ({ match, status }: { match: MatchItem; status: MatchStatus }) => api.put<MatchItem>(`/matches/${encodeURIComponent(match.id)}`, { status }),
    onMutate: async ({ match, status }) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueriesData<PipelinePage>({ queryKey: key });
      client.setQueriesData<PipelinePage>({ queryKey: key }, (page) => {
        if (!page || !page.items.some((i) => i.id === match.id)) return page;
        const counts = { ...page.statusCounts, [match.status]: page.statusCounts[match.status] - 1, [status]: page.statusCounts[status] + 1 };
        return { ...page, statusCounts: counts, items: page.items.map((i) => (i.id === match.id ? { ...i, status } : i)) };
      });
      return { before };
    },
    onError: (error, _vars, context) => {
      for (const [k, data] of context?.before ?? []) client.setQueryData(k, data);
      notifyFailed(t, t('matching:pipeline.moveFailed'), formatApiError(error));
    },
    onSuccess: (_data, { match, status }) => {
      notifySaved(t, t('matching:pipeline.moved', { name: match.organisationName, status: t(`matching:status.${status}`) }));
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['matches'] }),
  });
}

/** Several matches to one status, all or none (POST /api/matches/status). */
export function useBulkMove() {
  const client = useQueryClient();
  const { t } = useTranslation();
  const { formatApiError } = useErrorMessage();
  return useMutation({
    mutationFn: ({ ids, status }: { ids: string[]; status: MatchStatus }) => api.post<{ updated: number }>('/matches/status', { ids, status }),
    onSuccess: ({ updated }, { status }) => notifySaved(t, t('matching:pipeline.bulk.done', { count: updated, status: t(`matching:status.${status}`) })),
    onError: (error) => notifyFailed(t, t('matching:pipeline.moveFailed'), formatApiError(error)),
    onSettled: () => client.invalidateQueries({ queryKey: ['matches'] }),
  });
}

/** Owner and next-action day of one match (PATCH /api/matches/:id). */
export function usePlanMatch() {
  const client = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ id, ownerId, nextActionOn }: { id: string; ownerId: string | null; nextActionOn: string | null }) =>
      api.patch<MatchItem>(`/matches/${encodeURIComponent(id)}`, { ownerId, nextActionOn }),
    onSuccess: () => notifySaved(t, t('matching:pipeline.plan.saved')),
    onSettled: () => client.invalidateQueries({ queryKey: ['matches'] }),
  });
}
