import { useCan, useCanWriteOpportunitiesOf } from '../accounts/session';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { RegionDetail } from '../../../shared/api/index';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { EntityHistory } from '../../components/EntityHistory';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { usePickText, UserText } from '../../components/UserText';
import { useAllRegions, useRegion } from '../../lib/queries';
import { useDeleteAndLeave } from '../../lib/use-delete';
import { usePageTitle } from '../../lib/use-page-title';
import { TwinningList } from '../twinnings/TwinningList';
import { KeyFigures } from './KeyFigures';
import { RegionOpportunities } from './RegionOpportunities';
import { ThemeChart } from './ThemeChart';
import { api, dataOf } from '../../lib/api-client';

export function RegionPage() {
  const { id = '' } = useParams();
  const region = useRegion(id);
  return <QueryView query={region}>{(detail) => <RegionDetailView region={detail} />}</QueryView>;
}

function RegionDetailView({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  const pick = usePickText();
  const name = pick(region.name);
  usePageTitle(name);
  const canTwin = useCan('twinnings:write');
  const canAddOpportunity = useCanWriteOpportunitiesOf(region.id);
  return (
    <article className="region-page">
      <RegionHeader region={region} />
      {region.description && (
        <p className="lead">
          <UserText text={region.description} />
        </p>
      )}
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('regions.keyFigures')}</h2>
        <KeyFigures region={region} />
      </section>
      <TextListSection id="facts" heading={t('regions.facts')} items={region.facts} />
      <TextListSection id="industries" heading={t('regions.industries')} items={region.industries} />
      <section aria-labelledby="twinnings-heading">
        <h2 id="twinnings-heading">{t('regions.twinnings')}</h2>
        <TwinningList regionId={region.id} />
        {canTwin && (
          <p>
            <Link className="button" to={`/twinnings/new?regionId=${encodeURIComponent(region.id)}`}>
              {t('regions.addTwinning')}
            </Link>
          </p>
        )}
      </section>
      {region.children.length > 0 && (
        <section aria-labelledby="children-heading">
          <h2 id="children-heading">{t('regions.children')}</h2>
          <ul className="link-list">
            {region.children.map((child) => (
              <li key={child.id}>
                <Link to={`/regions/${encodeURIComponent(child.id)}`}>
                  <UserText text={child.name} isName />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="opportunities-heading">
        <h2 id="opportunities-heading">{t('regions.opportunities')}</h2>
        <ThemeChart counts={region.opportunitiesByTheme} regionName={name} />
        <RegionOpportunities regionId={region.id} />
        {canAddOpportunity && (
          <p>
            <Link className="button" to={`/opportunities/new?regionId=${encodeURIComponent(region.id)}`}>
              {t('regions.addOpportunity')}
            </Link>
          </p>
        )}
      </section>
      <EntityHistory entityType="region" entityId={region.id} />
    </article>
  );
}

function RegionHeader({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  const pick = usePickText();
  const regions = useAllRegions();
  const parent = regions.data?.items.find((candidate) => candidate.id === region.parentId);
  const remove = useDeleteAndLeave(() => dataOf(api.DELETE('/api/regions/{id}', { params: { path: { id: region.id } } })), '/regions');
  const canWrite = useCan('regions:write');
  return (
    <header className="page-header">
      <h1>
        <UserText text={region.name} isName />
      </h1>
      <p className="region-meta">
        {t(`regions.side.${region.side}`)} · {t(`regions.level.${region.level}`)}
        {parent && (
          <>
            {' · '}
            <Link to={`/regions/${encodeURIComponent(parent.id)}`}>{t('regions.partOf', { name: pick(parent.name) })}</Link>
          </>
        )}
      </p>
      {canWrite && (
        <div className="page-actions">
          <Link className="button" to={`/regions/${encodeURIComponent(region.id)}/edit`}>
            {t('common.edit')}
          </Link>
          <ConfirmDeleteButton name={pick(region.name)} busy={remove.isPending} onConfirm={() => remove.mutate()} />
        </div>
      )}
      {remove.isError && <ErrorMessage error={remove.error} />}
    </header>
  );
}

function TextListSection({ id, heading, items }: { id: string; heading: string; items: RegionDetail['facts'] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <ul className="text-list">
        {items.map((item, index) => (
          <li key={index}>
            <UserText text={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
