import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { RegionSummary } from '../../../shared/api/index';
import { UserText } from '../../components/UserText';
import { useLanguage } from '../../i18n/index';
import { formatFigure } from '../../lib/format';

/**
 * Regions as cards linking to their pages, sub-regions (Chengdu, Shenzhen) inside their
 * province's card; the keyboard- and screen-reader-friendly counterpart of the map.
 */
export function RegionCards({ regions }: { regions: readonly RegionSummary[] }) {
  const ids = new Set(regions.map((region) => region.id));
  const topLevel = regions.filter((region) => region.parentId === null || !ids.has(region.parentId));
  return (
    <ul className="region-cards">
      {topLevel.map((region) => (
        <li key={region.id} className="region-card">
          <RegionCardBody region={region} subRegions={regions.filter((child) => child.parentId === region.id)} />
        </li>
      ))}
    </ul>
  );
}

function RegionCardBody({ region, subRegions }: { region: RegionSummary; subRegions: readonly RegionSummary[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <h3>
        <Link to={`/regions/${encodeURIComponent(region.id)}`}>
          <UserText text={region.name} isName />
        </Link>
      </h3>
      <p className="region-meta">
        {t(`regions.level.${region.level}`)}
        {region.population !== null && ` · ${t('regions.population')} ${formatFigure(region.population, lang)}`}
      </p>
      <p>{t('home.opportunityCount', { count: region.opportunityCount })}</p>
      {subRegions.length > 0 && (
        <ul className="sub-regions">
          {subRegions.map((child) => (
            <li key={child.id}>
              <Link to={`/regions/${encodeURIComponent(child.id)}`}>
                <UserText text={child.name} isName />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
