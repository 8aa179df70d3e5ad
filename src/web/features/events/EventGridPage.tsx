import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { EventDetail, MeetingList } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { api, ApiRequestError, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { slotTime, useEvent } from './event-queries';
import { GridConflicts } from './GridConflicts';
import { WhatIfPanel } from './WhatIfPanel';

type Meeting = z.infer<typeof MeetingList>['items'][number];
/** A placement by hand: a meeting to a free place, or two meetings exchanging theirs. */
type Placement = { kind: 'move'; requestId: string; slotId: string; table: number } | { kind: 'swap'; requestId: string; with: string };

/**
 * `/events/:id/grid`: the organiser moves or swaps meetings by hand (buttons, so the keyboard does
 * it as well as the mouse); the server refuses clashes and names them. Below, the "what if" report.
 */
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
  const meetings = useQuery({ queryKey: key, queryFn: () => dataOf(api.GET('/api/events/{id}/meetings', { params: { path: { id: event.id } } })) });
  const [chosen, setChosen] = useState<string | null>(null);
  const place = useMutation({
    mutationFn: (p: Placement) =>
      p.kind === 'move'
        ? dataOf(
            api.POST('/api/events/{id}/meetings/{requestId}/move', {
              params: { path: { id: event.id, requestId: p.requestId } },
              body: { slotId: p.slotId, table: p.table },
            }),
          )
        : dataOf(
            api.POST('/api/events/{id}/meetings/{requestId}/swap', { params: { path: { id: event.id, requestId: p.requestId } }, body: { with: p.with } }),
          ),
    onSuccess: async () => {
      setChosen(null);
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const refused = place.error instanceof ApiRequestError && place.error.code === 'meeting_conflict' ? place.error.issues : null;
  const swapping = place.variables?.kind === 'swap';
  const slots = event.slots.filter((s) => s.kind === 'meeting');
  const hasOnline = (list: Meeting[]) => list.some((m) => m.online);
  const chosenMeeting = meetings.data?.items.find((m) => m.requestId === chosen);
  const label = (m: Meeting) => m.participants.map((p) => p.delegateName).join(' · ');
  const labelOf = (requestId: string) => {
    const m = meetings.data?.items.find((x) => x.requestId === requestId);
    return m ? label(m) : '';
  };
  const cell = (list: Meeting[], slotId: string, table: number) => {
    const here = list.filter((m) => m.slotId === slotId && (table === 0 ? m.online : !m.online && m.table === table));
    const canTarget = chosenMeeting !== undefined && chosenMeeting.online === (table === 0) && !here.some((m) => m.requestId === chosen);
    return (
      <td key={table}>
        {here.map((m) => (
          <div key={m.requestId} className="grid-meeting">
            <button type="button" aria-pressed={chosen === m.requestId} onClick={() => setChosen(chosen === m.requestId ? null : m.requestId)}>
              {label(m)}
              {chosen === m.requestId && <span className="visually-hidden"> ({t('events:grid.selected')})</span>}
            </button>
            {chosen !== null && chosen !== m.requestId && (
              <button
                type="button"
                className="grid-target"
                aria-label={t('events:grid.swapWith', { meeting: label(m) })}
                onClick={() => place.mutate({ kind: 'swap', requestId: chosen, with: m.requestId })}
                disabled={place.isPending}
              >
                {t('events:grid.swap')}
              </button>
            )}
          </div>
        ))}
        {canTarget && (
          <button
            type="button"
            className="grid-target"
            onClick={() => place.mutate({ kind: 'move', requestId: chosen!, slotId, table })}
            disabled={place.isPending}
          >
            {t('events:grid.moveHere')}
          </button>
        )}
      </td>
    );
  };
  return (
    <section>
      <h1>{t('events:grid.title', { event: event.title })}</h1>
      {place.isSuccess && <p role="status">{t(swapping ? 'events:grid.swapped' : 'events:grid.moved')}</p>}
      {refused && <GridConflicts event={event} issues={refused} title={t(swapping ? 'events:grid.refusedSwap' : 'events:grid.refused')} labelOf={labelOf} />}
      {place.error && !refused && <ErrorMessage error={place.error} />}
      <QueryView query={meetings}>
        {(list) => (
          <div className="table-scroll" role="region" aria-label={t('events:grid.caption')} tabIndex={0}>
            <table className="event-grid">
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
      <WhatIfPanel event={event} />
    </section>
  );
}
