import type { Language, Role } from '../../../shared/api';
import { translatorFor } from '../../../shared/i18n';
import type { MailMessage } from './mail';

/**
 * The account e-mails (invitation, password reset) in the recipient's language, from the catalogue
 * (namespace `mail`). Every message is assembled the same way, with the link (absolute, from
 * PUBLIC_URL) on a line of its own so mail programs make it clickable.
 */
type Recipient = { email: string; displayName: string; language: Language };

export async function invitationMail(to: Recipient & { role: Role }, link: string): Promise<MailMessage> {
  const t = await translatorFor(to.language);
  return {
    to: to.email,
    subject: t('mail:account.invitationSubject'),
    text: [
      t('mail:account.greeting', { name: to.displayName }),
      '',
      t('mail:account.invitationBody', { role: t(`mail:account.role.${to.role}`) }),
      t('mail:account.invitationLink'),
      link,
    ].join('\n'),
  };
}

export async function passwordResetMail(to: Recipient, link: string): Promise<MailMessage> {
  const t = await translatorFor(to.language);
  return {
    to: to.email,
    subject: t('mail:account.resetSubject'),
    text: [
      t('mail:account.greeting', { name: to.displayName }),
      '',
      t('mail:account.resetBody'),
      t('mail:account.resetLink'),
      link,
      '',
      t('mail:account.resetIgnore'),
    ].join('\n'),
  };
}
