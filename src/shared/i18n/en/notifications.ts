import type { Widen } from '../widen';

/** The notifications control and page (namespace `notifications`); the sentences of event notifications are in shared/notification-sentences.ts. */
export const notifications = {
  notifications: 'Notifications',
  noneUnread: 'Notifications, none unread',
  someUnread: 'Notifications, {{count}} unread',
  none: 'No notifications yet.',
  signIn: 'Sign in to see your notifications.',
  unread: 'unread',
  markRead: 'Mark read',
  markAllRead: 'Mark all read',
  openRequest: 'Open the request',
  openAgenda: 'Open your agenda',
} as const;
export type NotificationTexts = Widen<typeof notifications>;
