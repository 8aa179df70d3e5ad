import type { Language, Role } from '../../../shared/api';
import type { MailMessage } from './mail';

/**
 * The account e-mails (invitation, password reset) in the recipient's language. Only the
 * strings differ per language; every message is assembled by the same functions below, with the
 * link (absolute, from PUBLIC_URL) on a line of its own so mail programs make it clickable.
 */
type AccountMailTexts = {
  greeting: (name: string) => string;
  roles: Record<Role, string>;
  invitationSubject: string;
  invitationBody: (role: string) => string;
  invitationLink: string;
  resetSubject: string;
  resetBody: string;
  resetLink: string;
  resetIgnore: string;
};

const texts: Record<Language, AccountMailTexts> = {
  en: {
    greeting: (name) => `Hello ${name},`,
    roles: { member: 'organisation member', 'partner-official': 'partner official', 'programme-manager': 'programme manager', admin: 'administrator' },
    invitationSubject: 'You are invited to Cleantech Bridge',
    invitationBody: (role) => `You have been invited to Cleantech Bridge as ${role}.`,
    invitationLink: 'Choose your password within seven days here:',
    resetSubject: 'Cleantech Bridge: reset your password',
    resetBody: 'Someone (hopefully you) asked to reset the password of your Cleantech Bridge account.',
    resetLink: 'Choose a new password here within one hour:',
    resetIgnore: 'If you did not ask for this, ignore this message; your password stays as it is.',
  },
  nl: {
    greeting: (name) => `Beste ${name},`,
    roles: { member: 'lid van een organisatie', 'partner-official': 'partnerfunctionaris', 'programme-manager': 'programmamanager', admin: 'beheerder' },
    invitationSubject: 'Uitnodiging voor Cleantech Bridge',
    invitationBody: (role) => `Je bent uitgenodigd voor Cleantech Bridge als ${role}.`,
    invitationLink: 'Kies binnen zeven dagen je wachtwoord via:',
    resetSubject: 'Cleantech Bridge: stel je wachtwoord opnieuw in',
    resetBody: 'Iemand (hopelijk jij) heeft gevraagd het wachtwoord van je Cleantech Bridge-account opnieuw in te stellen.',
    resetLink: 'Kies binnen een uur een nieuw wachtwoord via:',
    resetIgnore: 'Heb je dit niet gevraagd? Negeer dan dit bericht; je wachtwoord blijft zoals het is.',
  },
  zh: {
    greeting: (name) => `${name}，您好：`,
    roles: { member: '机构成员', 'partner-official': '合作地区官员', 'programme-manager': '项目经理', admin: '管理员' },
    invitationSubject: '邀请您加入 Cleantech Bridge',
    invitationBody: (role) => `您已受邀以${role}身份加入 Cleantech Bridge。`,
    invitationLink: '请在七天内通过以下链接设置密码：',
    resetSubject: 'Cleantech Bridge：重置您的密码',
    resetBody: '有人（希望是您本人）申请重置您的 Cleantech Bridge 账户密码。',
    resetLink: '请在一小时内通过以下链接设置新密码：',
    resetIgnore: '如果这不是您本人的申请，请忽略此邮件；您的密码不会改变。',
  },
};

type Recipient = { email: string; displayName: string; language: Language };

export function invitationMail(to: Recipient & { role: Role }, link: string): MailMessage {
  const t = texts[to.language];
  return {
    to: to.email,
    subject: t.invitationSubject,
    text: [t.greeting(to.displayName), '', t.invitationBody(t.roles[to.role]), t.invitationLink, link].join('\n'),
  };
}

export function passwordResetMail(to: Recipient, link: string): MailMessage {
  const t = texts[to.language];
  return {
    to: to.email,
    subject: t.resetSubject,
    text: [t.greeting(to.displayName), '', t.resetBody, t.resetLink, link, '', t.resetIgnore].join('\n'),
  };
}
