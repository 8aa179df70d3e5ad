import { useQuery } from '@tanstack/react-query';
import type { OutboxMessage } from '../../../shared/api/index';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api } from '../../lib/api-client';
import type { Page } from '../../lib/queries';
import { usePageTitle } from '../../lib/use-page-title';
import { useAccountTexts } from '../accounts/texts';


/** E-mail the platform wrote, as admins may read it: the secrets of invitation and reset links are redacted. */
export function OutboxPage() {
  const tx = useAccountTexts();
  const lang = useLanguage();
  usePageTitle(tx.outbox);
  const outbox = useQuery({ queryKey: ['outbox'], queryFn: () => api.get<Page<OutboxMessage>>('/outbox', { pageSize: 100 }) });
  return (
    <section>
      <h1>{tx.outbox}</h1>
      <QueryView query={outbox}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{tx.none}</p>
          ) : (
            <ul className="outbox-list">
              {page.items.map((m) => (
                <li key={m.id} className="outbox-message">
                  <p>
                    <strong>{tx.to}:</strong> {m.to} · <strong>{tx.subject}:</strong> {m.subject}
                  </p>
                  <p className="small-heading">
                    {new Date(m.createdAt).toLocaleString(lang)} · {m.sentAt ? `${tx.sentAt} ${new Date(m.sentAt).toLocaleString(lang)}` : tx.notSent}
                    {!m.sentAt && m.lastError && ` · ${tx.lastAttempt(m.attempts)} ${m.lastError}`}
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
