import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { AuditEntry } from '../../../shared/api/index';
import { AuditChanges, useAuditActionLabel } from '../../components/EntityHistory';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api } from '../../lib/api-client';
import type { Page } from '../../lib/queries';
import { usePageTitle } from '../../lib/use-page-title';
import { useAccountTexts } from '../accounts/texts';

const filters = ['entityType', 'entityId', 'actor', 'from', 'to'] as const;

/** The audit trail, filtered through the address bar so a record's history can be linked to. */
export function AuditPage() {
  const tx = useAccountTexts();
  const lang = useLanguage();
  const actionLabel = useAuditActionLabel();
  usePageTitle(tx.audit);
  const [params, setParams] = useSearchParams();
  const query = Object.fromEntries(filters.map((f) => [f, params.get(f) ?? undefined]));
  const asIso = (value: string | undefined) => (value ? new Date(value).toISOString() : undefined);
  const audit = useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.get<Page<AuditEntry>>('/audit', { ...query, from: asIso(query.from), to: asIso(query.to), pageSize: 100 }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const f of filters) {
      const value = String(form.get(f) ?? '').trim();
      if (value) next.set(f, value);
    }
    setParams(next);
  }

  const labels = { entityType: tx.entityType, entityId: tx.entityId, actor: tx.actor, from: tx.from, to: tx.until };
  return (
    <section>
      <h1>{tx.audit}</h1>
      <form className="filters" onSubmit={submit}>
        {filters.map((f) => (
          <div className="field" key={f}>
            <label htmlFor={`audit-${f}`}>{labels[f]}</label>
            <input id={`audit-${f}`} name={f} type={f === 'from' || f === 'to' ? 'datetime-local' : 'text'} defaultValue={params.get(f) ?? ''} />
          </div>
        ))}
        <button type="submit" className="button">
          {tx.filter}
        </button>
      </form>
      <QueryView query={audit}>
        {(page) => (
          <table className="data-table">
            <thead>
              <tr>
                <th>{tx.when}</th>
                <th>{tx.who}</th>
                <th>{tx.action}</th>
                <th>{tx.entity}</th>
                <th>{tx.changes}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id}>
                  <td>{new Date(e.at).toLocaleString(lang)}</td>
                  <td>{e.actor}</td>
                  <td>{actionLabel(e.action)}</td>
                  <td>
                    {e.entityType} {e.entityId}
                  </td>
                  <td>
                    <AuditChanges before={e.before} after={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  );
}
