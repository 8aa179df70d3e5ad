// Matrix rows: calendar feeds, registration without an account, badges, the check-in desk,
// participant files and moving meetings on the grid.
import {
  awaitingApproval,
  delegate,
  everyone,
  fx,
  keptRegistration,
  managers,
  ownOrganisation,
  post,
  publicRegistration,
  publicToken,
  type Rows,
  unique,
} from './setup';

/** A participant file of one new delegate. */
const participantsFile = () => {
  const name = unique('imported');
  return {
    filename: 'people.csv',
    contentBase64: Buffer.from(`name,email,organisation,country\r\n${name},${name}@example.cn,Imported Ltd,CN\r\n`).toString('base64'),
  };
};
/** Where a meeting of the grid event is now: moving it there moves nothing but locks it. */
async function placeOf(requestId: string) {
  const items = (await fx.t.app.inject({ url: '/api/events/matrix-grid/meetings', headers: fx.h['programme-manager'] })).json().items as {
    requestId: string;
    slotId: string;
    table: number;
  }[];
  const { slotId, table } = items.find((m) => m.requestId === requestId)!;
  return { slotId, table };
}

export const eventDeskRows: Rows = {
  // Events: the calendar feed of member A's delegate. Its organisation and the organisers manage
  // the secret address; the address alone opens the feed, for anyone, until it is revoked.
  'POST /api/events/{id}/registrations/{registrationId}/feed': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${fx.registrationA}/feed` }),
    expect: ownOrganisation('own_organisation_only', 'own_organisation_only'),
  },
  'DELETE /api/events/{id}/registrations/{registrationId}/feed': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${fx.registrationA}/feed` }),
    expect: ownOrganisation('own_organisation_only', 'own_organisation_only'),
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
    call: async () => ({ url: `/api/events/matrix-approval/registrations/${await awaitingApproval()}/approve` }),
    expect: managers,
  },
  // Badges: the delegate's organisation and the organisers; all badges and the check-in desk
  // (the code on A's badge; a walk-in of organisation A): organisers.
  'GET /api/events/{id}/registrations/{registrationId}/badge.pdf': {
    call: () => ({ url: `/api/events/matrix-event/registrations/${fx.registrationA}/badge.pdf` }),
    expect: ownOrganisation('own_organisation_only', 'own_organisation_only'),
  },
  'GET /api/events/{id}/badges.pdf': { call: () => ({ url: '/api/events/matrix-event/badges.pdf' }), expect: managers },
  'POST /api/events/{id}/check-in': { call: () => ({ url: '/api/events/matrix-event/check-in', payload: { code: fx.checkInCode } }), expect: managers },
  'POST /api/events/{id}/walk-ins': {
    call: () => ({
      url: '/api/events/matrix-event/walk-ins',
      payload: { delegateName: 'Walk-in', delegateEmail: `${unique('walk-in')}@${fx.orgA}.example`, organisationId: fx.orgA },
    }),
    expect: managers,
  },
  // A participant file of one new delegate, previewed and imported.
  'POST /api/events/{id}/participant-imports/preview': {
    call: () => ({ url: '/api/events/matrix-event/participant-imports/preview', payload: participantsFile() }),
    expect: managers,
  },
  'POST /api/events/{id}/participant-imports': {
    call: () => ({ url: '/api/events/matrix-event/participant-imports', payload: participantsFile() }),
    expect: managers,
  },
  'GET /api/events/{id}/participants.{format}': { call: () => ({ url: '/api/events/matrix-event/participants.csv' }), expect: managers },
  'GET /api/events/{id}/outcome-report.{format}': { call: () => ({ url: '/api/events/matrix-event/outcome-report.pdf' }), expect: managers },
  // The grid event's meetings: moved to where it is, swapped with the other (both then locked).
  'POST /api/events/{id}/meetings/{requestId}/move': {
    call: async () => ({ url: `/api/events/matrix-grid/meetings/${fx.gridMeeting}/move`, payload: await placeOf(fx.gridMeeting) }),
    expect: managers,
  },
  'POST /api/events/{id}/meetings/{requestId}/swap': {
    call: () => ({ url: `/api/events/matrix-grid/meetings/${fx.gridMeeting}/swap`, payload: { with: fx.gridOther } }),
    expect: managers,
  },
  // What one more interpreter, table or slot would give the grid event (writes nothing).
  'POST /api/events/{id}/what-if': { call: () => ({ url: '/api/events/matrix-grid/what-if', payload: { timeLimitSeconds: 5 } }), expect: managers },
  'GET /api/public/events/{token}': { call: async () => ({ url: `/api/public/events/${await publicToken()}` }), expect: everyone('ok') },
  'POST /api/public/events/{token}/registrations': {
    call: async (who) => ({
      url: `/api/public/events/${await publicToken()}/registrations`,
      payload: { delegateName: who, delegateEmail: `${unique(who)}@example.cn`, organisationName: 'Matrix Ltd', country: 'CN', languages: ['zh'] },
    }),
    expect: everyone('ok'),
  },
  'GET /api/public/registrations/{token}': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}` }),
    expect: everyone('ok'),
  },
  'PATCH /api/public/registrations/{token}': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}`, payload: { profile: 'Hydrogen' } }),
    expect: everyone('ok'),
  },
  'DELETE /api/public/registrations/{token}': {
    call: async (who) => ({ url: `/api/public/registrations/${await publicRegistration(who)}` }),
    expect: everyone('ok'),
  },
  'GET /api/public/registrations/{token}/agenda': {
    call: async (who) => ({ url: `/api/public/registrations/${await keptRegistration(who)}/agenda` }),
    expect: everyone('ok'),
  },
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
  // A request to the caller's public registration, answered with its manage link.
  'POST /api/public/registrations/{token}/requests/{requestId}/response': {
    call: async (who) => {
      const token = await keptRegistration(who);
      const { registrationId } = (await fx.t.app.inject({ url: `/api/public/registrations/${token}` })).json();
      const request = await post('/api/events/matrix-event/requests', { from: await delegate(fx.orgB), to: [registrationId] });
      return { url: `/api/public/registrations/${token}/requests/${request.id}/response`, payload: { answer: 'accept' } };
    },
    expect: everyone('ok'),
  },
};
