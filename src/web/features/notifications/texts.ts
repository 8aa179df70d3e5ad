import { notificationSentences } from '../../../shared/notification-sentences';
import type { Language } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';

/** Texts of the notifications control and page, in the three UI languages. */
const en = {
  ...notificationSentences.en,
  language: 'en' as Language,
  notifications: 'Notifications',
  /** The header control's accessible name: the count is what screen-reader users need first. */
  control: (unread: number) => (unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`),
  none: 'No notifications yet.',
  signIn: 'Sign in to see your notifications.',
  unread: 'unread',
  markRead: 'Mark read',
  markAllRead: 'Mark all read',
  openRequest: 'Open the request',
  openAgenda: 'Open your agenda',
};
export type NotificationTexts = typeof en;

const nl: NotificationTexts = {
  ...notificationSentences.nl,
  language: 'nl',
  notifications: 'Meldingen',
  control: (unread) => (unread === 0 ? 'Meldingen, geen ongelezen' : `Meldingen, ${unread} ongelezen`),
  none: 'Nog geen meldingen.',
  signIn: 'Log in om je meldingen te zien.',
  unread: 'ongelezen',
  markRead: 'Markeer als gelezen',
  markAllRead: 'Alles gelezen',
  openRequest: 'Open het verzoek',
  openAgenda: 'Open je agenda',
};

const zh: NotificationTexts = {
  ...notificationSentences.zh,
  language: 'zh',
  notifications: '通知',
  control: (unread) => (unread === 0 ? '通知，没有未读' : `通知，${unread} 条未读`),
  none: '暂无通知。',
  signIn: '登录后查看您的通知。',
  unread: '未读',
  markRead: '标为已读',
  markAllRead: '全部标为已读',
  openRequest: '查看会面请求',
  openAgenda: '查看您的日程',
};

const byLanguage = { en, nl, zh };

export function useNotificationTexts(): NotificationTexts {
  return byLanguage[useLanguage()];
}
export const notificationTexts = byLanguage;
