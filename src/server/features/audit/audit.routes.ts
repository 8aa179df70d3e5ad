import { AuditPage, AuditQuery, EntityHistoryParams, EntityHistoryQuery } from '../../../shared/api';
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
