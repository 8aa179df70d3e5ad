import { useTranslation } from 'react-i18next';
import type { KeyFigure, RegionDetail } from '../../../shared/api/index';
import { UserText } from '../../components/UserText';
import { useLanguage } from '../../i18n/index';
import { formatFigure, formatNumber } from '../../lib/format';

/** "127 universities", "9.3 %": units that are symbols stick to the number. */
function withUnit(value: string, unit: string | undefined): string {
  if (!unit) return value;
  return /^[%‰°]/.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

function FigureValue({ figure }: { figure: KeyFigure }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const value = withUnit(formatFigure(figure.value, lang), figure.unit);
  if (figure.qualifier === 'target') {
    return (
      <>
        {value} {figure.year !== undefined && <span className="tag">{t('figure.target', { year: figure.year })}</span>}
      </>
    );
  }
  return (
    <>
      {t(`figure.${figure.qualifier}`, { value })}
      {figure.year !== undefined && <span className="figure-year"> ({t('figure.year', { year: figure.year })})</span>}
    </>
  );
}

/** Population, area, capital and the figures the sources state, with their qualifiers and years. */
export function KeyFigures({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <dl className="key-figures">
      {region.population !== null && (
        <div>
          <dt>{t('regions.population')}</dt>
          <dd>{t(`figure.${region.populationQualifier}`, { value: formatFigure(region.population, lang) })}</dd>
        </div>
      )}
      {region.areaKm2 !== null && (
        <div>
          <dt>{t('regions.area')}</dt>
          <dd>{t('regions.areaValue', { value: formatNumber(region.areaKm2, lang) })}</dd>
        </div>
      )}
      {region.capital && (
        <div>
          <dt>{t('regions.capital')}</dt>
          <dd>
            <UserText text={region.capital} isName />
          </dd>
        </div>
      )}
      {region.figures.map((figure) => (
        <div key={figure.key}>
          <dt>
            <UserText text={figure.label} />
          </dt>
          <dd>
            <FigureValue figure={figure} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
