import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { ProjectList, ProjectView } from '../../../core/projects/api';
import type { MultilingualText } from '../../../core/projects/model';
import { formatPrecisionDate } from '../../../core/projects/precision-date';
import { pickText } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { useProjectTexts } from './texts';

type List = z.infer<typeof ProjectList>;

function useText() {
  const lang = useLanguage();
  return (text: MultilingualText | undefined) => (text ? pickText(text, lang).text : '');
}

/** Everyone: the public summaries. */
export function ProjectListPage() {
  const tx = useProjectTexts();
  const text = useText();
  usePageTitle(tx.projects);
  const list = useQuery({ queryKey: ['projects', 'list'], queryFn: () => api.get<List>('/projects') });
  return (
    <section>
      <h1>{tx.projects}</h1>
      <QueryView query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{tx.none}</p>
          ) : (
            <table className="project-list">
              <thead>
                <tr>
                  <th scope="col">{tx.projects}</th>
                  <th scope="col">{tx.status}</th>
                  <th scope="col">{tx.nextGate}</th>
                  <th scope="col">{tx.overdue}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/projects/${encodeURIComponent(p.id)}`}>{text(p.title)}</Link>
                    </td>
                    <td>{p.closed ? tx.closed : (tx.statuses[p.status] ?? p.status)}</td>
                    <td>{p.nextPendingGate ? `${p.nextPendingGate.order}. ${text(p.nextPendingGate.name)}` : tx.noGate}</td>
                    <td>{p.overdueDeliverableCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </section>
  );
}

/** Signed-in users: the whole project (budgets only for programme managers and admins). */
export function ProjectPage() {
  const { id = '' } = useParams();
  const tx = useProjectTexts();
  const lang = useLanguage();
  const text = useText();
  const me = useMe();
  const signedIn = !!me.data;
  const project = useQuery({
    queryKey: ['projects', id],
    queryFn: () => api.get<ProjectView>(`/projects/${encodeURIComponent(id)}`),
    enabled: signedIn,
  });
  usePageTitle(project.data ? text(project.data.title) : tx.projects);
  if (me.isSuccess && !signedIn) return <p>{tx.signInForDetails}</p>;
  const base = `/api/projects/${encodeURIComponent(id)}`;
  const role = me.data?.user.role;
  const manages = role === 'programme-manager' || role === 'admin';
  return (
    <QueryView query={project}>
      {(p) => (
        <article>
          <h1>{text(p.title)}</h1>
          <p>
            {tx.status}: {tx.statuses[p.status] ?? p.status}
            {p.closure && ` — ${tx.closed}: ${text(p.closure.reason)}`}
          </p>
          <p className="user-prose">{text(p.purpose)}</p>
          <p>
            <a href={`${base}/report.pdf?lang=${lang}`}>{tx.report}</a>
            {' · '}
            <a href={`${base}/activities.ics?lang=${lang}`}>{tx.calendar}</a>
            {manages && (
              <>
                {' · '}
                <a href={`${base}/iati`}>{tx.iati}</a>
              </>
            )}
          </p>
          <h2>{tx.phases}</h2>
          {[...p.phases]
            .sort((a, b) => a.order - b.order)
            .map((phase) => (
              <section key={phase.id}>
                <h3>
                  {phase.order}. {text(phase.name)} — {tx.gate}: {tx.gates[phase.gate.status]}
                  {phase.gate.decidedAt && ` (${phase.gate.decidedAt}${phase.gate.decidedBy ? `, ${phase.gate.decidedBy}` : ''})`}
                </h3>
                {phase.gate.rationale && <p>{text(phase.gate.rationale)}</p>}
                <ul>
                  {phase.activities.map((a) => (
                    <li key={a.id}>
                      {formatPrecisionDate(a.date, lang)} — {text(a.title)} ({a.status})
                      {a.deliverables.length > 0 && (
                        <ul>
                          {a.deliverables.map((d) => (
                            <li key={d.id}>
                              {tx.deliverables}: {text(d.title)} — {formatPrecisionDate(d.due, lang)} ({d.status})
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          <h2>{tx.results}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{tx.results}</th>
                <th scope="col">{tx.indicator}</th>
                <th scope="col">{tx.target}</th>
                <th scope="col">{tx.actual}</th>
              </tr>
            </thead>
            <tbody>
              {p.results.flatMap((r) =>
                r.indicators.map((i, n) => {
                  const period = [...i.periods].sort((a, b) => b.end.localeCompare(a.end))[0];
                  return (
                    <tr key={i.id}>
                      <td>{n === 0 ? text(r.title) : ''}</td>
                      <td>{text(i.title)}</td>
                      <td>{period?.target?.value ?? text(period?.target?.comment)}</td>
                      <td>{period?.actual?.value ?? text(period?.actual?.comment)}</td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
          {p.budgetLines && (
            <section>
              <h2>{tx.budget}</h2>
              <ul>
                {p.budgetLines.map((b) => (
                  <li key={b.id}>
                    {b.value.amount.toLocaleString(lang)} {b.value.currency} ({b.status}){b.period && ` ${b.period.start} – ${b.period.end}`}
                  </li>
                ))}
                {(p.transactions ?? []).map((t) => (
                  <li key={t.id}>
                    {t.date} · {t.kind} · {t.value.amount.toLocaleString(lang)} {t.value.currency}
                    {t.exchangeRate && ` (1 ${t.exchangeRate.from} = ${t.exchangeRate.rate} ${t.exchangeRate.to}, ${t.exchangeRate.date})`}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>
      )}
    </QueryView>
  );
}
