import { AuditPage, AuditQuery } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import * as service from './audit.service';

export function auditRoutes(app: App, { db }: { db: Db }) {
  app.get('/api/audit', {
    config: { access: 'admin' },
    schema: {
      tags: ['audit'],
      summary: 'The audit trail, newest first; ?entityType=region&entityId=hebei gives one record’s history',
      querystring: AuditQuery,
      response: { 200: AuditPage, ...errorResponses },
    },
    handler: (req) => service.listAudit(db, req.query),
  });
}
