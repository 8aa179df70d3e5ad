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
};
