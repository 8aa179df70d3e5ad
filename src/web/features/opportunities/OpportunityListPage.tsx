import { useCan } from '../accounts/session';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../components/Pagination';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { useAllRegions, useOpportunities } from '../../lib/queries';
import { usePageTitle } from '../../lib/use-page-title';
import { apiQuery, changeListState, listStateToParams, pageSize, parseListState } from './list-query';
import type { ListState } from './list-query';
import { OpportunityFilters } from './OpportunityFilters';
import { OpportunitySummary } from './OpportunitySummary';

export function OpportunityListPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  usePageTitle(t('opportunities.title'));
  const [params, setParams] = useSearchParams();
  const state = parseListState(params);
  const regions = useAllRegions();
  const opportunities = useOpportunities(apiQuery(state, lang));
  const canWrite = useCan('opportunities:write');

  // Filter changes replace the history entry, so Back leaves the list instead of undoing each keystroke.
  const update = (patch: Partial<ListState>) => setParams(listStateToParams(changeListState(state, patch)), { replace: true });
  const hrefFor = (page: number) => `?${listStateToParams({ ...state, page }).toString()}`;

  return (
    <>
      <header className="page-header">
        <h1>{t('opportunities.title')}</h1>
        {canWrite && (
          <div className="page-actions">
            <Link className="button" to="/opportunities/new">
              {t('opportunities.new')}
            </Link>
          </div>
        )}
      </header>
      <div className="list-layout">
        <OpportunityFilters state={state} regions={regions.data?.items ?? []} onChange={update} />
        <section className="list-results" aria-labelledby="results-heading">
          <QueryView query={opportunities}>
            {(page) => (
              <>
                <h2 id="results-heading" className="results-count" aria-live="polite">
                  {t('opportunities.results', { count: page.total })}
                </h2>
                {params.size > 0 && (
                  <p>
                    <Link to="/opportunities">{t('opportunities.clearFilters')}</Link>
                  </p>
                )}
                {page.items.length === 0 ? (
                  <p>{t('opportunities.noResults')}</p>
                ) : (
                  <ul className="opportunity-list">
                    {page.items.map((opportunity) => (
                      <li key={opportunity.id}>
                        <OpportunitySummary opportunity={opportunity} />
                      </li>
                    ))}
                  </ul>
                )}
                <Pagination page={state.page} pageSize={pageSize} total={page.total} hrefFor={hrefFor} />
              </>
            )}
          </QueryView>
        </section>
      </div>
    </>
  );
}
