import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { useMe } from '../accounts/session';

const key = ['notifications'];
/** Notifications arrive when others act; a modest poll (and a refetch on focus) is enough without a push channel. */
const pollEveryMs = 30_000;

/** The signed-in user's notifications (keyed by user, so a sign-out or another user never sees them); visitors ask nothing. */
export function useNotifications() {
  const userId = useMe().data?.user.id;
  return useQuery({
    queryKey: [...key, userId],
    queryFn: () => dataOf(api.GET('/api/notifications')),
    enabled: userId !== undefined,
    refetchInterval: pollEveryMs,
    refetchOnWindowFocus: true,
  });
}

/** Marks the given notifications read, or all of them without ids. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => dataOf(api.POST('/api/notifications/read', { body: ids ? { ids } : {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
