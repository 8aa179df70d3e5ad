import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../core/projects/api';
import { formatPrecisionDate } from '../../../core/projects/precision-date';
import { useLanguage } from '../../i18n/index';
import { useText } from './project-data';
import { dayNumber, type TimelineRow, timelineRows, timelineScale } from './timeline';

const LABEL_WIDTH = 300;
const CHART_WIDTH = 700;
const ROW = 26;
const AXIS = 30;

/** Shortens a label to what fits the label column; a CJK character takes two places. */
function fit(text: string, places: number): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    used += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
    if (used > places) return `${out}…`;
    out += ch;
  }
  return out;
}

/**
 * Gantt-like timeline drawn as SVG by React (no HTML strings: the CSP forbids them): phases,
 * activities as the span their date covers ("November 2011" is the whole month), deliverables at
 * their due date and the gate at the end of each phase. Every item is a focusable element with a
 * spoken name; the table after it says the same in words.
 */
export function ProjectTimeline({ project, today }: { project: ProjectView; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const rows = timelineRows(project, today);
  const scale = timelineScale(rows);
  const x = (day: number) => (scale ? LABEL_WIDTH + ((day - scale.start) / (scale.end + 1 - scale.start)) * CHART_WIDTH : LABEL_WIDTH);
  const height = AXIS + rows.length * ROW + 8;

  const describe = (row: TimelineRow): string => {
    switch (row.kind) {
      case 'phase':
        return `${t('projects:phase')} ${row.order}: ${text(row.title)}`;
      case 'activity':
        return `${text(row.title)} — ${formatPrecisionDate(row.date, lang)} — ${t(`projects:activityStatuses.${row.status}`)}${row.tentative ? ` (${t('projects:tentative')})` : ''}`;
      case 'deliverable':
        return `${t('projects:deliverable')}: ${text(row.title)} — ${formatPrecisionDate(row.due, lang)} — ${t(`projects:deliverableStatuses.${row.status}`)}${row.overdue ? ` — ${t('projects:overdueBadge')}` : ''}`;
      case 'gate':
        return `${t('projects:gateOf', { phase: text(row.title) })}: ${t(`projects:gates.${row.status}`)}${row.decidedAt ? ` (${row.decidedAt})` : ''}`;
    }
  };

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('projects:timeline')}</h2>
      <p className="field-hint">{t('projects:timelineHint')}</p>
      <div className="timeline-scroll" role="region" aria-label={t('projects:timeline')} tabIndex={0}>
        <svg className="timeline" width={LABEL_WIDTH + CHART_WIDTH + 20} height={height} role="list" aria-label={t('projects:timeline')}>
          {scale?.ticks.map((tick, index) => (
            <g key={tick.day} aria-hidden="true">
              <line className="timeline-tick" x1={x(tick.day)} x2={x(tick.day)} y1={AXIS - 6} y2={height} />
              <text className="timeline-tick-label" x={x(tick.day) + 3} y={AXIS - 10}>
                {tick.quarter === 1 || index === 0 ? `${tick.year} Q${tick.quarter}` : `Q${tick.quarter}`}
              </text>
            </g>
          ))}
          {scale && dayNumber(today) >= scale.start && dayNumber(today) <= scale.end && (
            <line className="timeline-today" x1={x(dayNumber(today))} x2={x(dayNumber(today))} y1={AXIS - 6} y2={height} aria-hidden="true" />
          )}
          {rows.map((row, index) => {
            const y = AXIS + index * ROW;
            const name = describe(row);
            const indent = row.kind === 'phase' ? 4 : row.kind === 'activity' ? 16 : 28;
            return (
              <g key={row.key} role="listitem" tabIndex={0} aria-label={name} className={`timeline-row timeline-${row.kind}`} data-key={row.key}>
                <title>{name}</title>
                <text className="timeline-label" x={indent} y={y + ROW / 2 + 4}>
                  {fit(row.kind === 'gate' ? `◆ ${t('projects:gate')}: ${t(`projects:gates.${row.status}`)}` : text(row.title), (LABEL_WIDTH - indent) / 7)}
                </text>
                <RowMark row={row} x={x} y={y} undetermined={t('projects:precisions.undetermined') ?? ''} />
              </g>
            );
          })}
        </svg>
      </div>
      <details className="timeline-table">
        <summary>{t('projects:timelineTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('projects:kind')}</th>
              <th scope="col">{t('projects:title')}</th>
              <th scope="col">{t('projects:date')}</th>
              <th scope="col">{t('projects:status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>
                  {row.kind === 'phase'
                    ? t('projects:phase')
                    : row.kind === 'activity'
                      ? t('projects:activity')
                      : row.kind === 'deliverable'
                        ? t('projects:deliverable')
                        : t('projects:gate')}
                </td>
                <td>{row.kind === 'gate' ? t('projects:gateOf', { phase: text(row.title) }) : text(row.title)}</td>
                <td>
                  {row.kind === 'activity'
                    ? formatPrecisionDate(row.date, lang)
                    : row.kind === 'deliverable'
                      ? formatPrecisionDate(row.due, lang)
                      : row.kind === 'gate'
                        ? (row.decidedAt ?? '')
                        : ''}
                </td>
                <td>
                  {row.kind === 'activity' && t(`projects:activityStatuses.${row.status}`)}
                  {row.kind === 'deliverable' && <DeliverableStatus status={row.status} overdue={row.overdue} />}
                  {row.kind === 'gate' && t(`projects:gates.${row.status}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function RowMark({ row, x, y, undetermined }: { row: TimelineRow; x: (day: number) => number; y: number; undetermined: string }) {
  const middle = y + ROW / 2;
  if (row.kind === 'gate') {
    if (row.at === undefined) return null;
    const cx = x(row.at + 1);
    const symbol = row.status === 'go' ? '✓' : row.status === 'no-go' ? '✕' : '?';
    return (
      <g className={`gate-mark gate-${row.status}`}>
        <polygon points={`${cx},${middle - 9} ${cx + 9},${middle} ${cx},${middle + 9} ${cx - 9},${middle}`} />
        <text x={cx} y={middle + 4} textAnchor="middle">
          {symbol}
        </text>
      </g>
    );
  }
  if (!row.span) {
    return (
      <text className="timeline-undetermined" x={LABEL_WIDTH + 4} y={middle + 4}>
        {undetermined}
      </text>
    );
  }
  const left = x(row.span.start);
  const width = Math.max(x(row.span.end + 1) - left, 4);
  if (row.kind === 'deliverable') {
    const cx = x(row.span.end + 1);
    return (
      <g className={`deliverable-mark deliverable-${row.status}${row.overdue ? ' deliverable-overdue' : ''}`}>
        <polygon points={`${cx},${middle - 7} ${cx + 7},${middle} ${cx},${middle + 7} ${cx - 7},${middle}`} />
        {row.overdue && (
          <text x={cx + 10} y={middle + 4}>
            !
          </text>
        )}
      </g>
    );
  }
  const className = row.kind === 'phase' ? 'phase-bar' : `activity-bar activity-${row.status}${row.tentative ? ' activity-tentative' : ''}`;
  return <rect className={className} x={left} y={middle - (row.kind === 'phase' ? 8 : 6)} width={width} height={row.kind === 'phase' ? 16 : 12} rx={3} />;
}

/** A deliverable's status in words, with a badge when it is overdue (not colour alone). */
export function DeliverableStatus({ status, overdue }: { status: string; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`deliverable-status deliverable-status-${status}`}>
      {t(`projects:deliverableStatuses.${status}`)}
      {overdue && <span className="badge badge-overdue">⚠ {t('projects:overdueBadge')}</span>}
    </span>
  );
}
