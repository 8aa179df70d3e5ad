import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';

/**
 * Deletes a record (`remove`: its typed DELETE call) and leaves its page. Cached data is only marked stale, not refetched at once:
 * a refetch while the page is still shown would ask for the record that was just deleted. The
 * page we go to refetches what it shows when it mounts.
 */
export function useDeleteAndLeave(remove: () => Promise<unknown>, leaveTo: string) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ refetchType: 'none' });
      await navigate(leaveTo);
    },
  });
}
