// Matrix rows: calendar feeds, registration without an account, badges, the check-in desk,
// participant files and moving meetings on the grid.
import { everyone, fx, keptRegistration, managers, managersPass, ownOrganisation, post, publicRegistration, publicToken, type Rows, signedIn, unique } from './setup';

export const eventDeskRows: Rows = {

  // Events: the calendar feed of member A's delegate. Its organisation and the organisers manage
  // the secret address; the address alone opens the feed, for anyone, until it is revoked.
  'POST /api/events/{id}/registrations/{registrationId}/feed': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${fx.registrationA}/feed` }),
    expect: ownOrganisation,
  },
  'DELETE /api/events/{id}/registrations/{registrationId}/feed': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${fx.registrationA}/feed` }),
    expect: ownOrganisation,
  },
  'GET /api/events/feeds/{file}': {
    call: async () => {
      const feed = await post(`/api/events/matrix-event/registrations/${fx.registrationA}/feed`, {});
      return { url: new URL(feed.url).pathname, headers: {} };
    },
    expect: everyone('ok'),
  },
  // Registration without an account: the organiser opens the link and approves; the link alone
  // registers, and the private manage link alone (from the e-mail) reads, edits, cancels and
  // uses the marketplace — for anyone holding it, session or not.
  'GET /api/events/{id}/public-registration': { call: () => ({ url: '/api/events/matrix-event/public-registration' }), expect: managers },
  'PUT /api/events/{id}/public-registration': {
    call: () => ({ url: '/api/events/matrix-event/public-registration', payload: { open: true } }),
    expect: managers,
  },
  'POST /api/events/{id}/registrations/{registrationId}/approve': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${fx.registrationA}/approve` }),
    expect: managersPass,
  },
  // Badges: the delegate's organisation and the organisers; all badges and the check-in desk
  // (an empty code or walk-in is refused after the policy, so nothing is written): organisers.
  'GET /api/events/{id}/registrations/{registrationId}/badge.pdf': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${fx.registrationA}/badge.pdf` }),
    expect: ownOrganisation,
  },
  'GET /api/events/{id}/badges.pdf': { call: () => ({ url: '/api/events/matrix-event/badges.pdf' }), expect: managers },
  'POST /api/events/{id}/check-in': { call: () => ({ url: '/api/events/matrix-event/check-in', payload: { code: '' } }), expect: managersPass },
  'POST /api/events/{id}/walk-ins': { call: () => ({ url: '/api/events/matrix-event/walk-ins', payload: {} }), expect: managersPass },
  // Empty files: past the policy for organisers, refused by validation; nothing is read or written.
  'POST /api/events/{id}/participant-imports/preview': { call: () => ({ url: '/api/events/matrix-event/participant-imports/preview', payload: {} }), expect: managersPass },
  'POST /api/events/{id}/participant-imports': { call: () => ({ url: '/api/events/matrix-event/participant-imports', payload: {} }), expect: managersPass },
  'GET /api/events/{id}/participants.{format}': { call: () => ({ url: '/api/events/matrix-event/participants.csv' }), expect: managers },
  'GET /api/events/{id}/outcome-report.{format}': { call: () => ({ url: '/api/events/matrix-event/outcome-report.pdf' }), expect: managers },
  // An unknown meeting: past the policy for organisers only; nothing moves.
  'POST /api/events/{id}/meetings/{requestId}/move': {
    call: () => ({ url: '/api/events/matrix-event/meetings/no-such-request/move', payload: { slotId: 's1', table: 1 } }),
    expect: managersPass,
  },
  'POST /api/events/{id}/meetings/{requestId}/swap': {
    call: () => ({ url: '/api/events/matrix-event/meetings/no-such-request/swap', payload: { with: 'no-such-other' } }),
    expect: managersPass,
  },
  // An unknown event: past the policy for organisers only; the scheduler never runs.
  'POST /api/events/{id}/what-if': { call: () => ({ url: '/api/events/no-such-event/what-if', payload: {} }), expect: managersPass },
  'GET /api/public/events/{token}': { call: async () => ({ url: `/api/public/events/${await publicToken()}` }), expect: everyone('ok') },
  'POST /api/public/events/{token}/registrations': {
    call: async (who) => ({
      url: `/api/public/events/${await publicToken()}/registrations`,
      payload: { delegateName: who, delegateEmail: `${unique(who)}@example.cn`, organisationName: 'Matrix Ltd', country: 'CN', languages: ['zh'] },
    }),
    expect: everyone('ok'),
  },
  'GET /api/public/registrations/{token}': { call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}` }), expect: everyone('ok') },
  'PATCH /api/public/registrations/{token}': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}`, payload: { profile: 'Hydrogen' } }),
    expect: everyone('ok'),
  },
  'DELETE /api/public/registrations/{token}': { call: async (who) => ({ url: `/api/public/registrations/${await publicRegistration(who)}` }), expect: everyone('ok') },
  'GET /api/public/registrations/{token}/agenda': { call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/agenda` }), expect: everyone('ok') },
  'GET /api/public/registrations/{token}/agenda.ics': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/agenda.ics` }),
    expect: everyone('ok'),
  },
  'GET /api/public/registrations/{token}/marketplace': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/marketplace` }),
    expect: everyone('ok'),
  },
  'GET /api/public/registrations/{token}/requests': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/requests` }),
    expect: everyone('ok'),
  },
  'POST /api/public/registrations/{token}/requests': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/requests`, payload: { to: [fx.registrationA] } }),
    expect: everyone('ok'),
  },
  // An unknown request: past the policy for everyone, and nothing is answered.
  'POST /api/public/registrations/{token}/requests/{requestId}/response': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/requests/no-such-request/response`, payload: { answer: 'accept' } }),
    expect: everyone('allowed'),
  },
  'GET /api/notifications': { call: () => ({}), expect: signedIn() },
};
