import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { formatDay, zoneName } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { enc } from './event-queries';

export const isOrganiser = (role: string | undefined) => role === 'programme-manager' || role === 'admin';

/** Everyone: the list of events; organisers also start a new one here. */
export function EventListPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  usePageTitle(t('events:events'));
  const me = useMe();
  const list = useQuery({ queryKey: ['events'], queryFn: () => dataOf(api.GET('/api/events')) });
  return (
    <section>
      <h1>{t('events:events')}</h1>
      {isOrganiser(me.data?.user.role) && (
        <p>
          <Link className="button" to="/events/new">
            {t('events:newEvent')}
          </Link>
        </p>
      )}
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('events:none')}</p>
          ) : (
            <ul className="event-list">
              {data.items.map((e) => (
                <li key={e.id}>
                  <Link to={`/events/${enc(e.id)}`}>{e.title}</Link> ·{' '}
                  {t('events:withZone', { label: e.days.map((day) => formatDay(day, lang)).join(', '), zone: zoneName(e.timeZone, lang) })}
                  {e.place ? ` · ${e.place}` : ''}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
