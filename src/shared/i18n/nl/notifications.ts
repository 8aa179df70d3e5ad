import type { NotificationTexts } from '../en/notifications';

export const notifications: NotificationTexts = {
  notifications: 'Meldingen',
  noneUnread: 'Meldingen, geen ongelezen',
  someUnread: 'Meldingen, {{count}} ongelezen',
  none: 'Nog geen meldingen.',
  signIn: 'Log in om je meldingen te zien.',
  unread: 'ongelezen',
  markRead: 'Markeer als gelezen',
  markAllRead: 'Alles gelezen',
  openRequest: 'Open het verzoek',
  openAgenda: 'Open je agenda',
  event: {
    requestReceived: '{{name}} ({{organisation}}) wil je spreken op {{event}}.',
    requestReceivedMustMeet: '{{name}} ({{organisation}}) wil je spreken op {{event}} (moet spreken).',
    answer: {
      accepted: '{{name}} ({{organisation}}) heeft je gespreksverzoek voor {{event}} geaccepteerd.',
      declined: '{{name}} ({{organisation}}) heeft je gespreksverzoek voor {{event}} afgewezen.',
      mutual: '{{name}} ({{organisation}}) wil je ook spreken op {{event}}: het gesprek is geaccepteerd.',
    },
    agendaPublished: 'Het gespreksrooster van {{event}} is gepubliceerd.',
    agendaRescheduled: 'De organisator heeft de gesprekken van {{event}} opnieuw ingepland; je agenda is gewijzigd.',
    agendaWithdrawal: '{{name}} ({{organisation}}) komt niet naar {{event}}; er is een gesprek uit je agenda verwijderd.',
  },
  openOpportunity: 'Open de kans',
  followUp: {
    'interest-expressed': '{{organisation}} heeft interesse getoond in “{{opportunityTitle}}”.',
    'put-forward': 'Een programmamanager heeft {{organisation}} voorgedragen voor “{{opportunityTitle}}”.',
    'opportunity-alert': 'Een nieuwe kans past bij je organisatie: “{{opportunityTitle}}”.',
    'opportunity-expiring': '“{{opportunityTitle}}” verloopt op {{expiresOn}}.',
    'opportunity-expired': '“{{opportunityTitle}}” is verlopen en gesloten.',
  },
};
