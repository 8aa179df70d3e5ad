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
  event: {
    requestReceived: '{{name}}（{{organisation}}）希望在{{event}}与您会面。',
    requestReceivedMustMeet: '{{name}}（{{organisation}}）希望在{{event}}与您会面（必须会面）。',
    answer: {
      accepted: '{{name}}（{{organisation}}）接受了您在{{event}}的会面请求。',
      declined: '{{name}}（{{organisation}}）拒绝了您在{{event}}的会面请求。',
      mutual: '{{name}}（{{organisation}}）也希望在{{event}}与您会面：会面已确认。',
    },
    agendaPublished: '{{event}}的会面日程已发布。',
    agendaRescheduled: '组织方重新安排了{{event}}的会面；您的日程有变动。',
    agendaWithdrawal: '{{name}}（{{organisation}}）不参加{{event}}；您日程中的一场会面已取消。',
  },
  openOpportunity: '查看机会',
  followUp: {
    'interest-expressed': '{{organisation}}对“{{opportunityTitle}}”表达了兴趣。',
    'put-forward': '项目经理推荐了{{organisation}}参与“{{opportunityTitle}}”。',
    'opportunity-alert': '有一个适合贵机构的新机会：“{{opportunityTitle}}”。',
    'opportunity-expiring': '“{{opportunityTitle}}”将于{{expiresOn}}到期。',
    'opportunity-expired': '“{{opportunityTitle}}”已到期并关闭。',
  },
};
