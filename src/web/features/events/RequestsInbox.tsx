import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { api, dataOf } from '../../lib/api-client';
import { useRevealTarget } from './use-reveal-target';

/** The meeting requests a delegate sent and received; invitees accept or decline here. */
export function RequestsInbox({ eventId, registration, all }: { eventId: string; registration: Registration; all: Registration[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['events', eventId, 'requests', registration.id];
  const requests = useQuery({
    queryKey: key,
    queryFn: () => dataOf(api.GET('/api/events/{id}/requests', { params: { path: { id: eventId }, query: { registrationId: registration.id } } })),
  });
  const answer = useMutation({
    mutationFn: ({ requestId, reply }: { requestId: string; reply: 'accept' | 'decline' }) =>
      dataOf(
        api.POST('/api/events/{id}/requests/{requestId}/response', {
          params: { path: { id: eventId, requestId } },
          body: { registrationId: registration.id, answer: reply },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', eventId] }),
  });
  const name = (id: string) => all.find((r) => r.id === id)?.delegateName ?? id;
  useRevealTarget(requests.isSuccess);
  return (
    <QueryView query={requests}>
      {(data) =>
        data.items.length === 0 ? null : (
          <table className="event-requests">
            <caption>{t('events:inbox')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('events:from')}</th>
                <th scope="col">{t('events:with')}</th>
                <th scope="col">{t('events:status')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => {
                const invited = r.invitees.find((i) => i.registrationId === registration.id);
                return (
                  // The id is what a notification links to (one request shows in each participant's inbox).
                  <tr key={r.id} id={`request-${registration.id}-${r.id}`} tabIndex={-1}>
                    <td>{name(r.requesterId)}</td>
                    <td>{r.invitees.map((i) => name(i.registrationId)).join(', ')}</td>
                    <td>
                      {t(`events:statuses.${r.status}`)} · {t(`events:priority.${r.priority}`)}
                      {r.message ? ` · “${r.message}”` : ''}
                    </td>
                    <td>
                      {invited?.response === 'pending' && r.status === 'pending' && (
                        <>
                          <button type="button" onClick={() => answer.mutate({ requestId: r.id, reply: 'accept' })}>
                            {t('events:accept')}
                          </button>{' '}
                          <button type="button" onClick={() => answer.mutate({ requestId: r.id, reply: 'decline' })}>
                            {t('events:decline')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )
      }
    </QueryView>
  );
}
