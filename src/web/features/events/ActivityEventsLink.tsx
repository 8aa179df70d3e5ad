import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, dataOf } from '../../lib/api-client';
import { enc } from './event-queries';

/** On a project's activity: the matchmaking events that belong to it (the same list, and cache, as /events). */
export function ActivityEventsLink({ projectId, activityId }: { projectId: string; activityId: string }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['events'], queryFn: () => dataOf(api.GET('/api/events')) });
  const linked = list.data?.items.filter((e) => e.projectId === projectId && e.activityId === activityId) ?? [];
  if (linked.length === 0) return null;
  return (
    <p className="activity-events">
      {t('events:matchmakingEvent')}:{' '}
      {linked.map((e, i) => (
        <span key={e.id}>
          {i > 0 && ', '}
          <Link to={`/events/${enc(e.id)}`}>{e.title}</Link>
        </span>
      ))}
    </p>
  );
}
