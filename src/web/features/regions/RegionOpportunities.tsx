import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { themes } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { UserText } from '../../components/UserText';
import { useLanguage } from '../../i18n/index';
import { useOpportunities } from '../../lib/queries';

/** The region's opportunities under each of their themes (one with two themes shows twice). */
export function RegionOpportunities({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const opportunities = useOpportunities({ regionId: [regionId], pageSize: 200, sort: 'title', lang });
  return (
    <QueryView query={opportunities}>
      {(page) => {
        const groups = themes
          .map((theme) => ({ theme, items: page.items.filter((item) => item.themes.includes(theme)) }))
          .filter((group) => group.items.length > 0);
        if (groups.length === 0) return <p>{t('regions.noOpportunities')}</p>;
        return groups.map((group) => (
          <section key={group.theme} className="theme-group" aria-labelledby={`theme-${group.theme}`}>
            <h3 id={`theme-${group.theme}`}>{t(`theme.${group.theme}`)}</h3>
            <ul className="link-list">
              {group.items.map((item) => (
                <li key={item.id}>
                  <Link to={`/opportunities/${encodeURIComponent(item.id)}`}>
                    <UserText text={item.title} />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ));
      }}
    </QueryView>
  );
}
