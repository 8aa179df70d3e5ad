import type { NotificationTexts } from '../en/notifications';

export const notifications: NotificationTexts = {
  notifications: 'Meldingen',
  noneUnread: 'Meldingen, geen ongelezen',
  someUnread: 'Meldingen, {{count}} ongelezen',
  none: 'Nog geen meldingen.',
  signIn: 'Log in om je meldingen te zien.',
  unread: 'ongelezen',
  markRead: 'Markeer als gelezen',
  markAllRead: 'Alles gelezen',
  openRequest: 'Open het verzoek',
  openAgenda: 'Open je agenda',
};
