import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { LeadOutcome } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';
import { api } from '../../lib/api-client';
import { useMe } from '../accounts/session';

const enc = encodeURIComponent;

/** On a project's page: the matches and meetings it came from (shown when there are any). */
export function ProjectOrigins({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const user = useMe().data?.user;
  const origins = useQuery({
    queryKey: ['follow-up', 'outcomes', projectId, lang],
    queryFn: () => api.get<{ items: LeadOutcome[] }>('/follow-up/outcomes', { projectId, lang }),
    enabled: !!user,
  });
  if (!origins.data || origins.data.items.length === 0) return null;
  return (
    <section aria-labelledby="origins-heading">
      <h2 id="origins-heading">{t('followUp:origins')}</h2>
      <ul>
        {origins.data.items.map((o) => (
          <li key={o.id}>
            {t(`followUp:outcomeKinds.${o.kind}`)}: {o.title} ({o.signedOn}){o.organisationName && <> · {o.organisationName}</>}
            {o.opportunityId && (
              <>
                {' '}
                · <Link to={`/opportunities/${enc(o.opportunityId)}`}>{o.opportunityTitle}</Link>
              </>
            )}
            {o.eventId && (
              <>
                {' '}
                · <Link to={`/events/${enc(o.eventId)}`}>{t('programmeReport:event')}</Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
