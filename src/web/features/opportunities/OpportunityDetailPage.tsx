import { ShareLink } from '../../components/ShareLink';
import { useCanWriteOpportunitiesOf } from '../accounts/session';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../shared/api/index';
import { AddTranslation } from '../../components/AddTranslation';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { EntityHistory } from '../../components/EntityHistory';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { usePickText, UserText } from '../../components/UserText';
import { useLanguage } from '../../i18n/index';
import { formatDate } from '../../lib/format';
import { useOpportunity } from '../../lib/queries';
import { useDeleteAndLeave } from '../../lib/use-delete';
import { usePageTitle } from '../../lib/use-page-title';
import { OpportunityFollowUp } from '../follow-up/OpportunityFollowUp';
import { OpportunityMatches } from '../matching/MatchesPanel';
import { useIndustryLabel } from './industry-label';
import { api, dataOf } from '../../lib/api-client';

export function OpportunityDetailPage() {
  const { id = '' } = useParams();
  const opportunity = useOpportunity(id);
  return <QueryView query={opportunity}>{(data) => <OpportunityDetail opportunity={data} />}</QueryView>;
}

function OpportunityDetail({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const pick = usePickText();
  const industryLabel = useIndustryLabel();
  usePageTitle(pick(opportunity.title));
  const remove = useDeleteAndLeave(() => dataOf(api.DELETE('/api/opportunities/{id}', { params: { path: { id: opportunity.id } } })), '/opportunities');
  const canWrite = useCanWriteOpportunitiesOf(opportunity.regionId);
  return (
    <article className="opportunity-detail">
      <header className="page-header">
        <h1>
          <UserText text={opportunity.title} />
        </h1>
        <p className="region-meta">
          <Link to={`/regions/${encodeURIComponent(opportunity.regionId)}`}>
            <UserText text={opportunity.regionName} isName />
          </Link>{' '}
          · <span className={`status status-${opportunity.status}`}>{t(`status.${opportunity.status}`)}</span>
        </p>
        {/* A public, published opportunity is a link anyone can open. */}
        {opportunity.visibility === 'public' && opportunity.stage === 'published' && <ShareLink />}
        {canWrite && (
          <div className="page-actions">
            <Link className="button" to={`/opportunities/${encodeURIComponent(opportunity.id)}/edit`}>
              {t('common.edit')}
            </Link>
            <ConfirmDeleteButton name={pick(opportunity.title)} busy={remove.isPending} onConfirm={() => remove.mutate()} />
          </div>
        )}
        {remove.isError && <ErrorMessage error={remove.error} />}
      </header>
      {canWrite && (
        <AddTranslation text={opportunity.title} target={{ record: 'opportunities', id: opportunity.id, field: 'title' }} invalidate={['opportunities']} />
      )}
      {opportunity.description && (
        <section aria-labelledby="description-heading">
          <h2 id="description-heading">{t('opportunities.description')}</h2>
          <p className="user-prose">
            <UserText text={opportunity.description} />
          </p>
          {canWrite && (
            <AddTranslation
              text={opportunity.description}
              target={{ record: 'opportunities', id: opportunity.id, field: 'description' }}
              invalidate={['opportunities']}
            />
          )}
        </section>
      )}
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('opportunities.details')}</h2>
        <dl className="details">
          <dt>{t('opportunities.themes')}</dt>
          <dd>
            <ul className="tags">
              {opportunity.themes.map((theme) => (
                <li key={theme} className="tag">
                  {t(`theme.${theme}`)}
                </li>
              ))}
            </ul>
          </dd>
          {opportunity.industries.length > 0 && (
            <>
              <dt>{t('opportunities.industries')}</dt>
              <dd>{opportunity.industries.map(industryLabel).join(', ')}</dd>
            </>
          )}
          <dt>{t('opportunities.writtenIn')}</dt>
          <dd>{t(`language.name.${opportunity.title.original}`)}</dd>
          <dt>{t('field.visibility')}</dt>
          <dd>{t(`visibility.${opportunity.visibility}`)}</dd>
          {opportunity.source && (
            <>
              <dt>{t('opportunities.source')}</dt>
              <dd>{opportunity.source}</dd>
            </>
          )}
          <dt>{t('opportunities.createdAt')}</dt>
          <dd>
            <time dateTime={opportunity.createdAt}>{formatDate(opportunity.createdAt, lang)}</time>
          </dd>
          <dt>{t('opportunities.updatedAt')}</dt>
          <dd>
            <time dateTime={opportunity.updatedAt}>{formatDate(opportunity.updatedAt, lang)}</time>
          </dd>
        </dl>
      </section>
      <OpportunityMatches opportunityId={opportunity.id} />
      <OpportunityFollowUp opportunity={opportunity} />
      <EntityHistory entityType="opportunity" entityId={opportunity.id} />
    </article>
  );
}
