import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';
import { formatNumber } from '../../lib/format';

const barHeight = 26;
const labelWidth = 290;
const chartWidth = 660;

/**
 * Horizontal bars of opportunities per theme. The SVG is a picture for sighted readers; the
 * same numbers are in a table for screen readers (and visible when CSS is off).
 */
export function ThemeChart({ counts, regionName }: { counts: readonly { theme: Theme; count: number }[]; regionName: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows = counts.filter((row) => row.count > 0);
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((row) => row.count));
  const barSpace = chartWidth - labelWidth - 40;
  const height = rows.length * barHeight + 8;
  return (
    <figure className="theme-chart">
      <figcaption>{t('regions.chartTitle')}</figcaption>
      <svg viewBox={`0 0 ${chartWidth} ${height}`} aria-hidden="true" focusable="false">
        {rows.map((row, index) => {
          const y = index * barHeight + 4;
          const width = Math.max(2, (row.count / max) * barSpace);
          return (
            <g key={row.theme}>
              <text x={labelWidth - 8} y={y + barHeight / 2 + 5} textAnchor="end" className="chart-label">
                {t(`theme.${row.theme}`)}
              </text>
              <rect x={labelWidth} y={y + 3} width={width} height={barHeight - 8} rx={3} className="chart-bar" />
              <text x={labelWidth + width + 6} y={y + barHeight / 2 + 5} className="chart-value">
                {formatNumber(row.count, lang)}
              </text>
            </g>
          );
        })}
      </svg>
      {/* A table ignores the 1-px box of .visually-hidden, so a wrapper carries it. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('regions.chartDescription', { name: regionName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.themes')}</th>
              <th scope="col">{t('regions.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.theme}>
                <th scope="row">{t(`theme.${row.theme}`)}</th>
                <td>{formatNumber(row.count, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
