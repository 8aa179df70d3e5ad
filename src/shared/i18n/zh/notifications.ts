import type { NotificationTexts } from '../en/notifications';

export const notifications: NotificationTexts = {
  notifications: '通知',
  noneUnread: '通知，没有未读',
  someUnread: '通知，{{count}} 条未读',
  none: '暂无通知。',
  signIn: '登录后查看您的通知。',
  unread: '未读',
  markRead: '标为已读',
  markAllRead: '全部标为已读',
  openRequest: '查看会面请求',
  openAgenda: '查看您的日程',
};
