import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../shared/api/index';
import { UserText } from '../../components/UserText';

/** One result in the list: title, region, status and themes. */
export function OpportunitySummary({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  return (
    <article className="opportunity-summary">
      <h3>
        <Link to={`/opportunities/${encodeURIComponent(opportunity.id)}`}>
          <UserText text={opportunity.title} />
        </Link>
      </h3>
      <p className="region-meta">
        <UserText text={opportunity.regionName} isName /> · <span className={`status status-${opportunity.status}`}>{t(`status.${opportunity.status}`)}</span>
      </p>
      <ul className="tags" aria-label={t('opportunities.themes')}>
        {opportunity.themes.map((theme) => (
          <li key={theme} className="tag">
            {t(`theme.${theme}`)}
          </li>
        ))}
      </ul>
    </article>
  );
}
