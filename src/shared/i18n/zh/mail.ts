import type { MailTexts } from '../en/mail';

export const mail: MailTexts = {
  account: {
    greeting: '{{name}}，您好：',
    role: { member: '机构成员', 'partner-official': '合作地区官员', 'programme-manager': '项目经理', admin: '管理员' },
    invitationSubject: '邀请您加入 Cleantech Bridge',
    invitationBody: '您已受邀以{{role}}身份加入 Cleantech Bridge。',
    invitationLink: '请在七天内通过以下链接设置密码：',
    resetSubject: 'Cleantech Bridge：重置您的密码',
    resetBody: '有人（希望是您本人）申请重置您的 Cleantech Bridge 账户密码。',
    resetLink: '请在一小时内通过以下链接设置新密码：',
    resetIgnore: '如果这不是您本人的申请，请忽略此邮件；您的密码不会改变。',
  },
  event: {
    requestReceived: '来自{{name}}的会面请求',
    answer: { accepted: '{{name}}接受了会面请求', declined: '{{name}}拒绝了会面请求', mutual: '会面已确认：{{name}}' },
    agendaPublished: '您在{{event}}的日程',
    agendaChanged: '您在{{event}}的日程有变动',
    openRequest: '查看会面请求：',
    openAgenda: '查看您的日程：',
  },
  registration: {
    greeting: '{{name}}，您好：',
    subject: {
      registered: '您已报名参加{{event}}',
      'pending-approval': '您对{{event}}的报名正在等待审核',
      waitlisted: '您已进入{{event}}的候补名单',
      promoted: '有名额空出：您已成功报名{{event}}',
      approved: '您对{{event}}的报名已获批准',
      cancelled: '您对{{event}}的报名已取消',
    },
    manage: '请通过您的专属链接修改资料和可参会时间，或取消报名（请勿转发）：',
  },
  followUp: {
    subject: {
      'interest-expressed': '对{{opportunityTitle}}的兴趣',
      'put-forward': '{{organisation}}被推荐参与{{opportunityTitle}}',
      'opportunity-alert': '新机会：{{opportunityTitle}}',
      'opportunity-expiring': '即将到期：{{opportunityTitle}}',
      'opportunity-expired': '已到期：{{opportunityTitle}}',
    },
    openOpportunity: '查看机会：',
    digestSubject: '您的跟进事项：{{due}}项待办',
    digestIntro: '以下跟进事项今天到期或已逾期：',
    overdue: '自{{date}}起逾期',
    dueToday: '今天到期',
    openTasks: '查看您的跟进事项：',
  },
};
