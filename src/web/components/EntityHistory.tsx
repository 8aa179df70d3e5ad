import { Button, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/api/index';
import { type AuditWords, actionText, actorText, changeLines, dateTimeText } from '../../shared/audit-format';
import { useMe } from '../features/accounts/session';
import { useLanguage } from '../i18n/index';
import { api, dataOf } from '../lib/api-client';
import { QueryView } from './QueryView';

const historySize = 50;

/** The catalogue, language and the reader's time zone, for the shared audit formatter. */
export function useAuditWords(): AuditWords {
  const { t } = useTranslation();
  const lang = useLanguage();
  return { t, lang };
}

/**
 * Who changed a record, when, and what (each field before → after), from the audit trail:
 * people by name, values in the reader's language (src/shared/audit-format.ts), never ids or JSON.
 * Shown to programme managers and admins only; the API enforces the same rule
 * (GET /api/audit/{entityType}/{entityId}), so hiding it here is a courtesy, not the guard.
 */
export function EntityHistory({ entityType, entityId }: { entityType: string; entityId: string }) {
  const me = useMe();
  const role = me.data?.user.role;
  const allowed = role === 'programme-manager' || role === 'admin';
  const { t } = useTranslation();
  const w = useAuditWords();
  const headingId = useId();
  const history = useQuery({
    queryKey: ['audit', entityType, entityId],
    queryFn: () => dataOf(api.GET('/api/audit/{entityType}/{entityId}', { params: { path: { entityType, entityId }, query: { pageSize: historySize } } })),
    enabled: allowed,
    // Edits happen on other pages (forms) just before the record's page shows again.
    staleTime: 0,
  });
  if (!allowed) return null;
  return (
    <section className="entity-history" aria-labelledby={headingId}>
      <Title order={2} id={headingId}>
        {t('audit:history')}
      </Title>
      <QueryView query={history}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t('audit:none')}</Text>
          ) : (
            <>
              <Timeline bulletSize={12} lineWidth={2} className="entity-history-list">
                {page.items.map((entry) => (
                  <Timeline.Item
                    key={entry.id}
                    title={
                      <span className="entity-history-head">
                        <strong>{actorText(entry, w)}</strong> {actionText(entry.action, w)}
                      </span>
                    }
                  >
                    <Text size="sm" c="dimmed">
                      <time dateTime={entry.at}>{dateTimeText(entry.at, w)}</time>
                    </Text>
                    <AuditChanges entry={entry} />
                  </Timeline.Item>
                ))}
              </Timeline>
              {page.total > page.items.length && <Text>{t('audit:more', { count: page.total - page.items.length })}</Text>}
            </>
          )
        }
      </QueryView>
    </section>
  );
}

/** The fields that changed, each as "Field: before → after" in the reader's language (text, never HTML). */
export function AuditChanges({ entry, limit = 5 }: { entry: Pick<AuditEntry, 'changes' | 'names'>; limit?: number }) {
  const { t } = useTranslation();
  const w = useAuditWords();
  const [all, setAll] = useState(false);
  const { lines, others } = changeLines(entry, w);
  const empty = t('audit:empty');
  if (lines.length === 0 && others === 0) return null;
  // A new record lists every field; the first few tell the reader what it was, the rest on request.
  const shown = all ? lines : lines.slice(0, limit);
  const hidden = lines.length - shown.length;
  return (
    <ul className="audit-changes" aria-label={t('audit:changes')}>
      {shown.map((line) => (
        <li key={line.field}>
          <span className="audit-field">{line.label}:</span>{' '}
          {line.items !== undefined ? (
            line.items
          ) : line.from === empty ? (
            // A value set where there was none (a record created): no "— →" before it.
            <ins className="audit-after">{line.to}</ins>
          ) : (
            <>
              <del className="audit-before">{line.from}</del> → <ins className="audit-after">{line.to}</ins>
            </>
          )}
        </li>
      ))}
      {hidden > 0 && (
        <li>
          <Button variant="subtle" size="compact-sm" onClick={() => setAll(true)}>
            {t('audit:showAll', { count: lines.length })}
          </Button>
        </li>
      )}
      {others > 0 && <li className="muted">{t('audit:otherFields', { count: others })}</li>}
    </ul>
  );
}
