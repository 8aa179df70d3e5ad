import { z } from 'zod';
import { ProjectTranslation, TranslationParams } from '../../../shared/api';
import {
  ActivityInput,
  ActivityUpdate,
  DeliverableInput,
  DeliveredInput,
  DocumentUploadInput,
  GateDecisionInput,
  IatiExportInput,
  IatiExportResult,
  IatiImportInput,
  IatiImportPreview,
  IndicatorActualInput,
  IndicatorPeriodInput,
  ProjectInput,
  ProjectList,
  ProjectPublicSummary,
  ProjectUpdate,
  ProjectListQuery,
  ProjectParams,
  ProjectView,
} from '../../../core/projects/api';
import { languageSchema, type ReportingOrg } from '../../../core/projects/model';
import { recordId } from '../../../core/projects/text-limits';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import { createProject } from './create-project';
import { recordGateDecision } from './decide-gate';
import { deleteDocument } from './delete-document';
import { deleteProject } from './delete-project';
import { documentFile } from './document-file';
import { exportIati } from './export-iati';
import { importIati } from './import-iati';
import { listProjects } from './list-projects';
import { markDelivered } from './mark-delivered';
import { getProject, getPublicSummary } from './project-views';
import { recordIndicatorActual } from './record-indicator-actual';
import { projectCalendar, projectReport } from './render-project';
import { saveActivity } from './save-activity';
import { saveDeliverable } from './save-deliverable';
import { saveIndicatorPeriod } from './save-indicator-period';
import { updateProject } from './update-project';
import { uploadDocument } from './upload-document';
import { translateProject } from './translate-project';

const tags = ['projects'];
const LangQuery = z.object({ lang: languageSchema.default('en') });

