import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { EntityHistory } from '../../components/EntityHistory';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { displayName, zoneName } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { Interactions } from '../follow-up/Interactions';
import { isOrganiser } from './EventListPage';
import { OrganiserPanel } from './OrganiserPanel';
import { Participation } from './Participation';
import { ProjectActivityLink } from './ProjectActivityLink';
import { enc, slotTime, useEvent } from './event-queries';

/** An event: its programme; for members their delegates, requests, marketplace and agendas; for organisers scheduling. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLanguage();
  const me = useMe();
  const event = useEvent(id);
  usePageTitle(event.data?.title ?? t('events:events'));
  const user = me.data?.user;
  const organiser = isOrganiser(user?.role);
  return (
    <QueryView query={event}>
      {(e) => (
        <section className="event-page">
          <h1>{e.title}</h1>
          {organiser && (
            <p>
              <Link to={`/events/${enc(e.id)}/edit`}>{t('events:editEvent')}</Link> ·{' '}
              <Link to={`/events/${enc(e.id)}/dashboard`}>{t('events:openDashboard')}</Link>
            </p>
          )}
          <ProjectActivityLink event={e} />
          {e.place && <p>{e.place}</p>}
          {e.description && <p>{e.description}</p>}
          <h2>{t('events:slots')}</h2>
          <p>
            {e.tables.length} {t('events:tables')} · {e.languages.map((code) => displayName(code, 'language', lang)).join(', ')} ·{' '}
            {t('events:timesIn', { zone: zoneName(e.timeZone, lang) })}
          </p>
          <ul className="event-programme">
            {e.slots.map((s) => (
              <li key={s.id}>
                {slotTime(s.start, s.end, e.timeZone)} {s.kind === 'break' ? `· ${s.label ?? t('events:break')}` : ''}
              </li>
            ))}
          </ul>
          {!user ? <p>{t('events:signIn')}</p> : <Participation event={e} organisationId={user.organisationId} userId={user.id} />}
          {organiser && <OrganiserPanel event={e} />}
          {organiser && <Interactions links={{ eventId: e.id }} />}
          <EntityHistory entityType="event" entityId={e.id} />
        </section>
      )}
    </QueryView>
  );
}
