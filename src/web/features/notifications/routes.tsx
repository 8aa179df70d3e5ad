import './notifications.css';
import type { RouteObject } from 'react-router-dom';
import { page } from '../../app/lazy-routes';

/** The notifications page; the router spreads it in. */
export const notificationRoutes: RouteObject[] = [{ path: 'notifications', ...page(() => import('./NotificationsPage'), 'NotificationsPage') }];
