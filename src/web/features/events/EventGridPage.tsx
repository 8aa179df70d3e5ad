import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { EventDetail, MeetingList } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { api, ApiRequestError } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { enc, slotTime, useEvent } from './event-queries';

type Meeting = z.infer<typeof MeetingList>['items'][number];

/** `/events/:id/grid`: the organiser moves meetings by hand; the server refuses clashes and names them. */
export function EventGridPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  return <QueryView query={event}>{(e) => <Grid event={e} />}</QueryView>;
}

function Grid({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  usePageTitle(t('events:grid.title', { event: event.title }));
  const queryClient = useQueryClient();
  const key = ['events', event.id, 'meetings'];
  const meetings = useQuery({ queryKey: key, queryFn: () => api.get<z.infer<typeof MeetingList>>(`/events/${enc(event.id)}/meetings`) });
  const [chosen, setChosen] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: ({ requestId, slotId, table }: { requestId: string; slotId: string; table: number }) =>
      api.post(`/events/${enc(event.id)}/meetings/${enc(requestId)}/move`, { slotId, table }),
    onSuccess: async () => {
      setChosen(null);
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const refused = move.error instanceof ApiRequestError && move.error.code === 'meeting_conflict' ? move.error.issues : null;
  const slots = event.slots.filter((s) => s.kind === 'meeting');
  const hasOnline = (list: Meeting[]) => list.some((m) => m.online);
  const chosenMeeting = meetings.data?.items.find((m) => m.requestId === chosen);
  const label = (m: Meeting) => m.participants.map((p) => p.delegateName).join(' · ');
  const cell = (list: Meeting[], slotId: string, table: number) => {
    const here = list.filter((m) => m.slotId === slotId && (table === 0 ? m.online : !m.online && m.table === table));
    const canTarget = chosenMeeting !== undefined && chosenMeeting.online === (table === 0) && !here.some((m) => m.requestId === chosen);
    return (
      <td key={table}>
        {here.map((m) => (
          <button key={m.requestId} type="button" aria-pressed={chosen === m.requestId} onClick={() => setChosen(chosen === m.requestId ? null : m.requestId)}>
            {label(m)}
            {chosen === m.requestId && <span className="visually-hidden"> ({t('events:grid.selected')})</span>}
          </button>
        ))}
        {canTarget && (
          <button type="button" className="grid-target" onClick={() => move.mutate({ requestId: chosen!, slotId, table })} disabled={move.isPending}>
            {t('events:grid.moveHere')}
          </button>
        )}
      </td>
    );
  };
  return (
    <section>
      <h1>{t('events:grid.title', { event: event.title })}</h1>
      {move.isSuccess && <p role="status">{t('events:grid.moved')}</p>}
      {refused && (
        <div role="alert">
          <p>{t('events:grid.refused')}</p>
          <ul>
            {[...new Set(refused.map((c) => c.path))].map((path) => (
              <li key={path}>{t(`events:grid.conflicts.${path}`, { defaultValue: path })}</li>
            ))}
          </ul>
        </div>
      )}
      {move.error && !refused && <ErrorMessage error={move.error} />}
      <QueryView query={meetings}>
        {(list) => (
          <div className="table-scroll" role="region" aria-label={t('events:grid.caption')} tabIndex={0}>
            <table>
              <caption>{t('events:grid.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('events:grid.slot')}</th>
                  {event.tables.map((table) => (
                    <th key={table.number} scope="col">
                      {table.name}
                      {table.room ? ` (${table.room})` : ''}
                    </th>
                  ))}
                  {(hasOnline(list.items) || chosenMeeting?.online) && <th scope="col">{t('events:grid.online')}</th>}
                </tr>
              </thead>
              <tbody>
                {slots.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{slotTime(s.start, s.end, event.timeZone)}</th>
                    {event.tables.map((table) => cell(list.items, s.id, table.number))}
                    {(hasOnline(list.items) || chosenMeeting?.online) && cell(list.items, s.id, 0)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
    </section>
  );
}
