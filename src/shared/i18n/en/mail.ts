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
  event: {
    requestReceived: 'Meeting request from {{name}}',
    answer: { accepted: 'Meeting request accepted by {{name}}', declined: 'Meeting request declined by {{name}}', mutual: 'Meeting accepted: {{name}}' },
    agendaPublished: 'Your agenda for {{event}}',
    agendaChanged: 'Your agenda for {{event}} changed',
    openRequest: 'Open the request:',
    openAgenda: 'Open your agenda:',
  },
  registration: {
    greeting: 'Dear {{name}},',
    subject: {
      registered: 'You are registered for {{event}}',
      'pending-approval': 'Your registration for {{event}} awaits approval',
      waitlisted: 'You are on the waitlist of {{event}}',
      promoted: 'A place came free: you are registered for {{event}}',
      approved: 'Your registration for {{event}} is approved',
      cancelled: 'Your registration for {{event}} is cancelled',
    },
    manage: 'Change your profile and availability, or cancel, with your private link (do not share it):',
  },
  followUp: {
    subject: {
      'interest-expressed': 'Interest in {{opportunityTitle}}',
      'put-forward': '{{organisation}} put forward for {{opportunityTitle}}',
      'opportunity-alert': 'New opportunity: {{opportunityTitle}}',
      'opportunity-expiring': 'Expiring soon: {{opportunityTitle}}',
      'opportunity-expired': 'Expired: {{opportunityTitle}}',
    },
    openOpportunity: 'Open the opportunity:',
    digestSubject: 'Your follow-ups: {{due}} due',
    digestIntro: 'These follow-ups are due or overdue:',
    overdue: 'overdue since {{date}}',
    dueToday: 'due today',
    openTasks: 'Open your follow-ups:',
  },
} as const;
export type MailTexts = Widen<typeof mail>;
