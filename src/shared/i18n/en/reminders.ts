import type { Widen } from '../widen';

/**
 * Reminder e-mails to the delegates of a matchmaking event (server/features/events/event-reminders.ts),
 * in the recipient's language. Names, organisations and the event title are their own words.
 */
export const reminders = {
  requestsWaiting: {
    subject_one: 'A meeting request waits for your answer: {{event}}',
    subject_other: '{{count}} meeting requests wait for your answer: {{event}}',
    body_one: '{{from}} asked to meet you at {{event}}. Please accept or decline before {{deadline}}: unanswered requests expire then.',
    body_other: '{{count}} delegates asked to meet you at {{event}}: {{from}}. Please accept or decline before {{deadline}}: unanswered requests expire then.',
  },
  noMeetingsYet: {
    subject: 'You have no meetings yet at {{event}}',
    body: 'You have not sent or received a meeting request for {{event}} yet. Look through the other participants and send your requests before {{deadline}}; after that the organiser plans the meetings.',
  },
  meetingSoon: {
    subject: 'Your meeting with {{with}} starts at {{time}}',
    atTable: 'Your meeting with {{with}} at {{event}} starts at {{time}}, at table {{table}}.',
    atTableInRoom: 'Your meeting with {{with}} at {{event}} starts at {{time}}, at table {{table}} ({{room}}).',
    online: 'Your meeting with {{with}} at {{event}} starts at {{time}}, by video call:',
  },
  open: {
    event: 'Open the event:',
    privateLink: 'Use the private link of your registration e-mail to answer requests, see your agenda or change your registration.',
  },
  optOut: {
    account: 'You receive these reminders because you take part in {{event}}. To stop them, switch off "Reminders by e-mail" on the event page.',
    privateLink:
      'You receive these reminders because you registered for {{event}}. To stop them, switch off "Reminders by e-mail" on the page of your private registration link.',
  },
} as const;
export type ReminderTexts = Widen<typeof reminders>;
