import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';

/** E-mail the platform wrote, as admins may read it: the secrets of invitation and reset links are redacted. */
export function OutboxPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  usePageTitle(t('accounts:outbox'));
  const outbox = useQuery({ queryKey: ['outbox'], queryFn: () => dataOf(api.GET('/api/outbox', { params: { query: { pageSize: 100 } } })) });
  return (
    <section>
      <h1>{t('accounts:outbox')}</h1>
      <QueryView query={outbox}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('accounts:none')}</p>
          ) : (
            <ul className="outbox-list">
              {page.items.map((m) => (
                <li key={m.id} className="outbox-message">
                  <p>
                    <strong>{t('accounts:to')}:</strong> {m.to} · <strong>{t('accounts:subject')}:</strong> {m.subject}
                  </p>
                  <p className="small-heading">
                    {new Date(m.createdAt).toLocaleString(lang)} ·{' '}
                    {m.sentAt ? `${t('accounts:sentAt')} ${new Date(m.sentAt).toLocaleString(lang)}` : t('accounts:notSent')}
                    {!m.sentAt && m.lastError && ` · ${t('accounts:lastAttempt', { count: m.attempts })} ${m.lastError}`}
                  </p>
                  <pre className="outbox-text">{m.text}</pre>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
