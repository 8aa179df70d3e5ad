// Matrix rows: matches and the pipeline, imports and exports of the directory, and "my work".
import { checkedImport, everyone, fx, managers, ownOrganisation, type Rows, signedIn, unique } from './setup';

const organisationsFile = () => {
  const id = unique('uploaded');
  return {
    kind: 'organisations',
    filename: 'orgs.csv',
    contentBase64: Buffer.from(`id,name,type,country\n${id},Uploaded ${id},company,BE\n`).toString('base64'),
  };
};

export const matchingRows: Rows = {
  // Members see their own organisation's matches only: the opportunity's list is filtered for
  // everyone signed in, another organisation's list is refused (403 own_organisation_only), and
  // another organisation's match is not found (404); officials have none.
  'GET /api/opportunities/{id}/matches': { call: () => ({ url: `/api/opportunities/${fx.opportunityX}/matches` }), expect: signedIn() },
  'GET /api/organisations/{id}/matches': {
    call: () => ({ url: `/api/organisations/${fx.orgA}/matches` }),
    expect: ownOrganisation('own_organisation_only', 'own_organisation_only'),
  },
  'GET /api/matches/{id}': {
    call: () => ({ url: `/api/matches/${fx.matchA}` }),
    expect: { ...everyone(404), visitor: 401, 'member-a': 'ok', 'programme-manager': 'ok', admin: 'ok' },
  },
  // The pipeline board and its changes: programme managers.
  'GET /api/matches': { call: () => ({ url: `/api/matches?organisationId=${fx.orgA}` }), expect: managers },
  'POST /api/matches/status': { call: () => ({ payload: { ids: [fx.matchA], status: 'interested' } }), expect: managers },
  'GET /api/matches/owners': { call: () => ({}), expect: managers },
  'PATCH /api/matches/{id}': { call: () => ({ url: `/api/matches/${fx.matchA}`, payload: { nextActionOn: '2030-03-01' } }), expect: managers },
  'PUT /api/matches/{id}': { call: () => ({ url: `/api/matches/${fx.matchA}`, payload: { status: 'shortlisted', note: 'Call them' } }), expect: managers },
  'GET /api/matching/status': { call: () => ({}), expect: managers },
  'POST /api/matching/recompute': { call: () => ({}), expect: managers },

  // Imports and exports: programme managers; a commit uses up its import, so each caller gets one.
  'POST /api/imports': { call: () => ({ payload: organisationsFile() }), expect: managers },
  'GET /api/imports/{id}': { call: () => ({ url: `/api/imports/${fx.importId}` }), expect: managers },
  'PUT /api/imports/{id}/mapping': {
    call: () => ({ url: `/api/imports/${fx.importId}/mapping`, payload: { mapping: { id: 'id', name: 'name', type: 'type', country: 'country' } } }),
    expect: managers,
  },
  'POST /api/imports/{id}/commit': { call: async () => ({ url: `/api/imports/${await checkedImport()}/commit` }), expect: managers },
  'GET /api/imports/{id}/progress': { call: () => ({ url: `/api/imports/${fx.importId}/progress` }), expect: managers },
  'GET /api/exports/{kind}': { call: () => ({ url: '/api/exports/organisations?format=csv' }), expect: managers },

  // Every signed-in role has a home page of its own.
  'GET /api/my-work': { call: () => ({}), expect: signedIn() },
};
