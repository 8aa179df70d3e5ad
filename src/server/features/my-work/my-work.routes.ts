import { MyWork } from '../../../shared/api';
import type { Db } from '../../db/open-database';
import { type App, errorResponses } from '../../http';
import { userOf } from '../../plugins/access';
import * as service from './my-work.service';

/** GET /api/my-work: the signed-in user's home page, computed for their role only. */
export function myWorkRoutes(app: App, { db, accounts }: { db: Db; accounts: { now: () => Date } }) {
  app.get('/api/my-work', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['my-work'],
      summary:
        'My work: programme managers the pipeline, decisions, overdue deliverables, gates, events, overdue tasks and recent changes; members their organisation’s new matches, meeting requests and next meetings; officials their region’s opportunities; admins also users and pending invitations',
      response: { 200: MyWork, ...errorResponses },
    },
    handler: (req) => service.myWork(db, userOf(req), accounts.now()),
  });
}
