// Matrix rows: notifications and the follow-up loop (interactions, tasks, outcomes, the report).
import { everyone, fx, managers, matrixProject, opportunity, ownAndRegion, ownOrganisation, ownRegion, post, type Rows, signedIn, unique } from './setup';

export const followUpRows: Rows = {
  'GET /api/notifications': { call: () => ({}), expect: signedIn() },
  'POST /api/notifications/read': { call: () => ({ payload: {} }), expect: signedIn() },

  // Follow-up loop: an organisation reaches its own interactions and tasks, an official their
  // region's (the interaction below is about organisation A and an opportunity in region X); others get 404.
  'GET /api/follow-up/interactions': { call: () => ({}), expect: signedIn() },
  'POST /api/follow-up/interactions': {
    call: () => ({ payload: { kind: 'call', occurredOn: '2030-01-01', organisationId: fx.orgA } }),
    expect: ownOrganisation('own_organisation_only', 'own_organisation_only'),
  },
  'GET /api/follow-up/interactions/{id}': { call: () => ({ url: `/api/follow-up/interactions/${fx.interactionId}` }), expect: ownAndRegion },
  'POST /api/follow-up/interactions/{id}/attachments': {
    call: () => ({
      url: `/api/follow-up/interactions/${fx.interactionId}/attachments`,
      payload: { filename: 'note.txt', contentBase64: Buffer.from('note').toString('base64') },
    }),
    expect: ownAndRegion,
  },
  'GET /api/follow-up/interactions/{id}/attachments/{attachmentId}': {
    call: () => ({ url: `/api/follow-up/interactions/${fx.interactionId}/attachments/${fx.attachmentId}` }),
    expect: ownAndRegion,
  },
  'GET /api/follow-up/tasks': { call: () => ({ url: '/api/follow-up/tasks?scope=team' }), expect: signedIn() },
  'POST /api/follow-up/tasks': {
    call: () => ({ payload: { title: 'Matrix task', dueOn: '2030-01-01', source: { kind: 'interaction', id: fx.interactionId } } }),
    expect: ownAndRegion,
  },
  'PATCH /api/follow-up/tasks/{id}': { call: () => ({ url: `/api/follow-up/tasks/${fx.taskId}`, payload: { dueOn: '2030-02-01' } }), expect: ownAndRegion },
  'POST /api/follow-up/tasks/feed': { call: () => ({}), expect: signedIn() },
  'DELETE /api/follow-up/tasks/feed': { call: () => ({}), expect: signedIn() },
  'GET /api/follow-up/feeds/{file}': {
    call: async () => ({ url: new URL((await post('/api/follow-up/tasks/feed', {})).url).pathname, headers: {} }),
    expect: everyone('ok'),
  },
  'GET /api/follow-up/settings': { call: () => ({}), expect: signedIn() },
  'PUT /api/follow-up/settings': { call: () => ({ payload: { opportunityAlerts: true } }), expect: signedIn() },
  'POST /api/opportunities/{id}/interest': {
    call: () => ({ url: `/api/opportunities/${fx.opportunityX}/interest`, payload: { message: 'Interested' } }),
    expect: { ...everyone('role_forbidden'), visitor: 401, 'member-a': 'ok', 'member-b': 'ok' },
  },
  'POST /api/opportunities/{id}/put-forward': {
    call: () => ({ url: `/api/opportunities/${fx.opportunityX}/put-forward`, payload: { organisationId: fx.orgA, note: 'A fits' } }),
    expect: managers,
  },
  'POST /api/opportunities/{id}/publish': {
    call: async () => ({ url: `/api/opportunities/${(await post('/api/opportunities', { ...opportunity(fx.regionX), stage: 'draft' })).id}/publish` }),
    // A draft is not even visible to another region's official.
    expect: { ...managers, 'official-x': 'ok', 'official-y': 404 },
  },
  'POST /api/opportunities/{id}/close': {
    call: async () => ({ url: `/api/opportunities/${(await post('/api/opportunities', opportunity(fx.regionX))).id}/close`, payload: { reason: 'withdrawn' } }),
    expect: ownRegion,
  },
  // Meeting feedback: each side answers for itself (member B may not answer for A's delegate:
  // 403 meeting_parties_only); both sides and the organisers read the answers.
  'POST /api/events/{id}/meetings/{requestId}/feedback': {
    call: () => ({ url: `/api/events/matrix-grid/meetings/${fx.gridMeeting}/feedback`, payload: { registrationId: fx.gridA, answer: 'follow-up-agreed' } }),
    expect: ownOrganisation('meeting_parties_only', 'meeting_parties_only'),
  },
  'GET /api/events/{id}/meetings/{requestId}/feedback': {
    call: () => ({ url: `/api/events/matrix-grid/meetings/${fx.gridMeeting}/feedback` }),
    expect: { ...ownOrganisation('meeting_parties_only', 'meeting_parties_only'), 'member-b': 'ok' },
  },
  'GET /api/events/{id}/outcomes': { call: () => ({ url: '/api/events/matrix-event/outcomes' }), expect: managers },
  // A lead outcome of A's match (an opportunity in region X): A's members and X's official record it;
  // another organisation or region gets 403 own_organisation_only.
  'POST /api/follow-up/outcomes': {
    call: () => ({ payload: { kind: 'mou', title: 'MoU', signedOn: '2030-01-01', matchId: fx.matchA } }),
    expect: { ...ownOrganisation('own_organisation_only', 'own_organisation_only'), 'official-x': 'ok' },
  },
  'POST /api/follow-up/outcomes/project': { call: () => ({ payload: { matchId: fx.matchA, project: matrixProject(unique('p-lead')) } }), expect: managers },
  'GET /api/follow-up/outcomes': { call: () => ({}), expect: signedIn() },
  'GET /api/follow-up/report': { call: () => ({}), expect: { ...managers, 'official-x': 'ok', 'official-y': 'ok' } },
  'POST /api/follow-up/report/indicator': {
    call: () => ({ payload: { projectId: fx.projectId, indicatorId: fx.indicatorId, periodId: fx.periodId, measure: 'matchesProposed' } }),
    expect: managers,
  },
};
