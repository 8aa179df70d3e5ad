import { AuditPage, AuditQuery, EntityHistoryParams, EntityHistoryQuery } from '../../../shared/api';
import { z } from 'zod';
import type { Db } from '../../db/open-database';
import { toCsv, toXlsx } from '../imports/tabular';
import { type App, errorResponses } from '../../http';
import * as service from './audit.service';

export function auditRoutes(app: App, { db }: { db: Db }) {
  app.get('/api/audit', {
    config: { access: 'admin' },
    schema: {
      tags: ['audit'],
      summary:
        'The audit trail, newest first, with names for people and records; ?entityType=region&entityId=hebei gives one record’s history; ?format=csv|xlsx&lang=nl downloads every entry that matches',
      querystring: AuditQuery,
      response: { 200: z.union([AuditPage, z.any()]), ...errorResponses },
    },
    handler: async (req, reply) => {
      if (req.query.format === 'json') return service.listAudit(db, req.query);
      const table = await service.auditTable(db, req.query);
      reply.header('content-disposition', `attachment; filename="audit-log.${req.query.format}"`);
      if (req.query.format === 'csv') return reply.type('text/csv; charset=utf-8').send(Buffer.from(toCsv(table)) as never);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send((await toXlsx(table, 'audit')) as never);
    },
  });

  // The history shown on entity pages: programme managers edit those records, so they see who
  // changed what; the rest of the trail (users, tokens, other filters) stays with admins.
  app.get('/api/audit/:entityType/:entityId', {
    config: { access: 'programme-manager' },
    schema: {
      tags: ['audit'],
      summary: 'One record’s history (who, when, before and after), newest first',
      params: EntityHistoryParams,
      querystring: EntityHistoryQuery,
      response: { 200: AuditPage, ...errorResponses },
    },
    handler: (req) => service.entityHistory(db, req.actor, req.params, req.query),
  });
}