export function projectRoutes(app: App, { db, iatiReportingOrg }: { db: Db; iatiReportingOrg: ReportingOrg }) {
  app.get('/api/projects', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'List projects: status, next pending gate, overdue deliverables (public summaries)',
      querystring: ProjectListQuery,
      response: { 200: ProjectList },
    },
    handler: (req) => listProjects(db, req.query),
  });
  app.get('/api/projects/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'A whole project; budgets and transactions only for programme managers and admins',
      params: ProjectParams,
      response: { 200: ProjectView, ...errorResponses },
    },
    handler: (req) => getProject(db, req.actor, req.params.id),
  });
  app.get('/api/projects/:id/summary', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'The public summary of a project (purpose, region, partners, phases and gates, results): what visitors read; never budgets, people, documents or notes',
      params: ProjectParams,
      response: { 200: ProjectPublicSummary, ...errorResponses },
    },
    handler: (req) => getPublicSummary(db, req.params.id),
  });
  app.post('/api/projects', {
    config: { access: 'programme-manager' },
    schema: { tags, summary: 'Create a project', body: ProjectInput, response: { 201: ProjectView, ...errorResponses } },
    handler: async (req, reply) => reply.code(201).send(await createProject(db, userOf(req), req.body)),
  });
  app.put('/api/projects/:id', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Replace a whole project, based on the revision read (409 stale_revision when it changed since)',
      params: ProjectParams,
      body: ProjectUpdate,
      response: { 200: ProjectView, ...errorResponses },
    },
    handler: (req) => {
      const { revision, ...project } = req.body;
      return updateProject(db, userOf(req), req.params.id, project, revision);
    },
  });
  app.put('/api/projects/:id/translations/:lang', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Add or correct the title and/or purpose in one more language, marked as a translation',
      params: TranslationParams,
      body: ProjectTranslation,
      response: { 200: ProjectView, ...errorResponses },
    },
    handler: (req) => translateProject(db, userOf(req), req.params.id, req.params.lang, req.body),
  });
  app.delete('/api/projects/:id', {
    config: { access: 'programme-manager' },
    schema: { tags, summary: 'Delete a project with all its parts', params: ProjectParams, response: { 204: z.null(), ...errorResponses } },
    handler: async (req, reply) => {
      await deleteProject(db, userOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/projects/:id/phases/:phaseId/gate', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Record the go / no-go decision of a phase gate; a no-go closes the project',
      params: ProjectParams.extend({ phaseId: recordId }),
      body: GateDecisionInput,
      response: { 200: ProjectView, ...errorResponses },
    },
    handler: (req) => recordGateDecision(db, userOf(req), req.params.id, req.params.phaseId, req.body),
  });
  app.post('/api/projects/:id/activities', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Add an activity to a phase (409 when it may not start because the previous gate is not go)',
      params: ProjectParams,
      body: ActivityInput,
      response: { 201: ProjectView, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await saveActivity(db, userOf(req), req.params.id, req.body)),
  });
  app.put('/api/projects/:id/activities/:activityId', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Replace an activity (409 when it may not start because the previous gate is not go)',
      params: ProjectParams.extend({ activityId: recordId }),
      body: ActivityUpdate,
      response: { 200: ProjectView, ...errorResponses },
    },
    handler: (req) => saveActivity(db, userOf(req), req.params.id, req.body, req.params.activityId),
  });
  const DeliverableParams = ProjectParams.extend({ deliverableId: recordId });
  app.post('/api/projects/:id/deliverables', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Add a deliverable to an activity (its id is given by the server)',
      params: ProjectParams,
      body: DeliverableInput,
      response: { 201: ProjectView, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await saveDeliverable(db, userOf(req), req.params.id, req.body)),
  });
  app.put('/api/projects/:id/deliverables/:deliverableId', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Replace a deliverable, possibly under another activity (its evidence is kept)',
      params: DeliverableParams,
      body: DeliverableInput,
      response: { 200: ProjectView, ...errorResponses },
    },
    handler: (req) => saveDeliverable(db, userOf(req), req.params.id, req.body, req.params.deliverableId),
  });
  app.post('/api/projects/:id/deliverables/:deliverableId/delivered', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Mark a deliverable delivered, with evidence',
      params: DeliverableParams,
      body: DeliveredInput,
      response: { 200: ProjectView, ...errorResponses },
    },
    handler: (req) => markDelivered(db, userOf(req), req.params.id, req.params.deliverableId, req.body),
  });
  const IndicatorParams = ProjectParams.extend({ indicatorId: recordId });
  const PeriodParams = IndicatorParams.extend({ periodId: recordId });
  app.post('/api/projects/:id/indicators/:indicatorId/periods', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Add a reporting period with its target to an indicator (its id is given by the server)',
      params: IndicatorParams,
      body: IndicatorPeriodInput,
      response: { 201: ProjectView, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await saveIndicatorPeriod(db, userOf(req), req.params.id, req.params.indicatorId, req.body)),
  });
  app.put('/api/projects/:id/indicators/:indicatorId/periods/:periodId', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Replace the dates and target of an indicator period (its actual is kept)',
      params: PeriodParams,
      body: IndicatorPeriodInput,
      response: { 200: ProjectView, ...errorResponses },
    },
    handler: (req) => saveIndicatorPeriod(db, userOf(req), req.params.id, req.params.indicatorId, req.body, req.params.periodId),
  });
  app.put('/api/projects/:id/indicators/:indicatorId/periods/:periodId/actual', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Record the actual value of an indicator for a period',
      params: PeriodParams,
      body: IndicatorActualInput,
      response: { 200: ProjectView, ...errorResponses },
    },
    handler: (req) => recordIndicatorActual(db, userOf(req), req.params.id, req.params.indicatorId, req.params.periodId, req.body),
  });

  app.post('/api/projects/:id/documents', {
    config: { access: 'programme-manager' },
    // Base64 of a 10 MiB file plus the metadata.
    bodyLimit: 15 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Upload a project document (pdf, office, image or text files up to 10 MiB, checked by content)',
      params: ProjectParams,
      body: DocumentUploadInput,
      response: { 201: ProjectView, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await uploadDocument(db, userOf(req), req.params.id, req.body)),
  });
  const DocumentParams = ProjectParams.extend({ documentId: recordId });
  app.delete('/api/projects/:id/documents/:documentId', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Delete a project document with its stored file (409 while a deliverable cites it as evidence)',
      params: DocumentParams,
      response: { 200: ProjectView, ...errorResponses },
    },
    handler: (req) => deleteDocument(db, userOf(req), req.params.id, req.params.documentId),
  });
  // Uploaded files (agreements, financial reports, minutes) are confidential like budgets.
  app.get('/api/projects/:id/documents/:documentId/file', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Download the stored file of a project document',
      params: DocumentParams,
      response: { 200: z.any().describe('the file'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const file = await documentFile(db, req.params.id, req.params.documentId);
      // Always a download: an uploaded file is never rendered in our origin.
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${safeName(file.filename)}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  });

  // Files: IATI XML (with budgets and transactions, so confidential), PDF report, iCalendar feed.
  app.get('/api/projects/:id/iati', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'The project as an IATI 2.03 activity file (XML)',
      params: ProjectParams,
      response: { 200: z.string().describe('application/xml'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const { xml } = await exportIati(db, iatiReportingOrg, [req.params.id], { strict: true });
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${safeName(req.params.id)}-iati.xml"`)
        .send(xml);
    },
  });
  app.post('/api/projects/export/iati', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'Projects (all, or the ones named) as one IATI 2.03 activity file; the ones IATI cannot carry are left out with their reasons (strict: refused)',
      body: IatiExportInput,
      response: { 200: IatiExportResult, ...errorResponses },
    },
    handler: (req) => exportIati(db, iatiReportingOrg, req.body.projectIds, { strict: req.body.strict }),
  });
  app.post('/api/projects/import/iati', {
    config: { access: 'programme-manager' },
    bodyLimit: 20 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Import an IATI activity file: preview (dryRun, the default) or commit, all or nothing',
      body: IatiImportInput,
      response: { 200: IatiImportPreview, ...errorResponses },
    },
    handler: (req) => importIati(db, userOf(req), req.body.xml, { dryRun: req.body.dryRun, replace: req.body.replace }),
  });
  app.get('/api/projects/:id/report.pdf', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: 'A printable status report (PDF)',
      params: ProjectParams,
      querystring: LangQuery,
      response: { 200: z.any().describe('application/pdf'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const pdf = await projectReport(db, req.actor, req.params.id, req.query.lang);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${safeName(req.params.id)}-report.pdf"`)
        .send(pdf);
    },
  });
  app.get('/api/projects/:id/activities.ics', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: "The project's dated activities as an iCalendar feed",
      params: ProjectParams,
      querystring: LangQuery,
      response: { 200: z.string().describe('text/calendar'), ...errorResponses },
    },
    handler: async (req, reply) => {
      const ics = await projectCalendar(db, req.actor, req.params.id, req.query.lang);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="${safeName(req.params.id)}-activities.ics"`)
        .send(ics);
    },
  });
}

const safeName = (id: string): string => id.replace(/[^A-Za-z0-9._-]/g, '_');
