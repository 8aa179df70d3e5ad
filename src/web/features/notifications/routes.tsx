import './notifications.css';
import type { RouteObject } from 'react-router-dom';
import { NotificationsPage } from './NotificationsPage';

/** The notifications page; the router spreads it in. */
export const notificationRoutes: RouteObject[] = [{ path: 'notifications', element: <NotificationsPage /> }];
