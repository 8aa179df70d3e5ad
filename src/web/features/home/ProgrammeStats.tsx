import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/index';
import { formatNumber } from '../../lib/format';

/** Headline numbers; a count still loading shows a dash rather than holding up the page. */
export function ProgrammeStats(counts: { partnerRegions: number; homeRegions: number; twinnings: number | undefined; openOpportunities: number | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const stats = [
    ['partnerRegions', counts.partnerRegions],
    ['homeRegions', counts.homeRegions],
    ['twinnings', counts.twinnings],
    ['openOpportunities', counts.openOpportunities],
  ] as const;
  return (
    <section className="stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading" className="visually-hidden">
        {t('home.stats.title')}
      </h2>
      <dl>
        {stats.map(([key, value]) => (
          <div key={key} className="stat">
            <dt>{t(`home.stats.${key}`)}</dt>
            <dd>{value === undefined ? '–' : formatNumber(value, lang)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
