import type { Widen } from '../widen';

/**
 * Texts of the e-mails the server sends, in the recipient's language (account language, or the
 * language a delegate without an account registered in). The link always stands on a line of its own.
 */
export const mail = {
  account: {
    greeting: 'Hello {{name}},',
    role: { member: 'organisation member', 'partner-official': 'partner official', 'programme-manager': 'programme manager', admin: 'administrator' },
    invitationSubject: 'You are invited to Cleantech Bridge',
    invitationBody: 'You have been invited to Cleantech Bridge as {{role}}.',
    invitationLink: 'Choose your password within seven days here:',
    resetSubject: 'Cleantech Bridge: reset your password',
    resetBody: 'Someone (hopefully you) asked to reset the password of your Cleantech Bridge account.',
    resetLink: 'Choose a new password here within one hour:',
    resetIgnore: 'If you did not ask for this, ignore this message; your password stays as it is.',
  },
} as const;
export type MailTexts = Widen<typeof mail>;
