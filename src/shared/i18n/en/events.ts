import type { Widen } from '../widen';

/** English texts of the matchmaking events (namespace `events`): the shape nl and zh match. */
export const events = {
  confirm: {
    publishTitle: 'Publish the agenda?',
    publish_one: 'This publishes the agenda, locks its {{meetings}} scheduled meetings and e-mails {{count}} delegate their agenda. E-mails cannot be recalled.',
    publish_other: 'This publishes the agenda, locks its {{meetings}} scheduled meetings and e-mails {{count}} delegates their agenda. E-mails cannot be recalled.',
    publishYes: 'Yes, publish and e-mail',
    noShowTitle: 'Mark {{name}} as no-show?',
    noShow_one: 'This removes their {{count}} upcoming meeting; their partners are told. Meetings already held stay on record.',
    noShow_other: 'This removes their {{count}} upcoming meetings; their partners are told. Meetings already held stay on record.',
    noShowNone: 'They have no upcoming meetings; they will be counted as a no-show.',
    noShowYes: 'Yes, mark as no-show',
  },
} as const;

export type EventMessages = Widen<typeof events>;
