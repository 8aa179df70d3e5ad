import './notifications.css';
import { NavLink } from 'react-router-dom';
import { useNotifications } from './notification-queries';
import { useNotificationTexts } from './texts';

/** The header's link to the notifications page with the unread count (beside the brand, so narrow screens see it too); signed-in users only. */
export function NotificationsControl() {
  const tx = useNotificationTexts();
  const notifications = useNotifications();
  if (!notifications.data) return null;
  const unread = notifications.data.items.filter((n) => n.readAt === null).length;
  return (
    <NavLink to="/notifications" className="notifications-control" aria-label={tx.control(unread)}>
      <span aria-hidden="true">
        {tx.notifications}
        {unread > 0 && <span className="notifications-badge">{unread}</span>}
      </span>
    </NavLink>
  );
}
