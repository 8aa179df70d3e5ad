import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { EventDetail, ScheduleOutcome } from '../../../shared/api/index';
import { useConfirm } from '../../components/ConfirmDeleteButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { enc } from './event-queries';

type Outcome = z.infer<typeof ScheduleOutcome>;

/** The organiser's actions: schedule (with the proven bound), publish and lock, the table plan. */
export function OrganiserPanel({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const confirm = useConfirm();
  const queryClient = useQueryClient();
  // How many delegates publishing e-mails, counted by the server the way publishing does.
  const dashboard = useQuery({
    queryKey: ['events', event.id, 'dashboard'],
    queryFn: () => dataOf(api.GET('/api/events/{id}/dashboard', { params: { path: { id: event.id } } })),
  });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const schedule = useMutation({
    mutationFn: () => dataOf(api.POST('/api/events/{id}/schedule', { params: { path: { id: event.id } }, body: { timeLimitSeconds: 5 } })),
    onSuccess: async (result) => {
      setOutcome(result);
      await queryClient.invalidateQueries({ queryKey: ['events', event.id] });
    },
  });
  const publish = useMutation({
    mutationFn: () => dataOf(api.POST('/api/events/{id}/publish', { params: { path: { id: event.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events', event.id] }),
  });
  const base = `/api/events/${enc(event.id)}`;
  return (
    <section className="event-organiser">
      <h2>{t('events:organiser')}</h2>
      <button type="button" onClick={() => schedule.mutate()} disabled={schedule.isPending}>
        {schedule.isPending ? t('events:scheduling') : t('events:schedule')}
      </button>{' '}
      <button
        type="button"
        disabled={publish.isPending || !dashboard.data}
        onClick={() =>
          dashboard.data &&
          confirm({
            title: t('events:confirm.publishTitle'),
            message: t('events:confirm.publish', { count: dashboard.data.agendaRecipients, meetings: dashboard.data.meetings.scheduled }),
            confirmLabel: t('events:confirm.publishYes'),
            danger: false,
            onConfirm: () => publish.mutate(),
          })
        }
      >
        {t('events:publish')}
      </button>
      {event.publishedAt && <p>{`${t('events:published')}: ${event.publishedAt.slice(0, 16).replace('T', ' ')} UTC`}</p>}
      {schedule.isError && <ErrorMessage error={schedule.error} />}
      {publish.isError && <ErrorMessage error={publish.error} />}
      {outcome && (
        <div role="status" className="schedule-outcome">
          <p>
            <strong>{t('events:scheduledOfPossible', { scheduled: outcome.run.meetings, possible: outcome.run.possible })}</strong> (
            {t(outcome.run.optimal ? 'events:weightAndBoundOptimal' : 'events:weightAndBound', { weight: outcome.run.weight, bound: outcome.run.upperBound })})
          </p>
          {outcome.oversubscribed.length > 0 && (
            <p>
              {t('events:oversubscribed')}:{' '}
              {outcome.oversubscribed.map((o) => `${o.delegateName} (${o.organisationName}): ${o.requested}/${o.possible}`).join('; ')}
            </p>
          )}
        </div>
      )}
      <p>
        {t('events:tablePlan')}: <a href={`${base}/table-plan.pdf`}>PDF</a> · <a href={`${base}/table-plan.xlsx`}>XLSX</a>
      </p>
      <p>
        {t('eventParticipants:report.label')}:{' '}
        <a href={`${base}/outcome-report.pdf?lang=${lang}`} aria-label={`${t('eventParticipants:report.label')} (PDF)`}>
          PDF
        </a>{' '}
        ·{' '}
        <a href={`${base}/outcome-report.xlsx?lang=${lang}`} aria-label={`${t('eventParticipants:report.label')} (XLSX)`}>
          XLSX
        </a>
      </p>
    </section>
  );
}
