// Matrix rows: events, registrations, meeting requests, the schedule, agendas and the organiser's views.
// The matrix event holds member A's delegate (organisation A); the grid event one scheduled meeting
// of A's and B's delegates. Writes that would use up a record get a new one per caller.
import { delegate, everyone, fx, managers, ownOrganisation, pendingRequest, type Rows, signedIn, unique } from './setup';

const event = '/api/events/matrix-event';
const grid = '/api/events/matrix-grid';
const agendaOfA = (suffix: string) => ({ url: `${event}/registrations/${fx.registrationA}/${suffix}` });

export const eventRows: Rows = {
  'GET /api/events': { call: () => ({}), expect: everyone('ok') },
  'POST /api/events': {
    call: () => ({
      payload: {
        id: unique('matrix-new'),
        title: 'New event',
        languages: ['en'],
        tables: 1,
        slots: [{ id: 's1', start: '2030-02-01T09:00:00Z', end: '2030-02-01T09:20:00Z' }],
      },
    }),
    expect: managers,
  },
  'GET /api/events/{id}': { call: () => ({ url: event }), expect: everyone('ok') },
  'PATCH /api/events/{id}': { call: () => ({ url: event, payload: { title: 'Matrix matchmaking' } }), expect: managers },

  // Registrations: members register and change their own organisation's delegates (member B gets
  // 403 own_organisation_only for organisation A's); the desk (check-in, no-show) is the organisers'.
  'GET /api/events/{id}/registrations': { call: () => ({ url: `${event}/registrations` }), expect: signedIn() },
  'POST /api/events/{id}/registrations': {
    call: (who) => {
      const name = unique(`delegate-of-${who}`);
      return {
        url: `${event}/registrations`,
        payload: { organisationId: fx.orgA, delegateName: name, delegateEmail: `${name}@${fx.orgA}.example`, languages: ['en'] },
      };
    },
    expect: ownOrganisation(),
  },
  'PATCH /api/events/{id}/registrations/{registrationId}': {
    call: () => ({ url: `${event}/registrations/${fx.registrationA}`, payload: { profile: 'Industrial wastewater' } }),
    expect: ownOrganisation(),
  },
  'DELETE /api/events/{id}/registrations/{registrationId}': {
    call: async () => ({ url: `${event}/registrations/${await delegate(fx.orgA)}` }),
    expect: ownOrganisation(),
  },
  'POST /api/events/{id}/registrations/{registrationId}/check-in': {
    call: () => ({ url: `${event}/registrations/${fx.registrationA}/check-in` }),
    expect: managers,
  },
  'POST /api/events/{id}/registrations/{registrationId}/no-show': {
    call: async () => ({ url: `${event}/registrations/${await delegate(fx.orgA)}/no-show` }),
    expect: managers,
  },
  'GET /api/events/{id}/marketplace': { call: () => ({ url: `${event}/marketplace` }), expect: signedIn() },
  // A delegate's suggestions and agenda: its organisation and the organisers (officials act for no delegate).
  'GET /api/events/{id}/registrations/{registrationId}/suggestions': {
    call: () => agendaOfA('suggestions'),
    expect: ownOrganisation('own_organisation_only', 'own_organisation_only'),
  },
  'GET /api/events/{id}/registrations/{registrationId}/agenda': {
    call: () => agendaOfA('agenda'),
    expect: ownOrganisation('own_organisation_only', 'own_organisation_only'),
  },
  'GET /api/events/{id}/registrations/{registrationId}/agenda.pdf': {
    call: () => agendaOfA('agenda.pdf'),
    expect: ownOrganisation('own_organisation_only', 'own_organisation_only'),
  },
  'GET /api/events/{id}/registrations/{registrationId}/agenda.ics': {
    call: () => agendaOfA('agenda.ics'),
    expect: ownOrganisation('own_organisation_only', 'own_organisation_only'),
  },

  // Meeting requests: the list shows each caller its own; A's delegate asks, A's invitee answers and
  // A's requester withdraws (member B: 403 own_organisation_only, invitee_only, requester_only).
  'GET /api/events/{id}/requests': { call: () => ({ url: `${event}/requests` }), expect: signedIn() },
  'POST /api/events/{id}/requests': {
    call: async () => ({ url: `${event}/requests`, payload: { from: fx.registrationA, to: [await delegate(fx.orgB)] } }),
    expect: ownOrganisation(),
  },
  'POST /api/events/{id}/requests/{requestId}/response': {
    call: async () => ({ url: `${event}/requests/${await pendingRequest(fx.orgB, fx.orgA)}/response`, payload: { answer: 'accept' } }),
    expect: ownOrganisation('invitee_only'),
  },
  'DELETE /api/events/{id}/requests/{requestId}': {
    call: async () => ({ url: `${event}/requests/${await pendingRequest(fx.orgA, fx.orgB)}` }),
    expect: ownOrganisation('requester_only'),
  },

  // The organiser's grid: scheduling places the one accepted meeting again, publishing locks it.
  'POST /api/events/{id}/schedule': { call: () => ({ url: `${grid}/schedule`, payload: { timeLimitSeconds: 1 } }), expect: managers },
  'POST /api/events/{id}/publish': { call: () => ({ url: `${grid}/publish` }), expect: managers },
  'GET /api/events/{id}/meetings': { call: () => ({ url: `${grid}/meetings` }), expect: managers },
  'PATCH /api/events/{id}/meetings/{requestId}': { call: () => ({ url: `${grid}/meetings/${fx.gridMeeting}`, payload: { locked: true } }), expect: managers },
  'GET /api/events/{id}/table-plan': { call: () => ({ url: `${grid}/table-plan` }), expect: managers },
  'GET /api/events/{id}/table-plan.pdf': { call: () => ({ url: `${grid}/table-plan.pdf` }), expect: managers },
  'GET /api/events/{id}/table-plan.xlsx': { call: () => ({ url: `${grid}/table-plan.xlsx` }), expect: managers },
  'GET /api/events/{id}/dashboard': { call: () => ({ url: `${grid}/dashboard` }), expect: managers },
};
