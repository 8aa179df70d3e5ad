import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { matchStatuses, type MatchItem, themes } from '../../../shared/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/index';
import { api, toQueryString } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { RecomputeStatus } from './RecomputeStatus';
import { useMatchingTexts } from './texts';

type MatchPage = { items: MatchItem[]; total: number; page: number; pageSize: number };
const enc = encodeURIComponent;

/** Programme managers: every match, filtered, with CSV/XLSX export of what the filters select. */
export function PipelinePage() {
  const tx = useMatchingTexts();
  const { t: label } = useTranslation();
  const lang = useLanguage();
  usePageTitle(tx.pipeline);
  // The home page links each step of the pipeline here as ?status=…
  const [searchParams] = useSearchParams();
  const [status, setStatus] = useState(() => {
    const wanted = searchParams.get('status') ?? '';
    return (matchStatuses as readonly string[]).includes(wanted) ? wanted : '';
  });
  const [theme, setTheme] = useState('');
  const [regionId, setRegionId] = useState('');
  const filters = { status, theme, regionId: regionId.trim(), lang };
  const board = useQuery({ queryKey: ['matches', 'board', filters], queryFn: () => api.get<MatchPage>('/matches', filters) });
  return (
    <section>
      <h1>{tx.pipeline}</h1>
      <RecomputeStatus />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {tx.status}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{tx.all}</option>
            {matchStatuses.map((s) => (
              <option key={s} value={s}>
                {tx.statuses[s]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {tx.theme}{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value)}>
            <option value="">{tx.all}</option>
            {themes.map((t) => (
              <option key={t} value={t}>
                {label(`theme.${t}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {tx.region} <input value={regionId} onChange={(e) => setRegionId(e.target.value)} />
        </label>{' '}
        {tx.export}: <a href={`/api/matches${toQueryString({ ...filters, format: 'csv' })}`}>CSV</a> ·{' '}
        <a href={`/api/matches${toQueryString({ ...filters, format: 'xlsx' })}`}>XLSX</a>
      </form>
      {board.isError && <ErrorMessage error={board.error} />}
      {board.data && (
        <>
          <p>
            {board.data.total} {tx.total}
          </p>
          <table className="pipeline">
            <thead>
              <tr>
                <th>{tx.opportunity}</th>
                <th>{tx.organisation}</th>
                <th>{tx.score}</th>
                <th>{tx.status}</th>
                <th>{tx.note}</th>
                <th>{tx.why}</th>
              </tr>
            </thead>
            <tbody>
              {board.data.items.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={`/opportunities/${enc(m.opportunityId)}`}>{m.opportunityTitle}</Link>
                  </td>
                  <td>
                    <Link to={`/organisations/${enc(m.organisationId)}`}>{m.organisationName}</Link>
                  </td>
                  <td>{Math.round(m.score * 100)}%</td>
                  <td>{tx.statuses[m.status]}</td>
                  <td>{m.note}</td>
                  <td>{m.explanation.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
