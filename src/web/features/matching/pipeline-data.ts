import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MatchItem, MatchStatus } from '../../../shared/api';
import type { MethodResponse } from 'openapi-fetch';
import { api, type ApiClient, dataOf, type QueryOf } from '../../lib/api-client';
import { useErrorMessage } from '../../lib/format-api-error';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** GET /api/matches's answer (the board's cache holds it). */
export type PipelinePage = MethodResponse<ApiClient, 'get', '/api/matches'>;
export type Owner = { id: string; displayName: string };

const key = ['matches', 'pipeline'] as const;

// Toasts with a named close button (axe: button-name), in the reader's language.
function notifySaved(t: TFunction, message: string) {
  notifications.show({ message, color: 'teal', autoClose: 4000, closeButtonProps: { 'aria-label': t('matching:pipeline.closeNotice') } });
}
function notifyFailed(t: TFunction, title: string, message: string) {
  notifications.show({ title, message, color: 'red', autoClose: 8000, closeButtonProps: { 'aria-label': t('matching:pipeline.closeNotice') } });
}

export function usePipeline(query: QueryOf<'/api/matches'>, enabled = true) {
  return useQuery({
    queryKey: [...key, query],
    queryFn: () => dataOf(api.GET('/api/matches', { params: { query } })),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useOwners() {
  return useQuery({ queryKey: ['matches', 'owners'], queryFn: () => dataOf(api.GET('/api/matches/owners')), staleTime: 60_000 });
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
    mutationFn: ({ match, status }: { match: MatchItem; status: MatchStatus }) =>
      dataOf(api.PUT('/api/matches/{id}', { params: { path: { id: match.id } }, body: { status } })),
    onMutate: async ({ match, status }) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueriesData<PipelinePage>({ queryKey: key });
      client.setQueriesData<PipelinePage>({ queryKey: key }, (page) => {
        if (!page || !page.items.some((i) => i.id === match.id)) return page;
        const counts = { ...page.statusCounts, [match.status]: (page.statusCounts[match.status] ?? 0) - 1, [status]: (page.statusCounts[status] ?? 0) + 1 };
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
    mutationFn: ({ ids, status }: { ids: string[]; status: MatchStatus }) => dataOf(api.POST('/api/matches/status', { body: { ids, status } })),
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
      dataOf(api.PATCH('/api/matches/{id}', { params: { path: { id } }, body: { ownerId, nextActionOn } })),
    onSuccess: () => notifySaved(t, t('matching:pipeline.plan.saved')),
    onSettled: () => client.invalidateQueries({ queryKey: ['matches'] }),
  });
}
