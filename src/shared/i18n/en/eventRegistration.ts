import type { Widen } from '../widen';

/** Registration without an account (namespace `eventRegistration`): the public page and the private manage page. */
export const eventRegistration = {
  registerTitle: 'Register for {{event}}',
  fullNotice: 'The event is full: you will join the waitlist and move up when a place comes free.',
  approvalNotice: 'The organiser confirms each registration.',
  name: 'Your name',
  email: 'E-mail address',
  organisation: 'Organisation',
  country: 'Country',
  languages: 'Languages you speak',
  profile: 'What you offer or look for',
  questions: 'Questions of the organiser',
  sent: 'Thank you. We sent you an e-mail with your private link to manage your registration.',
  statusLine: {
    registered: 'You are registered.',
    'pending-approval': 'Your registration awaits the organiser’s approval.',
    waitlisted: 'You are on the waitlist (place {{position}}).',
    cancelled: 'Your registration is cancelled.',
  },
  manageTitle: 'Your registration: {{event}}',
  save: 'Save',
  saved: 'Saved.',
  cancelRegistration: 'Cancel my registration',
  confirmCancel: 'Cancel your registration? Your place goes to the waitlist.',
  unavailable: 'Not available in these slots',
  marketplace: 'Other participants',
  search: 'Search',
  requestMeeting: 'Request a meeting',
  message: 'Message',
  requests: 'Your meeting requests',
  requested: 'Request sent.',
  accept: 'Accept',
  decline: 'No thanks',
  with: 'with',
} as const;

export type EventRegistrationMessages = Widen<typeof eventRegistration>;
