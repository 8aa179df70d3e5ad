import { z } from 'zod';
import { ExportQuery, IdParams, ImportCreate, ImportKind, ImportMapping, ImportPreview, ImportProgress } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import * as service from './imports.service';

/** A 20,000-row XLSX is a few MB; base64 adds a third. */
const UPLOAD_LIMIT = 64 * 1024 * 1024;

export function importRoutes(app: App, { db }: { db: Db }) {
  app.post('/api/imports', {
    config: { access: 'programme-manager' },
    bodyLimit: UPLOAD_LIMIT,
    schema: {
      tags: ['imports'],
      summary: 'Upload a CSV or XLSX file of organisations or opportunities; it is checked in the background (see GET)',
      body: ImportCreate,
      response: { 202: ImportPreview, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(202).send(await service.createImport(db, userOf(req), req.body)),
  });
  app.get('/api/imports/:id', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['imports'],
      summary: 'The preview: headers, column mapping, counts and every problem by row and column',
      params: IdParams,
      response: { 200: ImportPreview, ...errorResponses },
    },
    handler: (req) => service.getImport(db, userOf(req), req.params.id),
  });
  app.put('/api/imports/:id/mapping', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['imports'],
      summary: 'Change the column mapping (remembered for this set of headers); the file is checked again',
      params: IdParams,
      body: ImportMapping,
      response: { 200: ImportPreview, ...errorResponses },
    },
    handler: (req) => service.setMapping(db, userOf(req), req.params.id, req.body.mapping),
  });
  app.post('/api/imports/:id/commit', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['imports'],
      summary: 'Write every row, all or nothing, in the background (see /progress)',
      params: IdParams,
      response: { 202: ImportProgress, ...errorResponses },
    },
    handler: async (req, reply) => reply.code(202).send(await service.commitImport(db, userOf(req), req.params.id)),
  });
  app.get('/api/imports/:id/progress', {
    config: { access: 'programme-manager' },
    schema: { tags: ['imports'], params: IdParams, response: { 200: ImportProgress, ...errorResponses } },
    handler: (req) => service.importProgress(db, userOf(req), req.params.id),
  });
  app.get('/api/exports/:kind', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['imports'],
      summary: 'Organisations or opportunities as CSV or XLSX, in the columns the import reads',
      params: z.object({ kind: ImportKind }),
      querystring: ExportQuery,
    },
    handler: async (req, reply) => {
      const table = await service.exportTable(db, userOf(req), req.params.kind);
      reply.header('content-disposition', `attachment; filename="${req.params.kind}.${req.query.format}"`);
      if (req.query.format === 'csv') return reply.type('text/csv; charset=utf-8').send(Buffer.from(service.tableToCsv(table)));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await service.tableToXlsx(table, req.params.kind));
    },
  });
}
