import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/api/index';
import { useMe } from '../features/accounts/session';
import { useLanguage } from '../i18n/index';
import { api } from '../lib/api-client';
import type { Page } from '../lib/queries';
import { QueryView } from './QueryView';

const texts = {
  en: { history: 'History', none: 'No changes recorded yet.', more: (n: number) => `and ${n} older changes`, fields: 'Changes' },
  nl: { history: 'Geschiedenis', none: 'Nog geen wijzigingen vastgelegd.', more: (n: number) => `en ${n} oudere wijzigingen`, fields: 'Wijzigingen' },
  zh: { history: '修改记录', none: '尚无修改记录。', more: (n: number) => `另有 ${n} 条较早的修改`, fields: '变更' },
};

const historySize = 50;

/**
 * An audit action in the reader's language. The common verbs are translated; the rarer,
 * feature-specific ones (e.g. `gate-go`) are shown as recorded rather than guessed at.
 */
export function useAuditActionLabel(): (action: string) => string {
  const { t, i18n } = useTranslation();
  return (action) => (i18n.exists(`auditAction.${action}`) ? t(`auditAction.${action}`) : action);
}

/**
 * Who changed a record, when, and what (each field before → after), from the audit trail.
 * Shown to programme managers and admins only; the API enforces the same rule
 * (GET /api/audit/{entityType}/{entityId}), so hiding it here is a courtesy, not the guard.
 */
export function EntityHistory({ entityType, entityId }: { entityType: string; entityId: string }) {
  const me = useMe();
  const role = me.data?.user.role;
  const allowed = role === 'programme-manager' || role === 'admin';
  const lang = useLanguage();
  const tx = texts[lang];
  const actionLabel = useAuditActionLabel();
  const headingId = useId();
  const history = useQuery({
    queryKey: ['audit', entityType, entityId],
    queryFn: () =>
      api.get<Page<AuditEntry>>(`/audit/${encodeURIComponent(entityType)}/${encodeURIComponent(entityId)}`, { pageSize: historySize }),
    enabled: allowed,
    // Edits happen on other pages (forms) just before the record's page shows again.
    staleTime: 0,
  });
  if (!allowed) return null;
  return (
    <section className="entity-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{tx.history}</h2>
      <QueryView query={history}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{tx.none}</p>
          ) : (
            <>
              <ol className="entity-history-list">
                {page.items.map((entry) => (
                  <li key={entry.id}>
                    <p className="entity-history-head">
                      <time dateTime={entry.at}>{new Date(entry.at).toLocaleString(lang)}</time> · {entry.actor} · {actionLabel(entry.action)}
                    </p>
                    <AuditChanges before={entry.before} after={entry.after} label={tx.fields} />
                  </li>
                ))}
              </ol>
              {page.total > page.items.length && <p>{tx.more(page.total - page.items.length)}</p>}
            </>
          )
        }
      </QueryView>
    </section>
  );
}

/** Bookkeeping fields that change on every write and say nothing to the reader. */
const unremarkable = new Set(['updatedAt', 'createdAt']);

/** The fields that differ between before and after, each as "field: before → after" (text, never HTML). */
export function AuditChanges({ before, after, label }: { before: unknown; after: unknown; label?: string }) {
  const changes = changedFields(before, after);
  if (changes.length === 0) return null;
  return (
    <ul className="audit-changes" aria-label={label}>
      {changes.map(({ field, from, to }) => (
        <li key={field}>
          {field}: {from} → {to}
        </li>
      ))}
    </ul>
  );
}

export function changedFields(before: unknown, after: unknown): { field: string; from: string; to: string }[] {
  const b = asRecord(before);
  const a = asRecord(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !unremarkable.has(k) && JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
    .map((field) => ({ field, from: short(b[field]), to: short(a[field]) }));
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function short(value: unknown): string {
  const text = value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
