import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/QueryView';
import { useAllRegions } from '../../lib/queries';
import { usePageTitle } from '../../lib/use-page-title';
import { RegionCards } from './RegionCards';

export function RegionListPage() {
  const { t } = useTranslation();
  usePageTitle(t('regions.title'));
  const regions = useAllRegions();
  return (
    <>
      <header className="page-header">
        <h1>{t('regions.title')}</h1>
        <div className="page-actions">
          <Link className="button" to="/regions/new">
            {t('regions.new')}
          </Link>
        </div>
      </header>
      <QueryView query={regions}>
        {(page) =>
          (['partner', 'home'] as const).map((side) => (
            <section key={side} aria-labelledby={`${side}-heading`}>
              <h2 id={`${side}-heading`}>{t(`regions.${side}`)}</h2>
              <RegionCards regions={page.items.filter((region) => region.side === side)} />
            </section>
          ))
        }
      </QueryView>
    </>
  );
}
