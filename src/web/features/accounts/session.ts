import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Capability, Me } from '../../../shared/api/index';
import { api, dataOf } from '../../lib/api-client';

/** Who is signed in; null for a visitor (asked of /auth/session, which answers visitors with 200). */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      const session = await dataOf(api.GET('/api/auth/session'));
      return session.user ? { user: session.user, csrfToken: session.csrfToken, capabilities: session.capabilities } : null;
    },
    staleTime: 60_000,
  });
}

/**
 * Whether the reader may use a control, from the capabilities the server derives from the route
 * policies (none for a visitor, and none while the session is still loading: no flashing buttons).
 */
export function useCan(capability: Capability): boolean {
  return useMe().data?.capabilities.includes(capability) ?? false;
}

/**
 * Whether the reader may write opportunities of a region: programme managers any, a partner
 * official only their own region's (the rule opportunities.service enforces).
 */
export function useCanWriteOpportunitiesOf(regionId: string | undefined): boolean {
  const me = useMe().data;
  if (!me?.capabilities.includes('opportunities:write')) return false;
  return me.user.role !== 'partner-official' || (regionId !== undefined && me.user.regionId === regionId);
}

/** After signing in or out: a new session (and CSRF token), and other records may be visible. */
export function useSessionChanged() {
  const queryClient = useQueryClient();
  return async (me: Me | null) => {
    api.forgetCsrfToken();
    queryClient.setQueryData(['me'], me);
    await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
  };
}

export function useSignOut() {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (everywhere: boolean) => dataOf(everywhere ? api.POST('/api/auth/logout-all') : api.POST('/api/auth/logout')),
    onSettled: () => sessionChanged(null),
  });
}
