import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useNotifications } from './notification-queries';

/** The header's link to the notifications page with the unread count; signed-in users only. */
export function NotificationsControl() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  if (!notifications.data) return null;
  const unread = notifications.data.items.filter((n) => n.readAt === null).length;
  return (
    <Indicator label={unread} size={16} disabled={unread === 0} color="red" offset={4}>
      <ActionIcon
        component={NavLink}
        to="/notifications"
        variant="subtle"
        color="white"
        size="lg"
        aria-label={unread === 0 ? t('notifications:noneUnread') : t('notifications:someUnread', { count: unread })}
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
