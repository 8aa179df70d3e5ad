import { useLanguage } from '../../i18n/index';

type Who = { name: string; organisation: string; event: string };

/** Texts of the notifications control and page, in the three UI languages. */
const en = {
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
  requestReceived: (w: Who, mustMeet: boolean) => `${w.name} (${w.organisation}) asks to meet you at ${w.event}${mustMeet ? ' (must meet)' : ''}.`,
  requestAnswered: { accepted: (w: Who) => `${w.name} (${w.organisation}) accepted your meeting request at ${w.event}.`, declined: (w: Who) => `${w.name} (${w.organisation}) declined your meeting request at ${w.event}.`, mutual: (w: Who) => `${w.name} (${w.organisation}) also asked to meet you at ${w.event}: the meeting is accepted.` },
  agendaPublished: (event: string) => `The meeting schedule of ${event} is published.`,
  agendaRescheduled: (event: string) => `The organiser re-scheduled the meetings of ${event}; your agenda changed.`,
  agendaWithdrawal: (w: Who) => `${w.name} (${w.organisation}) will not attend ${w.event}; a meeting was removed from your agenda.`,
};
export type NotificationTexts = typeof en;

const nl: NotificationTexts = {
  notifications: 'Meldingen',
  control: (unread) => (unread === 0 ? 'Meldingen, geen ongelezen' : `Meldingen, ${unread} ongelezen`),
  none: 'Nog geen meldingen.',
  signIn: 'Log in om je meldingen te zien.',
  unread: 'ongelezen',
  markRead: 'Markeer als gelezen',
  markAllRead: 'Alles gelezen',
  openRequest: 'Open het verzoek',
  openAgenda: 'Open je agenda',
  requestReceived: (w, mustMeet) => `${w.name} (${w.organisation}) wil je spreken op ${w.event}${mustMeet ? ' (moet spreken)' : ''}.`,
  requestAnswered: { accepted: (w) => `${w.name} (${w.organisation}) heeft je gespreksverzoek voor ${w.event} geaccepteerd.`, declined: (w) => `${w.name} (${w.organisation}) heeft je gespreksverzoek voor ${w.event} afgewezen.`, mutual: (w) => `${w.name} (${w.organisation}) wil je ook spreken op ${w.event}: het gesprek is geaccepteerd.` },
  agendaPublished: (event) => `Het gespreksrooster van ${event} is gepubliceerd.`,
  agendaRescheduled: (event) => `De organisator heeft de gesprekken van ${event} opnieuw ingepland; je agenda is gewijzigd.`,
  agendaWithdrawal: (w) => `${w.name} (${w.organisation}) komt niet naar ${w.event}; er is een gesprek uit je agenda verwijderd.`,
};

const zh: NotificationTexts = {
  notifications: '通知',
  control: (unread) => (unread === 0 ? '通知，没有未读' : `通知，${unread} 条未读`),
  none: '暂无通知。',
  signIn: '登录后查看您的通知。',
  unread: '未读',
  markRead: '标为已读',
  markAllRead: '全部标为已读',
  openRequest: '查看会面请求',
  openAgenda: '查看您的日程',
  requestReceived: (w, mustMeet) => `${w.name}（${w.organisation}）希望在${w.event}与您会面${mustMeet ? '（必须会面）' : ''}。`,
  requestAnswered: { accepted: (w) => `${w.name}（${w.organisation}）接受了您在${w.event}的会面请求。`, declined: (w) => `${w.name}（${w.organisation}）拒绝了您在${w.event}的会面请求。`, mutual: (w) => `${w.name}（${w.organisation}）也希望在${w.event}与您会面：会面已确认。` },
  agendaPublished: (event) => `${event}的会面日程已发布。`,
  agendaRescheduled: (event) => `组织方重新安排了${event}的会面；您的日程有变动。`,
  agendaWithdrawal: (w) => `${w.name}（${w.organisation}）不参加${w.event}；您日程中的一场会面已取消。`,
};

const byLanguage = { en, nl, zh };

export function useNotificationTexts(): NotificationTexts {
  return byLanguage[useLanguage()];
}
export const notificationTexts = byLanguage;
