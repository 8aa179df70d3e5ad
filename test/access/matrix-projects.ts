// Matrix rows: projects (the demo project p004), their deliverables, indicator periods and documents.
import { deliverable, everyone, fx, managers, managersPass, period, type Rows, signedIn, textDocument, uploadDocument } from './setup';

/** Years of the periods the managers add, one each, so no two overlap. */
let periodYear = 2050;

export const projectRows: Rows = {
  // Projects (demo project p004). Writes are checked for the policy only: an empty body is refused
  // after it, so the demo project stays as it is; projects.test.ts covers the writes themselves.
  'GET /api/projects': { call: () => ({}), expect: everyone('ok') },
  'GET /api/projects/{id}': { call: () => ({ url: '/api/projects/p004' }), expect: signedIn() },
  'POST /api/projects': { call: () => ({ payload: {} }), expect: managersPass },
  'PUT /api/projects/{id}': { call: () => ({ url: '/api/projects/p004', payload: {} }), expect: managersPass },
  'PUT /api/projects/{id}/translations/{lang}': { call: () => ({ url: '/api/projects/p004/translations/zh', payload: { title: '译文' } }), expect: managersPass },
  'DELETE /api/projects/{id}': { call: () => ({ url: '/api/projects/no-such-project' }), expect: managersPass },
  'POST /api/projects/{id}/phases/{phaseId}/gate': {
    call: () => ({ url: '/api/projects/p004/phases/none/gate', payload: {} }),
    expect: managersPass,
  },
  'POST /api/projects/{id}/activities': { call: () => ({ url: '/api/projects/p004/activities', payload: {} }), expect: managersPass },
  'PUT /api/projects/{id}/activities/{activityId}': {
    call: () => ({ url: '/api/projects/p004/activities/none', payload: {} }),
    expect: managersPass,
  },
  'POST /api/projects/{id}/deliverables/{deliverableId}/delivered': {
    call: () => ({ url: '/api/projects/p004/deliverables/none/delivered', payload: {} }),
    expect: managersPass,
  },
  'PUT /api/projects/{id}/indicators/{indicatorId}/periods/{periodId}/actual': {
    call: () => ({ url: '/api/projects/p004/indicators/none/periods/none/actual', payload: {} }),
    expect: managersPass,
  },
  'GET /api/projects/{id}/iati': { call: () => ({ url: '/api/projects/p004/iati' }), expect: managers },
  'POST /api/projects/export/iati': { call: () => ({ payload: { projectIds: ['p004'] } }), expect: managers },
  'POST /api/projects/import/iati': { call: () => ({ payload: {} }), expect: managersPass },
  // Project documents: programme managers upload, delete and download; the files are
  // confidential like budgets (others see the documents' titles only).
  'POST /api/projects/{id}/documents': { call: () => ({ url: '/api/projects/p004/documents', payload: textDocument('upload.txt') }), expect: managers },
  'DELETE /api/projects/{id}/documents/{documentId}': {
    call: async () => ({ url: `/api/projects/p004/documents/${await uploadDocument('doomed.txt')}` }),
    expect: managers,
  },
  'GET /api/projects/{id}/documents/{documentId}/file': { call: () => ({ url: `/api/projects/p004/documents/${fx.documentId}/file` }), expect: managers },
  'GET /api/projects/{id}/report.pdf': { call: () => ({ url: '/api/projects/p004/report.pdf' }), expect: signedIn('allowed') },
  'GET /api/projects/{id}/activities.ics': { call: () => ({ url: '/api/projects/p004/activities.ics' }), expect: signedIn('allowed') },
  // The public summary: what visitors read (never budgets, people or documents).
  'GET /api/projects/{id}/summary': { call: () => ({ url: '/api/projects/p004/summary' }), expect: everyone('ok') },
  'POST /api/projects/{id}/deliverables': { call: () => ({ url: '/api/projects/p004/deliverables', payload: deliverable() }), expect: managers },
  'PUT /api/projects/{id}/deliverables/{deliverableId}': {
    call: () => ({ url: `/api/projects/p004/deliverables/${fx.deliverableId}`, payload: { ...deliverable(), status: 'in-progress' } }),
    expect: managers,
  },
  'POST /api/projects/{id}/indicators/{indicatorId}/periods': {
    call: () => ({ url: `/api/projects/p004/indicators/${fx.indicatorId}/periods`, payload: period(++periodYear) }),
    expect: managers,
  },
  'PUT /api/projects/{id}/indicators/{indicatorId}/periods/{periodId}': {
    call: () => ({ url: `/api/projects/p004/indicators/${fx.indicatorId}/periods/${fx.periodId}`, payload: { ...period(2040), target: { value: 12 } } }),
    expect: managers,
  },
};
