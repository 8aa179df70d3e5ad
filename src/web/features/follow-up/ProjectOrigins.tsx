import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { intlLocale } from '../../../shared/i18n/index';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { useMe } from '../accounts/session';

const enc = encodeURIComponent;

/** On a project's page: the matches and meetings it came from (shown when there are any). */
export function ProjectOrigins({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const user = useMe().data?.user;
  const origins = useQuery({
    queryKey: ['follow-up', 'outcomes', projectId, lang],
    queryFn: () => dataOf(api.GET('/api/follow-up/outcomes', { params: { query: { projectId, lang } } })),
    enabled: !!user,
  });
  if (!origins.data || origins.data.items.length === 0) return null;
  const day = (iso: string) => new Intl.DateTimeFormat(intlLocale[lang], { dateStyle: 'medium' }).format(new Date(`${iso}T12:00:00`));
  return (
    <section aria-labelledby="origins-heading">
      <h2 id="origins-heading">{t('followUp:origins')}</h2>
      <ul>
        {origins.data.items.map((o) => (
          <li key={o.id} data-testid="project-origin">
            {/* A project's own title is the page's heading; an agreement's title says which one. */}
            {t(`followUp:outcomeKinds.${o.kind}`)}
            {o.kind !== 'project' && `: ${o.title}`}
            {o.matchId && o.organisationId && o.opportunityId && (
              <>
                {' · '}
                <Trans
                  i18nKey="followUpLinks:origins.match"
                  values={{ organisation: o.organisationName, opportunity: o.opportunityTitle }}
                  components={{
                    organisation: <Link to={`/organisations/${enc(o.organisationId)}`} />,
                    opportunity: <Link to={`/opportunities/${enc(o.opportunityId)}`} />,
                  }}
                />
              </>
            )}
            {o.eventId && (
              <>
                {' · '}
                <Trans
                  i18nKey="followUpLinks:origins.meeting"
                  values={{ event: o.eventTitle ?? o.eventId }}
                  components={{ event: <Link to={`/events/${enc(o.eventId)}`} /> }}
                />
              </>
            )}
            {' · '}
            {t('followUpLinks:origins.signedOn', { date: day(o.signedOn) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
