import type { Widen } from '../widen';

/** The notifications control and page, and what a notification says (namespace `notifications`): one sentence for the in-app list and the e-mail body, so the two never drift apart; the e-mail subjects are in `mail`. Names and titles are the users’ own words and go in untranslated. */
export const notifications = {
  notifications: 'Notifications',
  noneUnread: 'Notifications, none unread',
  someUnread: 'Notifications, {{count}} unread',
  none: 'No notifications yet.',
  signIn: 'Sign in to see your notifications.',
  unread: 'unread',
  markRead: 'Mark read',
  markAllRead: 'Mark all read',
  openRequest: 'Open the request',
  openAgenda: 'Open your agenda',
  event: {
    requestReceived: '{{name}} ({{organisation}}) asks to meet you at {{event}}.',
    requestReceivedMustMeet: '{{name}} ({{organisation}}) asks to meet you at {{event}} (must meet).',
    answer: {
      accepted: '{{name}} ({{organisation}}) accepted your meeting request at {{event}}.',
      declined: '{{name}} ({{organisation}}) declined your meeting request at {{event}}.',
      mutual: '{{name}} ({{organisation}}) also asked to meet you at {{event}}: the meeting is accepted.',
    },
    agendaPublished: 'The meeting schedule of {{event}} is published.',
    agendaRescheduled: 'The organiser re-scheduled the meetings of {{event}}; your agenda changed.',
    agendaWithdrawal: '{{name}} ({{organisation}}) will not attend {{event}}; a meeting was removed from your agenda.',
  },
  openOpportunity: 'Open the opportunity',
  followUp: {
    'interest-expressed': '{{organisation}} expressed interest in “{{opportunityTitle}}”.',
    'put-forward': 'A programme manager put {{organisation}} forward for “{{opportunityTitle}}”.',
    'opportunity-alert': 'A new opportunity fits your organisation: “{{opportunityTitle}}”.',
    'opportunity-expiring': '“{{opportunityTitle}}” expires on {{expiresOn}}.',
    'opportunity-expired': '“{{opportunityTitle}}” expired and was closed.',
  },
} as const;
export type NotificationTexts = Widen<typeof notifications>;
