// Matrix rows: projects (the matrix's project, built by test/factories.ts), their deliverables, indicator periods and documents.
import {
  activity,
  deliverable,
  everyone,
  fx,
  managers,
  matrixProject,
  period,
  post,
  projectUrl,
  type Rows,
  signedIn,
  textDocument,
  unique,
  uploadDocument,
} from './setup';

/** A new matrix project; its id. */
const newProject = async () => (await post('/api/projects', matrixProject(unique('p-doomed')))).id as string;

/** Years of the periods the managers add, one each, so no two overlap. */
let periodYear = 2050;

export const projectRows: Rows = {
  // Projects: the matrix's project (`projectUrl`) and the matrix project p-matrix (replaced as it was); writes
  // that use a project up (deletion, a gate decision) get a new one per caller.
  'GET /api/projects': { call: () => ({}), expect: everyone('ok') },
  'GET /api/projects/{id}': { call: () => ({ url: projectUrl() }), expect: signedIn() },
  'POST /api/projects': { call: () => ({ payload: matrixProject(unique('p-new')) }), expect: managers },
  'PUT /api/projects/{id}': {
    call: async () => {
      const { revision } = (await fx.t.app.inject({ url: '/api/projects/p-matrix', headers: fx.h['programme-manager'] })).json();
      return { url: '/api/projects/p-matrix', payload: { ...matrixProject('p-matrix'), revision } };
    },
    expect: managers,
  },
  'PUT /api/projects/{id}/translations/{lang}': {
    call: () => ({ url: '/api/projects/p-matrix/translations/zh', payload: { title: '矩阵项目' } }),
    expect: managers,
  },
  'DELETE /api/projects/{id}': { call: async () => ({ url: `/api/projects/${await newProject()}` }), expect: managers },
  'POST /api/projects/{id}/phases/{phaseId}/gate': {
    call: async () => {
      const id = await newProject();
      return { url: `/api/projects/${id}/phases/${id}-ph1/gate`, payload: { status: 'go', rationale: { original: 'en', en: 'Study done' } } };
    },
    expect: managers,
  },
  'POST /api/projects/{id}/activities': {
    call: () => ({ url: '/api/projects/p-matrix/activities', payload: { ...activity(unique('p-matrix-activity'), 'planned'), phaseId: 'p-matrix-ph1' } }),
    expect: managers,
  },
  'PUT /api/projects/{id}/activities/{activityId}': {
    call: () => {
      const { id: _id, ...kickOff } = activity('p-matrix-a1', 'done');
      return { url: '/api/projects/p-matrix/activities/p-matrix-a1', payload: { ...kickOff, phaseId: 'p-matrix-ph1' } };
    },
    expect: managers,
  },
  'POST /api/projects/{id}/deliverables/{deliverableId}/delivered': {
    call: () => ({ url: projectUrl(`/deliverables/${fx.deliverableId}/delivered`), payload: { evidence: [{ note: { original: 'en', en: 'Sent' } }] } }),
    expect: managers,
  },
  'PUT /api/projects/{id}/indicators/{indicatorId}/periods/{periodId}/actual': {
    call: () => ({ url: projectUrl(`/indicators/${fx.indicatorId}/periods/${fx.periodId}/actual`), payload: { value: 7 } }),
    expect: managers,
  },
  'GET /api/projects/{id}/iati': { call: () => ({ url: projectUrl('/iati') }), expect: managers },
  'POST /api/projects/export/iati': { call: () => ({ payload: { projectIds: [fx.projectId] } }), expect: managers },
  // A dry run (the default) of the project's own file: checked and previewed, nothing written.
  'POST /api/projects/import/iati': { call: () => ({ payload: { xml: fx.iatiXml } }), expect: managers },
  // Project documents: programme managers upload, delete and download; the files are
  // confidential like budgets (others see the documents' titles only).
  'POST /api/projects/{id}/documents': { call: () => ({ url: projectUrl('/documents'), payload: textDocument('upload.txt') }), expect: managers },
  'DELETE /api/projects/{id}/documents/{documentId}': {
    call: async () => ({ url: projectUrl(`/documents/${await uploadDocument('doomed.txt')}`) }),
    expect: managers,
  },
  'GET /api/projects/{id}/documents/{documentId}/file': { call: () => ({ url: projectUrl(`/documents/${fx.documentId}/file`) }), expect: managers },
  'GET /api/projects/{id}/report.pdf': { call: () => ({ url: projectUrl('/report.pdf') }), expect: signedIn() },
  'GET /api/projects/{id}/activities.ics': { call: () => ({ url: projectUrl('/activities.ics') }), expect: signedIn() },
  // The public summary: what visitors read (never budgets, people or documents).
  'GET /api/projects/{id}/summary': { call: () => ({ url: projectUrl('/summary') }), expect: everyone('ok') },
  'POST /api/projects/{id}/deliverables': { call: () => ({ url: projectUrl('/deliverables'), payload: deliverable() }), expect: managers },
  'PUT /api/projects/{id}/deliverables/{deliverableId}': {
    call: () => ({ url: projectUrl(`/deliverables/${fx.deliverableId}`), payload: { ...deliverable(), status: 'in-progress' } }),
    expect: managers,
  },
  'POST /api/projects/{id}/indicators/{indicatorId}/periods': {
    call: () => ({ url: projectUrl(`/indicators/${fx.indicatorId}/periods`), payload: period(++periodYear) }),
    expect: managers,
  },
  'PUT /api/projects/{id}/indicators/{indicatorId}/periods/{periodId}': {
    call: () => ({ url: projectUrl(`/indicators/${fx.indicatorId}/periods/${fx.periodId}`), payload: { ...period(2040), target: { value: 12 } } }),
    expect: managers,
  },
};
