import { z } from 'zod';
import { ParticipantExportQuery, ParticipantImportInput, ParticipantImportPreview, ParticipantImportResult } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { DocumentLanguageQuery, readerLanguage } from '../../documents/reader-language';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import { toCsv, toXlsx } from '../imports/tabular';
import { exportParticipants } from './export-participants';
import { importParticipants, previewParticipantImport } from './import-participants';
import { outcomeReport } from './outcome-report';
import { outcomeReportPdf, outcomeReportXlsx } from './outcome-report-files';

const tags = ['events'];
const EventParams = z.object({ id: z.string().min(1).max(100) });
const file = (what: string) => z.any().describe(what);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A participant list of a few thousand rows is well under 1 MB; base64 adds a third. */
const UPLOAD_LIMIT = 16 * 1024 * 1024;

/** The organiser's participant import and export, and the outcome report after the event. */
export function participantsIoRoutes(app: App, { db, accounts }: { db: Db; accounts: { now: () => Date; publicUrl: string } }) {
  app.post('/api/events/:id/participant-imports/preview', {
    config: { access: 'programme-manager' },
    bodyLimit: UPLOAD_LIMIT,
    schema: {
      tags,
      summary: 'Check a CSV or XLSX file of participants: every problem by row and column, and what each row would become; writes nothing',
      params: EventParams,
      body: ParticipantImportInput,
      response: { 200: ParticipantImportPreview, ...errorResponses },
    },
    handler: (req) => previewParticipantImport(db, req.params.id, req.body),
  });
  app.post('/api/events/:id/participant-imports', {
    config: { access: 'programme-manager' },
    bodyLimit: UPLOAD_LIMIT,
    schema: {
      tags,
      summary:
        'Import the participants of the file, all or nothing (409 import_has_problems: see the preview); registered without approval, waitlisted once full',
      params: EventParams,
      body: ParticipantImportInput,
      response: { 201: ParticipantImportResult, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(201).send(await importParticipants(db, userOf(req), req.params.id, req.body, accounts.publicUrl)),
  });
  app.get('/api/events/:id/participants.:format', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'The event’s registrations as CSV or XLSX (?status= to filter), in the reader’s language; the import reads the file again',
      params: EventParams.extend({ format: z.enum(['csv', 'xlsx']) }),
      querystring: ParticipantExportQuery.omit({ format: true }),
      response: { 200: file(`text/csv or ${XLSX}`), ...errorResponses },
    },
    handler: async (req, reply) => {
      const table = await exportParticipants(db, req.params.id, req.query, await readerLanguage(db, req.actor, req.query.lang));
      reply.header('content-disposition', `attachment; filename="participants.${req.params.format}"`);
      if (req.params.format === 'csv') return reply.type('text/csv; charset=utf-8').send(Buffer.from(toCsv(table)));
      return reply.type(XLSX).send(await toXlsx(table, table.title.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31) || 'participants'));
    },
  });
  app.get('/api/events/:id/outcome-report.:format', {
    config: { access: 'programme-manager' },
    schema: {
      tags,
      summary: 'The outcome report (registrations, attendance, meetings scheduled and held, requests, feedback) as PDF or XLSX in the reader’s language',
      params: EventParams.extend({ format: z.enum(['pdf', 'xlsx']) }),
      querystring: DocumentLanguageQuery,
      response: { 200: file(`application/pdf or ${XLSX}`), ...errorResponses },
    },
    handler: async (req, reply) => {
      const now = accounts.now();
      const report = await outcomeReport(db, req.params.id, now);
      const lang = await readerLanguage(db, req.actor, req.query.lang);
      if (req.params.format === 'pdf')
        return reply
          .type('application/pdf')
          .header('content-disposition', 'inline; filename="outcome-report.pdf"')
          .send(await outcomeReportPdf(report, lang, now));
      return reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="outcome-report.xlsx"')
        .send(await outcomeReportXlsx(report, lang, now));
    },
  });
}
