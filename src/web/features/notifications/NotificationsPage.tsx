import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { useMarkRead, useNotifications } from './notification-queries';
import { notificationMessage } from './notification-message';

const locales = { nl: 'nl', en: 'en', zh: 'zh-CN' } as const;

/** `/notifications`: the signed-in user's notifications, newest first, each with where it leads. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  usePageTitle(t('notifications:notifications'));
  const me = useMe();
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const when = new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' });
  if (me.data === null) return <p>{t('notifications:signIn')}</p>;
  return (
    <section className="notifications-page">
      <h1>{t('notifications:notifications')}</h1>
      <QueryView query={notifications}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('notifications:none')}</p>
          ) : (
            <>
              {data.items.some((n) => n.readAt === null) && (
                <p>
                  <button type="button" disabled={markRead.isPending} onClick={() => markRead.mutate(undefined)}>
                    {t('notifications:markAllRead')}
                  </button>
                </p>
              )}
              {markRead.isError && <ErrorMessage error={markRead.error} />}
              <ul className="notification-list">
                {data.items.map((n) => {
                  const message = notificationMessage(n, lang, t);
                  const unread = n.readAt === null;
                  return (
                    <li key={n.id} className={unread ? 'notification unread' : 'notification'}>
                      <p>
                        {unread && <strong className="notification-unread">{t('notifications:unread')}: </strong>}
                        {message.text}
                      </p>
                      {message.note && <blockquote>{message.note}</blockquote>}
                      <p className="notification-meta">
                        <time dateTime={n.createdAt}>{when.format(new Date(n.createdAt))}</time>
                        {message.link && (
                          <>
                            {' · '}
                            <Link to={message.link.to} onClick={() => unread && markRead.mutate([n.id])}>
                              {message.link.label}
                            </Link>
                          </>
                        )}
                        {unread && (
                          <>
                            {' · '}
                            <button type="button" className="link-button" disabled={markRead.isPending} onClick={() => markRead.mutate([n.id])}>
                              {t('notifications:markRead')}
                            </button>
                          </>
                        )}
                      </p>
                    </li>
                  );
                })}
              </ul>
            </>
          )
        }
      </QueryView>
    </section>
  );
}
