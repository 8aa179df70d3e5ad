import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { LanguageFilter } from '../../components/LanguageFilter';
import { asLanguage } from '../../../shared/i18n/negotiate';
import { QueryView } from '../../components/QueryView';
import { api, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { useText } from './project-data';

const STATUSES = [1, 2, 3, 4, 5, 6] as const;

/** Everyone: the public summaries, filtered by status; overdue deliverables stand out. */
export function ProjectListPage() {
  const { t } = useTranslation();
  const text = useText();
  const me = useMe();
  const manages = me.data?.user.role === 'programme-manager' || me.data?.user.role === 'admin';
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const missingLanguage = params.get('missingLanguage') ?? '';
  // Both filters live in the address; changing one keeps the other.
  const setFilter = (key: 'status' | 'missingLanguage', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  usePageTitle(t('projects:projects'));
  const list = useQuery({
    queryKey: ['projects', 'list', status, missingLanguage],
    queryFn: () =>
      dataOf(api.GET('/api/projects', { params: { query: { status: status ? Number(status) : undefined, missingLanguage: asLanguage(missingLanguage) } } })),
  });
  return (
    <section>
      <div className="page-header">
        <h1>{t('projects:projects')}</h1>
        {manages && (
          <p className="page-actions">
            <Link className="button" to="/projects/new">
              {t('projects:newProject')}
            </Link>
            <Link className="button" to="/projects/import">
              {t('projects:importIati')}
            </Link>
          </p>
        )}
      </div>
      <div className="filters">
        <div className="field">
          <label htmlFor="project-status-filter">{t('projects:status')}</label>
          <select id="project-status-filter" value={status} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">{t('projects:allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`projects:statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {manages && (
          <LanguageFilter
            id="project-missing-filter"
            label={t('translation.missing.label')}
            anyLabel={t('translation.missing.any')}
            value={asLanguage(missingLanguage)}
            onChange={(lang) => setFilter('missingLanguage', lang ?? '')}
          />
        )}
      </div>
      <QueryView query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('projects:none')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-label={t('projects:projects')} tabIndex={0}>
              <table className="project-list">
                <thead>
                  <tr>
                    <th scope="col">{t('projects:projects')}</th>
                    <th scope="col">{t('projects:status')}</th>
                    <th scope="col">{t('projects:nextGate')}</th>
                    <th scope="col">{t('projects:overdue')}</th>
                    <th scope="col">{t('projects:lead')}</th>
                    <th scope="col">{t('projects:dates')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((p) => (
                    <tr key={p.id} className={p.overdueDeliverableCount > 0 ? 'has-overdue' : undefined}>
                      <td>
                        <Link to={`/projects/${encodeURIComponent(p.id)}`}>{text(p.title)}</Link>
                      </td>
                      <td>{p.closed ? t('projects:closed') : t(`projects:statuses.${p.status}`)}</td>
                      <td>
                        {p.nextPendingGate
                          ? `${p.nextPendingGate.order}. ${text(p.nextPendingGate.name)} — ${t('projects:gates.pending')}`
                          : t('projects:noGate')}
                      </td>
                      <td>
                        {p.overdueDeliverableCount > 0 ? (
                          <span className="badge badge-overdue">⚠ {t('projects:overdueCount', { n: p.overdueDeliverableCount })}</span>
                        ) : (
                          t('projects:noneOverdue')
                        )}
                      </td>
                      <td>{text(p.leadOrganisation ?? undefined)}</td>
                      <td>
                        {[p.dates.actualStart ?? p.dates.plannedStart, p.dates.actualEnd ?? p.dates.plannedEnd].filter(Boolean).join(' – ')}
                        {!p.dates.actualStart && p.dates.plannedStart && ` (${t('projects:planned')})`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
    </section>
  );
}
