import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../core/projects/api';
import type { Indicator } from '../../../core/projects/model';
import { indicatorProgress } from '../../../core/projects/rules';
import { ActualForm, PeriodForm } from './IndicatorForms';
import { useResultsEditor } from './ResultsEditor';
import { useText } from './project-data';

type Period = Indicator['periods'][number];

/** Progress of one period: a bar and the percentage of the way from baseline to target. */
function Progress({ indicator, period }: { indicator: Indicator; period: Period }) {
  const { t } = useTranslation();
  const text = useText();
  const progress = indicatorProgress({ ...indicator, periods: [period] });
  if (progress.kind === 'qualitative') {
    return <span>{period.actual?.comment ? text(period.actual.comment) : t('projects:notReported')}</span>;
  }
  if (progress.kind === 'no-data') return <span className="muted">{t('projects:noData')}</span>;
  const percent = Math.round(progress.ratio * 100);
  return (
    <span className="progress">
      {/* SVG attributes, not a style attribute: the CSP allows no inline styles. */}
      <svg className="progress-track" width="80" height="10" aria-hidden="true">
        <rect className="progress-background" width="80" height="10" rx="3" />
        <rect
          className={percent >= 100 ? 'progress-fill progress-done' : 'progress-fill'}
          width={(Math.min(Math.max(percent, 0), 100) * 80) / 100}
          height="10"
          rx="3"
        />
      </svg>
      <span className="progress-value">{percent}%</span>
    </span>
  );
}

/** Result → indicators → baseline, target and actual per period, with progress against target. */
export function ResultsTable({ project, manages }: { project: ProjectView; manages: boolean }) {
  const { t } = useTranslation();
  const text = useText();
  const editor = useResultsEditor(project, manages);
  const value = (v: Period['target']) => (v === undefined ? '' : v.value !== undefined ? String(v.value) : text(v.comment));
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('projects:results')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="results-heading" tabIndex={0}>
        <table className="results-table">
          <thead>
            <tr>
              <th scope="col">{t('projects:result')}</th>
              <th scope="col">{t('projects:indicator')}</th>
              <th scope="col">{t('projects:baseline')}</th>
              <th scope="col">{t('projects:period')}</th>
              <th scope="col">{t('projects:target')}</th>
              <th scope="col">{t('projects:actual')}</th>
              <th scope="col">{t('projects:progress')}</th>
            </tr>
          </thead>
          {project.results.map((result) => (
            <tbody key={result.id}>
              {result.indicators.flatMap((indicator, n) => {
                const periods = [...indicator.periods].sort((a, b) => a.start.localeCompare(b.start));
                const lead = (
                  <>
                    {n === 0 && (
                      <th scope="rowgroup" rowSpan={result.indicators.reduce((sum, i) => sum + Math.max(i.periods.length, 1), 0)}>
                        {text(result.title)} <span className="muted">({t(`projects:resultTypes.${result.type}`)})</span>
                        {editor.actions(result.id)}
                      </th>
                    )}
                    <td rowSpan={Math.max(periods.length, 1)}>
                      {text(indicator.title)}
                      {manages && periods.length > 0 && <ActualForm projectId={project.id} indicator={indicator} />}
                      {manages && <PeriodForm projectId={project.id} indicator={indicator} />}
                    </td>
                    <td rowSpan={Math.max(periods.length, 1)}>{indicator.baseline ? `${value(indicator.baseline)} (${indicator.baseline.year})` : ''}</td>
                  </>
                );
                if (periods.length === 0) {
                  return [
                    <tr key={indicator.id} data-indicator={indicator.id}>
                      {lead}
                      <td colSpan={4} className="muted">
                        {t('projects:noPeriods')}
                      </td>
                    </tr>,
                  ];
                }
                return periods.map((period, i) => (
                  <tr key={`${indicator.id}-${period.id}`} data-indicator={indicator.id} data-period={period.id}>
                    {i === 0 && lead}
                    <td>
                      {period.start} – {period.end}
                      {manages && <PeriodForm projectId={project.id} indicator={indicator} period={period} />}
                    </td>
                    <td>{value(period.target)}</td>
                    <td className="actual">{value(period.actual)}</td>
                    <td>
                      <Progress indicator={indicator} period={period} />
                    </td>
                  </tr>
                ));
              })}
            </tbody>
          ))}
        </table>
      </div>
      {editor.footer}
    </section>
  );
}
