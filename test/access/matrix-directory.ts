// Matrix rows: regions, twinnings, opportunities, organisations (with their profiles) and the thesaurus.
import { admins, everyone, fx, managers, opportunity, organisation, ownOrganisation, ownRegion, post, region, type Rows, unique } from './setup';

const concept = { labels: { nl: ['matrixbegrip'], en: ['matrix concept'], zh: ['矩阵概念'] } };

export const directoryRows: Rows = {
  // Regions and twinnings: programme managers write.
  'GET /api/regions': { call: () => ({}), expect: everyone('ok') },
  'GET /api/regions/{id}': { call: () => ({ url: `/api/regions/${fx.regionX}` }), expect: everyone('ok') },
  'POST /api/regions': { call: () => ({ payload: region(unique('new-region')) }), expect: managers },
  'PUT /api/regions/{id}': {
    call: () => {
      const { id: _id, ...body } = region('matrix-region');
      return { url: '/api/regions/matrix-region', payload: body };
    },
    expect: managers,
  },
  'DELETE /api/regions/{id}': {
    call: async () => {
      const id = unique('doomed-region');
      await post('/api/regions', region(id));
      return { url: `/api/regions/${id}` };
    },
    expect: managers,
  },
  'GET /api/twinnings': { call: () => ({}), expect: everyone('ok') },
  'GET /api/twinnings/{id}': { call: () => ({ url: `/api/twinnings/${fx.twinningId}` }), expect: everyone('ok') },
  'POST /api/twinnings': {
    call: async () => {
      const partner = unique('tw-partner');
      await post('/api/regions', region(partner));
      return { payload: { homeRegionId: fx.homeRegion, partnerRegionId: partner } };
    },
    expect: managers,
  },
  'PUT /api/twinnings/{id}': {
    call: () => ({ url: `/api/twinnings/${fx.twinningId}`, payload: { homeRegionId: fx.homeRegion, partnerRegionId: 'matrix-region', since: 2020 } }),
    expect: managers,
  },
  'DELETE /api/twinnings/{id}': {
    call: async () => {
      const partner = unique('tw-doomed');
      await post('/api/regions', region(partner));
      const twinning = await post('/api/twinnings', { homeRegionId: fx.homeRegion, partnerRegionId: partner });
      return { url: `/api/twinnings/${twinning.id}` };
    },
    expect: managers,
  },

  // Opportunities: partner officials write in their own region (region X is official X's).
  'GET /api/opportunities': { call: () => ({}), expect: everyone('ok') },
  'GET /api/opportunities/{id}': {
    call: () => ({ url: `/api/opportunities/${fx.membersOnlyOpportunity}` }),
    expect: { ...everyone('ok'), visitor: 404 },
  },
  'POST /api/opportunities': {
    call: () => ({ payload: opportunity(fx.regionX) }),
    expect: ownRegion,
  },
  'PUT /api/opportunities/{id}': {
    call: () => ({ url: `/api/opportunities/${fx.opportunityX}`, payload: opportunity(fx.regionX) }),
    expect: ownRegion,
  },
  'DELETE /api/opportunities/{id}': {
    call: async () => ({ url: `/api/opportunities/${(await post('/api/opportunities', opportunity(fx.regionX))).id}` }),
    expect: managers,
  },

  // Organisations: members edit their own organisation (A is member A's).
  'GET /api/organisations': { call: () => ({}), expect: everyone('ok') },
  'GET /api/organisations/{id}': { call: () => ({ url: `/api/organisations/${fx.orgB}` }), expect: { ...everyone('ok'), visitor: 404 } },
  'POST /api/organisations': { call: () => ({ payload: organisation(unique('New organisation')) }), expect: managers },
  'PUT /api/organisations/{id}': {
    call: () => ({ url: `/api/organisations/${fx.orgA}`, payload: { ...organisation('Org A'), visibility: 'public' } }),
    expect: ownOrganisation(),
  },
  'DELETE /api/organisations/{id}': {
    call: async () => ({ url: `/api/organisations/${(await post('/api/organisations', organisation(unique('Doomed')))).id}` }),
    expect: managers,
  },

  // Who may edit the opportunity may translate it: official Y is of another region (403 own_region_only).
  'PUT /api/opportunities/{id}/translations/{lang}': {
    call: () => ({ url: `/api/opportunities/${fx.opportunityX}/translations/zh`, payload: { title: '矩阵机会' } }),
    expect: ownRegion,
  },
  'GET /api/organisations/facets': { call: () => ({}), expect: everyone('ok') },
  'GET /api/organisations/export': { call: () => ({ url: '/api/organisations/export?format=csv' }), expect: managers },
  // Org A's description, in English, gets a Chinese version; member B may not edit org A (403 own_organisation_only).
  'PUT /api/organisations/{id}/translations/{lang}': {
    call: async () => {
      const description = { original: 'en', en: 'We treat industrial wastewater.' };
      await post(`/api/organisations/${fx.orgA}`, { ...organisation('Org A'), visibility: 'public', description }, undefined, 'PUT');
      return { url: `/api/organisations/${fx.orgA}/translations/zh`, payload: { description: '我们处理工业废水。' } };
    },
    expect: ownOrganisation(),
  },
  'GET /api/organisations/{id}/profile': { call: () => ({ url: `/api/organisations/${fx.orgA}/profile` }), expect: everyone('ok') },
  'PUT /api/organisations/{id}/profile': {
    call: () => ({ url: `/api/organisations/${fx.orgA}/profile`, payload: { sectors: ['water'], languages: ['en'] } }),
    expect: ownOrganisation(),
  },

  // Thesaurus: public to read; admins edit concepts.
  'GET /api/thesaurus': { call: () => ({}), expect: everyone('ok') },
  'GET /api/thesaurus/skos.ttl': { call: () => ({}), expect: everyone('ok') },
  'PUT /api/thesaurus/concepts/{id}': { call: () => ({ url: '/api/thesaurus/concepts/matrix-concept', payload: concept }), expect: admins },
  'DELETE /api/thesaurus/concepts/{id}': {
    call: async () => {
      const id = unique('doomed-concept');
      await post(`/api/thesaurus/concepts/${id}`, concept, fx.h.admin, 'PUT');
      return { url: `/api/thesaurus/concepts/${id}` };
    },
    expect: admins,
  },
};
