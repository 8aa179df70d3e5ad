import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type ProgrammeReport, themes } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/index';
import { api, toQueryString } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';

type Filters = { from: string; to: string; regionId: string; twinningId: string; theme: string };
const empty: Filters = { from: '', to: '', regionId: '', twinningId: '', theme: '' };

/** The programme report: the loop's funnel and table, the events' outcomes, PDF and XLSX in the UI language. */
export function ReportPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  usePageTitle(t('followUp:report'));
  const [draft, setDraft] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const report = useQuery({ queryKey: ['follow-up', 'report', filters], queryFn: () => api.get<ProgrammeReport>('/follow-up/report', filters) });
  const max = Math.max(1, ...(report.data?.funnel.map((s) => s.count) ?? []));
  const field = (key: keyof Filters, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );
  return (
    <article>
      <h1>{t('followUp:report')}</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
        }}
      >
        {field('from', t('followUp:from'), 'date')}
        {field('to', t('followUp:to'), 'date')}
        {field('regionId', t('followUp:region'))}
        {field('twinningId', t('followUp:twinning'))}
        <label>
          {t('followUp:theme')}
          <select value={draft.theme} onChange={(e) => setDraft({ ...draft, theme: e.target.value })}>
            <option value="">{t('programmeReport:all')}</option>
            {themes.map((theme) => (
              <option key={theme} value={theme}>
                {t(`theme.${theme}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('followUp:show')}</button>
      </form>
      {report.isError && <ErrorMessage error={report.error} />}
      {report.data && (
        <>
          <table aria-label={t('followUp:report')}>
            <thead>
              <tr>
                <th scope="col">{t('programmeReport:measure')}</th>
                <th scope="col">{t('programmeReport:count')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('programmeReport:count')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {report.data.funnel.map((step) => (
                <tr key={step.measure} data-testid={`measure-${step.measure}`}>
                  <th scope="row">{t(`programmeReport:measures.${step.measure}`)}</th>
                  <td>{step.count}</td>
                  <td aria-hidden="true">
                    <span style={{ display: 'inline-block', height: '0.8em', background: '#1a4d2e', width: `${(100 * step.count) / max}%`, minWidth: 2 }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.data.events.length > 0 && (
            <section aria-labelledby="report-events">
              <h2 id="report-events">{t('programmeReport:events')}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('programmeReport:event')}</th>
                    <th scope="col">{t('programmeReport:meetings')}</th>
                    <th scope="col">{t('programmeReport:answered')}</th>
                    <th scope="col">{t('programmeReport:agreed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.data.events.map((e) => (
                    <tr key={e.eventId}>
                      <td>{e.title}</td>
                      <td>{e.meetings}</td>
                      <td>{e.answered}</td>
                      <td>{e.followUpsAgreed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          <p>
            {t('followUp:download')}: <a href={`/api/follow-up/report${toQueryString({ ...filters, lang, format: 'pdf' })}`}>PDF</a> ·{' '}
            <a href={`/api/follow-up/report${toQueryString({ ...filters, lang, format: 'xlsx' })}`}>XLSX</a>
          </p>
        </>
      )}
    </article>
  );
}
